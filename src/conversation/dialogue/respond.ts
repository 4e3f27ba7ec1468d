import { samePointItem } from './intents/moveBooking.ts';
import type { Understanding } from '../../nlu/types.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import { resolveButton } from '../actions/registry.ts';
import { runSearch } from '../search/runSearch.ts';
import { comingWeekend } from '../search/weekends.ts';
import type { AgentReply, AgentTurn } from './AgentTypes.ts';
import { childInFocusAge } from './children.ts';
import { cancelForChildNotGoing } from './intents/childNotGoing.ts';
import { INTENT_HANDLERS } from './intents/index.ts';
import { resolveOtherChild } from './otherChild.ts';
import type { Request } from './intents/Request.ts';
import { addMainMenu } from './menu.ts';
import { Reply } from './Reply.ts';
import { answerChildRemoval } from './removeChild.ts';
import { STEPS } from './steps/index.ts';

/** A pressed button: the registry's action, or a polite "expired" with the current options. */
async function onButton(r: Reply, turn: AgentTurn): Promise<void> {
  const resolved = resolveButton(turn.button!);
  if (!resolved) {
    r.say(r.w.menu.buttonExpired);
    addMainMenu(r);
    return;
  }
  await resolved.action.run(r, resolved.args);
}

/** A shared location: the nearest places for what the parent was looking for (the coming weekend by default). */
async function onLocation(r: Reply, turn: AgentTurn): Promise<void> {
  const loc = turn.input.location!;
  const base: Partial<SearchSlotsArgs> =
    r.state.pending?.type === 'search' ? r.state.pending.partial : (r.state.lastSearch?.request ?? r.state.lastSearch?.args ?? {});
  const cw = comingWeekend(r.ctx.now, r.ctx.timeZone);
  const age = base.childId ? undefined : (base.childAgeMonths ?? (await childInFocusAge(r)));
  await runSearch(r, {
    ...base,
    from: base.from ?? cw.from,
    to: base.to ?? cw.to,
    district: undefined,
    pointCode: undefined,
    near: { latitude: loc.latitude, longitude: loc.longitude },
    childAgeMonths: age,
    offset: undefined,
  } as SearchSlotsArgs);
}

/** Requests that carry on a move: looking at, refining or booking the new session. */
const MOVING_ON = new Set(['find_slots', 'book', 'more', 'reschedule']);

/** Typed words: the answer to a pending question if it is one, else each request in the message. */
async function onText(r: Reply, u: Understanding, text: string): Promise<void> {
  if (u.slots.childAgeMonths !== undefined && !r.state.child) r.state.childAgeMonths = u.slots.childAgeMonths;
  // Removing ONE registered child (issue 14): its own rule, read before the steps and intents.
  if (await answerChildRemoval(r, text)) return;
  const pending = r.state.pending;
  if (pending) {
    const step = STEPS[pending.type];
    if (step && (await step.answer(r, u, pending as never, text))) return;
  }
  const requests: Request[] = u.requests?.length
    ? u.requests.map((q, i) => ({ ...q, message: text, confidence: i === 0 ? u.confidence : 0.7 }))
    : [{ text, intent: u.intent, confidence: u.confidence, slots: u.slots }];
  // A move under way ("周六的取消，改成周日上午") lasts while the parent keeps looking or booking; anything else
  // ("算了 不改了", a question) ends it, so a later booking never cancels the old one unasked.
  // ("确认" / "ok" to the same point offered in the new list carries the move on.)
  const movesOn = (q: Request) => MOVING_ON.has(q.intent) || (q.intent === 'affirm' && samePointItem(r) !== undefined);
  if (!requests.some(movesOn)) r.state.moving = undefined;
  // A question asked for an earlier request ("确定要取消吗？") stays the one awaited when a later request asks none.
  let asked: typeof r.state.pending;
  // The last question answered in this message, for the next message to lean on when a later part asks none ("Do I
  // need vitamin D drops? Nobody told me at the hospital" then "how much?": the drops, not whatever "how much" finds).
  let answered: Pick<typeof r.state, 'lastQuestion' | 'lastAnswer'> | undefined;
  for (const [i, q] of requests.entries()) {
    const mark = r.mark();
    if (i > 0) {
      r.say(r.w.menu.alsoNext(q.text));
      if (r.state.lastQuestion !== undefined) answered = { lastQuestion: r.state.lastQuestion, lastAnswer: r.state.lastAnswer };
      // Another request of the same message is its own question, never a follow-up of the one before it.
      r.state.lastQuestion = undefined;
      r.state.lastAnswer = undefined;
    }
    const before = r.state.pending;
    if (await resolveOtherChild(r, q)) continue;
    // A child said not to be going while the other is picked: with both booked that day, the cancel comes first.
    if (await cancelForChildNotGoing(r, q)) {
      asked = r.state.pending;
      continue;
    }
    await INTENT_HANDLERS[q.intent](r, q);
    if (r.state.pending && r.state.pending !== before) asked = r.state.pending;
    // "几点开门？下午几点接？" is answered by one timetable: say it once, and say the second question was answered above.
    if (i > 0 && r.dropRepeatsSince(mark)) {
      r.unsaySince(mark);
      r.say(r.w.menu.answeredAbove(q.text));
    }
  }
  if (!r.state.pending && asked && requests.length > 1) r.state.pending = asked;
  if (r.state.lastQuestion === undefined && answered) Object.assign(r.state, answered);
  r.state.lastIntent = requests.at(-1)!.intent;
}

/**
 * The deterministic brain: a button runs its action, a location searches
 * nearby, words go to the pending step or the intents' handlers. It acts
 * only through the shared tools and actions.
 */
export async function respond(turn: AgentTurn): Promise<AgentReply> {
  const r = new Reply(turn.ctx, turn.codec, { ...turn.state });
  r.state.lastIntent = undefined;
  if (turn.button) await onButton(r, turn);
  else if (turn.input.location) await onLocation(r, turn);
  else await onText(r, turn.understanding!, turn.input.text ?? '');
  // A bookings list is pointed at ("第二个取消") only in the message right after it.
  if (r.state.bookingsShown === turn.state.bookingsShown) r.state.bookingsShown = undefined;
  return r.build();
}
