/**
 * Who looks after the children on a day — one rule, read on prepared text (simplified, lower-cased, "在不在" already
 * canonicalized to "在吗"), used both by the Chinese classifier (zhIntentRules.ts) and by the reinterpretation of a
 * search-looking message (asksAboutTheService.ts). Only the point's staff know the roster, so these are questions for them,
 * never a search for places on the day they name.
 */

/** A carer named by surname or given name: "林老师", "王阿姨", "李保育员", "teacher wang", "ms chen". */
const NAMED_CARER = String.raw`(?:[\u4e00-\u9fff]{1,3}(?:老[师師]|阿姨|保育[员員])|(?<![a-z])(?:teacher|ms|mrs|miss|mr|auntie|ayi)\.?\s+[a-z]+)`;

/**
 * Whether that carer works then: "在不在" (read as "在吗"), "上班吗", "值班", "来不来", "working / on shift / on duty",
 * or whether they are at a place ("teacher li 周六afternoon在湖里那个点吗") — but not places asked for there ("…在湖里有位吗").
 */
const ON_DUTY = String.raw`(?:在吗|在么|上不上班|上班[吗吧]|有没有上班|有上班|有没有在|在班|值班|当班|来不来|会不会来|(?<![a-z])(?:working|on shift|on duty|in on)(?![a-z])|在(?:(?!有位|名额|空位|位置|约|预约|book)[^?？。!！]){1,10}(?:吗|么)(?=\s*(?:[?？。!！]|$)))`;

/**
 * "林老师这周六在不在", "王阿姨明天上班吗", "Teacher Wang 这周日 morning 在不在", "Is Teacher Lin working this Sunday?":
 * whether one named carer works a day. What the carer said ("王老师说周六在湖里有位吗") is not asked of the carer.
 */
export const NAMED_CARER_ON_DUTY = new RegExp(`${NAMED_CARER}(?!说|讲)[^?？。!！]{0,16}?${ON_DUTY}`);

/** "who's the teacher at Qianpu this Saturday morning?", "what's the name of the teacher at the Saturday session?", "周六前埔是哪个老师带", "值班老师是谁", "周六是谁带小孩". */
const WHO_CARES =
  /(?<![a-z])(?:who(?:'s| is| are| will be)?|which)\s+(?:the\s+)?(?:teacher|teachers|carer|carers|caregiver|caregivers|staff|nanny|ayi)(?![a-z])|(?<![a-z])(?:names? of (?:the|her|his|our|my|that|this) (?:teacher|teachers|carer|carers|caregiver|caregivers|staff|ayi)|(?:teacher|carer|caregiver)'?s name)(?![a-z])|(?:哪个|哪位|哪几个|什么)老师|老师是谁|值班的?(?:老师|阿姨|保育员)?是谁|谁(?:来)?(?:带|照顾|看)(?:孩子|宝宝|小孩|娃)?(?![a-z])/;

/** Whether the message asks who the carer on duty is, or whether a named carer works a day. */
export function asksWhoIsOnDuty(t: string): boolean {
  return NAMED_CARER_ON_DUTY.test(t) || WHO_CARES.test(t);
}
