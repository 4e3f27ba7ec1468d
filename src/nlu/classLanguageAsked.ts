/**
 * The language the care or classes are given in, asked ("周末带班的老师上课讲英文吗 还是普通话", "are the weekday classes taught in
 * English?"): a question about the service, answered in the parent's own language — not a request that the assistant switch.
 */
const CLASS_LANGUAGE_ASKED =
  /(?:老师|老師|上课|上課|课|課|带班|帶班|阿姨|托育|教|class|lesson|teacher)[^。！？?]{0,10}(?:讲|講|说|說|用|教)\s*(?:英文|英语|英語|普通话|普通話|中文|国语|國語|闽南话|閩南話)|(?<![a-z])(?:taught|held|run|given|led|conducted)\s+(?:in|using)\s+(?:english|mandarin|chinese)(?![a-z])|(?<![a-z])(?:teachers?|carers?|staff|classes|lessons|they)\s+(?:speak|use|teach in)\s+(?:english|mandarin|chinese)(?![a-z])|(?<![a-z])in\s+(?:english|mandarin|chinese)\s+or\s+(?:english|mandarin|chinese)(?![a-z])/;

export function asksClassLanguage(t: string): boolean {
  return CLASS_LANGUAGE_ASKED.test(t);
}
