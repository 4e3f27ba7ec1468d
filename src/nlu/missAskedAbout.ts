import { prepareText } from './prepareText.ts';
import { askedRules } from './ruleQuestions.ts';

/** A cancellation said in words ("帮我取消", "取消吧", "cancel it"), not only a session the parent may miss. */
const CANCEL_SAID = /取消|退订|退掉|退了|(?<![a-z])cancel/i;

/**
 * "周日乐乐那个半天托 八成是去不了了 最晚要提前多久取消才不扣分", "we probably can't go on sunday after all. how late can i
 * cancel before it counts as a no show": a session the parent may miss, told just before the cancel deadline or the
 * no-show rule is asked, is that question's setting — one question, and nothing is cancelled until the parent asks for it
 * (round 52; "帮我取消 最晚几点能取消" says the cancellation and stays two requests).
 */
export function missAskedAbout<P extends { text: string; intent: string; family: string }>(served: readonly P[]): P | undefined {
  if (served.length < 2 || served.length > 3) return undefined;
  const [told, asked] = served.slice(-2) as [P, P];
  if (told.intent !== 'cancel' || asked.family !== 'question') return undefined;
  // ("周日乐乐那个半天托 | 八成是去不了了 | …": the session named before it, with nothing asked or booked, is the same setting.)
  if (served.length === 3 && !sessionNamedOnly(served[0]!)) return undefined;
  if (CANCEL_SAID.test(prepareText(told.text))) return undefined;
  const rules = askedRules(asked.text);
  return rules.includes('cancelDeadline') || rules.includes('noShow') ? asked : undefined;
}

/** Words that ask for places or a booking ("有位吗", "帮我约", "book"): a part holding one is a request of its own. */
const ASKS_OR_BOOKS = /约|订|报名|有位|空位|名额|有没有|吗|么|嘛|[?？]|查|看看|帮我|(?<![a-z])(?:book|any|available|places?|spots?|slots?)(?![a-z])/i;

function sessionNamedOnly(part: { text: string; intent: string }): boolean {
  return SESSION_READINGS.has(part.intent) && !ASKS_OR_BOOKS.test(prepareText(part.text));
}

const SESSION_READINGS = new Set(['find_slots', 'my_bookings']);
