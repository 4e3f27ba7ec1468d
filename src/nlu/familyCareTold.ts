/**
 * Care the family already has, told as the setting of a question ("my parents look after our 22 month old on weekdays and
 * the tv is on all afternoon…", "平日奶奶带孩子 一直开着电视"): the grandparents, the ayi or a nanny looking after the
 * child on weekdays is who cares for the child, not the parent asking what care the points offer on weekdays. Carers who
 * can't ("老人带不了", "my mum can't look after him") leave the question about care open. Works on prepared text
 * (Simplified, lowercase).
 */
const FAMILY_CARES_EN =
  /(?<![a-z])(?:parents|in-?laws|grandparents?|grandma|grandpa|granny|grandmother|grandfather|nainai|yeye|laolao|waipo|ayi|nanny|helper|mother[- ]in[- ]law|mil)\s+(?:looks? after|minds?|cares? for|watch(?:es)?|babysits?|takes? care of)(?![a-z])/;

const FAMILY_CARES_ZH =
  /(?:老人|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|阿嬷|阿公|阿姨|保姆|我妈|我爸|爸妈|父母)(?:平时|平日|白天|工作日)?(?:在)?(?:帮(?:我们|忙)?)?(?:带|照顾|看)(?!不|没)(?:孩子|娃|宝宝|小孩)?/;

/** Whether the message tells of family or a home carer looking after the child (the care it has, not care it asks for). */
export function tellsFamilyCare(t: string): boolean {
  return FAMILY_CARES_EN.test(t) || FAMILY_CARES_ZH.test(t);
}
