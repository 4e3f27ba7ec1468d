import { ARBITRATION } from './lexicon/index.ts';
import { asksWhoIsOnDuty } from './carerOnDuty.ts';
import { asksInTheirSituation } from './situationAsked.ts';
import { asksAgeLimit } from './ruleQuestions.ts';

const { ruleOrHealthQuestion: RULE_OR_HEALTH_QUESTION, policyQuestion: POLICY_QUESTION, availabilityAsk: AVAILABILITY_ASK } = ARBITRATION;

/** "my Saturday booking, what time does it start?": a look-up of the parent's own booking, not a question about hours. */
export const OWN_BOOKING = /(?<![a-z])(?:my|our|her|his) (?:\w+ )?(?:booking|session|place|slot|reservation)s?(?![a-z])|我(?:约|订|预约)的/;
const TIME_QUESTION =
  /(?<![a-z])(?:what time|when|how long)\s+(?:does|do|is|are|will|would|should|can)(?![a-z])[^?]*(?<![a-z])(?:start|starts|end|ends|finish|finishes|open|opens|close|closes|begin|begins|last|lasts|pick ?up|pickup|drop ?off|drop-off|collection|collect)(?![a-z])|几点(?:钟)?(?:能|可以|要|得|该|去|来)?(?:接|送|开始|结束|下课|放学|开门|关门)|(?:接|送)(?:孩子|宝宝)?(?:是|要|得)?几点|(?<![a-z])pick ?up.{0,4}几点|几点.{0,4}(?<![a-z])(?:pick ?up|drop ?off)(?![a-z])/;

/**
 * Questions about the service that look like searches: a rule or what to bring asked about a day or a booking
 * ("周六去的话要带什么", "is the Saturday session free or do I pay") unless it also asks for places; the hours
 * ("what time does the afternoon half day end?") unless about the parent's own booking; a consequence, a change
 * or illness around a booking ("上周六约了没去 会不会影响下次预约", "咳嗽低烧明天的课还能去吗"); whether a named carer is on duty, or who
 * the carer is (carerOnDuty.ts); whether a child near 3 may still come ("35 months old, can he still come to Saturday temporary
 * care? what happens when he turns 3?"), unless places are asked for.
 */
export function asksAboutTheService(t: string): boolean {
  return (
    ((POLICY_QUESTION.test(t) || asksInTheirSituation(t)) && !AVAILABILITY_ASK.test(t)) ||
    (TIME_QUESTION.test(t) && !OWN_BOOKING.test(t)) ||
    RULE_OR_HEALTH_QUESTION.test(t) ||
    asksWhoIsOnDuty(t) ||
    (asksAgeLimit(t) && !AVAILABILITY_ASK.test(t))
  );
}
