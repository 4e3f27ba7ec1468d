import { GRIEVANCE } from './grievance.ts';

/**
 * A child sent home from a session because of a fever or illness, told ("上周六孩子在服务点发烧了 老师打电话让我们接回去",
 * "they called us to pick up our daughter early because of a temp"): what it means for the booking and the limits is asked —
 * answered (free, no no-show), not a search for the day it names, nor staff asked for because the carer phoned. A grievance
 * told with it ("老师态度很差") stays a complaint.
 */
const SICK = String.raw`(?:发烧|发热|低烧|高烧|烧到|体温|生病|不舒服|呕吐|吐了|拉肚子|腹泻|(?<![a-z])(?:fever|temp|temperature|sick|unwell|ill|vomit\w*|threw up|diarrh\w*)(?![a-z]))`;
const SENT_HOME = String.raw`(?:(?:叫|让|喊|通知|打电话(?:叫|让)?)(?:我们|我|家长|家里|我老公|我老婆|孩子他?爸|孩子她?妈)?(?:提前|早点|赶紧|过去|去|来)?(?:接回|接走|接(?:孩子|她|他|娃|宝宝)?回(?:家|去)|去接|来接)|被(?:送|退|劝|叫|喊)回(?:家|来|去)?|(?<![a-z])(?:(?:called|phoned|rang|messaged|asked|told) (?:us|me|my (?:husband|wife|mum|mom)) to (?:come )?(?:and |to )?(?:pick|collect|get|fetch)|sent (?:her|him|them|my (?:son|daughter|baby)|our (?:son|daughter|baby)) home|(?:got|was|were|been|get|gets) sent home|had to (?:pick|collect) (?:her|him|them) up early)(?![a-z]))`;

const STORY = new RegExp(`${SICK}[\\s\\S]{0,60}?${SENT_HOME}|${SENT_HOME}[\\s\\S]{0,60}?${SICK}`, 'iu');

export function tellsSentHomeSick(t: string): boolean {
  return STORY.test(t) && !GRIEVANCE.test(t);
}
