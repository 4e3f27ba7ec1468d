import type { Slots } from './types.ts';

/**
 * What a follow-up after an answer changes of the question before, when that is all it says: another age ("what about
 * once he turns one?", "那一岁以后呢"), an age said only as older or younger ("那大一点的呢", "what about the older ones?"),
 * or a district alone ("那海沧呢", "and in Haicang?"); or only a time or setting of the same topic ("那晚上呢" after potty
 * training, "and what about her naps?", "那出门呢": an aspect, answered from the topic's own document — round 35). The answer then reads the section just quoted again, read with the
 * question before — those words find no section of their own. (Read here, in the NLU, once; the answer only asks the
 * reading: rounds 30 and 34 had these words in the conversation layer.)
 */
export type FollowUpChange = 'age' | 'olderOrYounger' | 'district' | 'aspect';

/** The change a message (Simplified, normalized and lowercased, as the NLU reads it) asks of the question before, if only that. */
export function followUpChange(t: string, slots: Slots): FollowUpChange | undefined {
  const s = t.trim();
  if (ONLY_OLDER_OR_YOUNGER.test(s)) return 'olderOrYounger';
  if (ONLY_AN_AGE.test(s) || ONLY_A_BIRTHDAY.test(s) || ONLY_AN_AGE_CORRECTED.test(s)) return 'age';
  if (slots.district && ONLY_A_DISTRICT.test(s)) return 'district';
  if (ONLY_AN_ASPECT.test(s)) return 'aspect';
  return undefined;
}

