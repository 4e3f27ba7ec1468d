import { ARBITRATION } from './lexicon/index.ts';
import { asksInTheirSituation } from './situationAsked.ts';

const { ruleOrHealthQuestion: RULE_OR_HEALTH_QUESTION, policyQuestion: POLICY_QUESTION, availabilityAsk: AVAILABILITY_ASK } = ARBITRATION;

/** "my Saturday booking, what time does it start?": a look-up of the parent's own booking, not a question about hours. */
export const OWN_BOOKING = /(?<![a-z])(?:my|our|her|his) (?:\w+ )?(?:booking|session|place|slot|reservation)s?(?![a-z])|我(?:约|订|预约)的/;
const TIME_QUESTION =
  /(?<![a-z])(?:what time|when|how long)\s+(?:does|do|is|are|will|would|should|can)(?![a-z])[^?]*(?<![a-z])(?:start|starts|end|ends|finish|finishes|open|opens|close|closes|begin|begins|last|lasts|pick ?up|pickup|drop ?off|drop-off|collection|collect)(?![a-z])|几点(?:钟)?(?:能|可以|要|得|该|去|来)?(?:接|送|开始|结束|下课|放学|开门|关门)|(?:接|送)(?:孩子|宝宝)?(?:是|要|得)?几点|(?<![a-z])pick ?up.{0,4}几点|几点.{0,4}(?<![a-z])(?:pick ?up|drop ?off)(?![a-z])/;

/**
 * Who looks after the children on a day: whether a named carer works then ("陈老师这周六在不在班", "林老師這週六下午有上班嗎",
 * "Is Teacher Lin working this Sunday?") or who the carer is ("who's the teacher at Qianpu this Saturday morning?",
 * "周六前埔是哪个老师带", "週六是誰帶小孩") — a question only the point's staff can answer, not a search for places on that day.
 */
const CARERS_ASKED =
  /(?:[\u4e00-\u9fff]老[师師]|[\u4e00-\u9fff]阿姨|(?<![a-z])(?:teacher|ms|mrs|miss|mr|auntie|ayi)\.?\s+[a-z]+)[^?？。!！]{0,16}(?:在不在|有没有上班|有沒有上班|有上班|上班[吗嗎吧]|在班|值班|(?<![a-z])(?:working|on shift|on duty|in on)(?![a-z]))|(?<![a-z])(?:who(?:'s| is| are| will be)?|which)\s+(?:the\s+)?(?:teacher|teachers|carer|carers|caregiver|caregivers|staff|nanny|ayi)(?![a-z])|(?:哪个|哪位|哪几个|什么)老师|老师是谁|谁(?:来)?(?:带|照顾|看)(?:孩子|宝宝|小孩|娃)?(?![a-z])/;

/**
 * Questions about the service that look like searches: a rule or what to bring asked about a day or a booking
 * ("周六去的话要带什么", "is the Saturday session free or do I pay") unless it also asks for places; the hours
 * ("what time does the afternoon half day end?") unless about the parent's own booking; a consequence, a change
 * or illness around a booking ("上周六约了没去 会不会影响下次预约", "咳嗽低烧明天的课还能去吗"); whether a named carer is on duty.
 */
export function asksAboutTheService(t: string): boolean {
  return (
    ((POLICY_QUESTION.test(t) || asksInTheirSituation(t)) && !AVAILABILITY_ASK.test(t)) ||
    (TIME_QUESTION.test(t) && !OWN_BOOKING.test(t)) ||
    RULE_OR_HEALTH_QUESTION.test(t) ||
    CARERS_ASKED.test(t)
  );
}