/** A follow-up that only names another age ("what about once he turns one?", "那一岁以后呢", "and at 18 months?"). */
const ONLY_AN_AGE =
  /^(?:(?:and|but|so|ok|okay)\s+)?(?:what|how) about\s+(?:(?:once|when|after|at|by)\s+)?(?:(?:he|she|they|it|my \w+)(?:'s|\s+(?:is|turns|gets|reaches|becomes))?\s+)?(?:(?:one|two|three|\d{1,2}|a year|eighteen)(?:\s*(?:years?|months?|yrs?|mos?|y|m)(?:\s*old)?)?)\s*(?:then|instead)?[?？.!]*$|^(?:那|那么|那要是|那如果|还有)?(?:等(?:他|她|孩子|宝宝)?)?(?:到了?|满|过了?)?[一二两三\d]{1,2}(?:岁|歲|个月|個月)(?:半)?(?:以后|以後|之后|之後|后|後|的时候|的時候|以上)?(?:的)?(?:呢|怎么样|怎麼樣)[?？。]*$/i;

/**
 * Only the age corrected ("不好意思我说错了 是一岁八个月", "sorry she's 20 months not 10", "打错了 是一歲八個月"): the question
 * before, asked again of the child's right age — a correction is the same change as "那一岁八个月呢" (round 41, par41z);
 * "sorry, she's actually 3 months, not 6 weeks" too (round 43, par43m: "actually", weeks); months told in any digit, a space
 * before the age it corrects ("她是六个月 不是四个月", round 43, par43z); "不对 我算错了 是十个月了" (round 44, par44z); without an apology when the age it replaces follows
 * ("she is 10 weeks, not 6", round 44); what was wrong said before the age and "already" after it ("sorry, i got that
 * wrong, she's actually 5 months already", round 45, par45e).
 */
const ONLY_AN_AGE_CORRECTED =
  /^(?:不好意思|抱歉|对不起|sorry|不对|不是的)?[,，。!！\s]*(?:我)?(?:说错了|打错了|写错了|搞错了|讲错了|弄错了|算错了|记错了)?[,，。!！\s]*(?:应该|其实)?(?:是)?(?:他|她|孩子|宝宝|娃)?(?:是|才)?(?:[一二两三\d]{1,2}岁|[一二两三四五六七八九十\d]{1,3}个月)(?:[一二三四五六七八九十两\d]{1,2}个月)?(?:半)?(?:了|才对|啦)?(?:[,，\s]*不是(?:[一二两三\d]{1,2}岁|[一二两三四五六七八九十\d]{1,3}个月)(?:半)?)?[。!！~]*$|^(?:sorry|oops|my bad|correction)[,!.:\s-]*(?:i (?:got (?:that|it|her age|his age) wrong|was wrong|made a mistake|mixed (?:that|it) up)[,!.:\s-]*)?(?:i mean[t]?\s+)?(?:(?:she|he|they)(?:'s|\s+is|\s+are)\s+|it'?s\s+)?(?:actually\s+|really\s+|only\s+|just\s+)?\d{1,2}\s*(?:months?|mos?|years?|yrs?|weeks?|wks?)(?:\s*old)?(?:\s+(?:already|now))?(?:,?\s*not\s*\d{1,2}(?:\s*(?:months?|mos?|years?|yrs?|weeks?|wks?))?)?[.!]*$|^(?:(?:she|he|they)(?:'s|\s+is|\s+are)\s+|it'?s\s+)(?:actually\s+|really\s+|only\s+|just\s+)?\d{1,2}\s*(?:months?|mos?|years?|yrs?|weeks?|wks?)(?:\s*old)?,?\s*not\s*\d{1,2}(?:\s*(?:months?|mos?|years?|yrs?|weeks?|wks?))?[.!]*$/i;

/**
 * Only the birthday ahead ("那过了生日以后呢", "and after his birthday?" after whether a child turning 3 can still come): the age
 * changes, so the age rule just quoted answers again (round 36).
 */
const ONLY_A_BIRTHDAY =
  /^(?:那|那么|那要是|那如果|还有)?(?:等)?(?:过了?|到了?)(?:他|她|孩子|宝宝)?(?:的)?(?:3岁|三岁)?(?:生日)(?:以后|之后|后|那天)?(?:呢|怎么样|还能去吗|还可以吗|还能约吗)?[?？。]*$|^(?:(?:and|but|so|ok|okay)\s+)?(?:what about\s+)?(?:after|once it'?s|from)\s+(?:his|her|their|the)\s+(?:third\s+|3rd\s+)?birthday(?:\s+then)?[?？.!]*$/i;

/** An age said only as older or younger ("那大一点的呢", "what about the older ones?"). */
const ONLY_OLDER_OR_YOUNGER =
  /^(?:那|那么|还有)?(?:再)?(?:大|小)(?:一)?(?:点|些|點)(?:的)?(?:孩子|宝宝|小孩|娃)?(?:呢|怎么样|怎麼樣)[?？。]*$|^(?:(?:and|but|so)\s+)?(?:what|how) about\s+(?:the\s+)?(?:older|younger|bigger|smaller)\s+(?:ones?|kids?|children|babies|toddlers)[?？.!]*$/i;

/** A district alone ("那海沧呢", "and in Haicang?"); which district is the slot parsePlace read. */
const ONLY_A_DISTRICT =
  /^(?:那|那么|还有)?(?:在)?(?:思明|湖里|集美|海沧|同安|翔安)(?:区)?(?:那边|这边)?(?:的)?(?:呢|怎么样)[?？。]*$|^(?:(?:and|but|so)\s+)?(?:(?:what|how) about\s+)?(?:in\s+|for\s+)?(?:siming|huli|jimei|haicang|tong'?an|xiang'?an)(?:\s+district)?[?？.!]*$/;

/** Only a time of day or a setting of the topic just answered ("那晚上呢", "咁夜晚呢", "and at night?", "what about naps?"). */
const ONLY_AN_ASPECT =
  /^(?:那|那么|还有|这样|那如果是|如果是|要是)?\s*(?:在)?(?:晚上|夜里|夜间|半夜|夜晚|白天|午睡|睡午觉|出门|外出|在外面|冬天|夏天)(?:的时候|时)?(?:呢|怎么办|怎么样|又怎样|又点)[?？。]*$|^(?:(?:and|but|so|ok|okay)\s+)?(?:(?:what|how) about\s+)(?:(?:at|during the)\s+)?(?:night|nights|night ?time|the night|day ?time|the day|naps?|nap ?time|(?:her|his|their|the) naps?|going out|outside|winter|summer)[?？.!]*$|^(?:and|but)\s+(?:at night|during the day|for naps?|outside)[?？.!]*$/i;
