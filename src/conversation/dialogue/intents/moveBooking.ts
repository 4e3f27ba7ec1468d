import type { BookingView } from '../../../booking/types.ts';
import type { CancelResult } from '../../../booking/BookingService.ts';
import { describeError } from '../../../errors/describeError.ts';
import type { BookSessionResult } from '../../tools/bookSessionTool.ts';
import type { SearchSlotsArgs } from '../../tools/searchSlotsTool.ts';
import { bookAction, cancelAction, confirmCancel } from '../../actions/bookingActions.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { childForRequest, type Request } from './Request.ts';
import { familyChildren } from '../children.ts';
import { runSearch } from '../../search/runSearch.ts';
import type { Reply } from '../Reply.ts';
import type { DialogueState } from '../../DialogueState.ts';

/** How long a move or a just-made booking stays what "改成…" and "说错了…" refer to. */
const MOVE_MINUTES = 30;

function fresh(r: Reply, at: string): boolean {
  return r.ctx.now.getTime() - new Date(at).getTime() <= MOVE_MINUTES * 60_000;
}

/**
 * Starts moving a booking: the parent is told that the old booking is cancelled once the new one is booked
 * (new first, so the family never ends up with neither), and the dialogue remembers it.
 */
export function startMove(r: Reply, old: BookingView, childId: number, childName: string): void {
  r.state.moving = {
    bookingId: old.id,
    refCode: old.refCode,
    localDate: old.localDate,
    childId,
    at: r.ctx.now.toISOString(),
    pointCode: old.point.code,
    kind: old.kind,
  };
  r.say(r.w.booking.moveWillCancel(r.w.format.date(old.localDate), childName, old.refCode));
}

/** The button that cancels the moved booking first ("确认取消 REF"), for parents who want it gone before booking. */
export function offerCancelFirst(r: Reply): void {
  const move = r.state.moving;
  if (!move) return;
  // "周六上午那个改到周日上午吧": most moves keep the point; when the new list has it, the parent can just say yes.
  const n = samePointItem(r);
  if (n !== undefined) r.say(r.w.booking.moveSamePoint(n));
  r.row(r.button(cancelAction, [move.bookingId], `${r.w.booking.yesCancel} ${move.refCode}`));
}

/**
 * The number (1-based) of the first bookable session on screen at the point of the booking being moved — of the same
 * kind when the list has one ("改成禮拜天下午" of a half-day booking is the afternoon half day, not temporary care that
 * starts earlier at the same point).
 */
export function samePointItem(r: Reply): number | undefined {
  const move = r.state.moving;
  const shown = r.state.lastSearch?.shown ?? [];
  if (!move?.pointCode) return undefined;
  const at = (s: (typeof shown)[number]) => s.pointCode === move.pointCode && s.bookable !== false;
  const sameKind = shown.findIndex((s) => at(s) && move.kind !== undefined && s.kind === move.kind);
  const i = sameKind >= 0 ? sameKind : shown.findIndex(at);
  return i < 0 ? undefined : i + 1;
}

/**
 * After a cancellation: when it was the booking being moved, the move goes on with the new day's list again,
 * so the parent can book from it. Called by the cancel action (actions/bookingActions.ts).
 */
export async function afterCancel(r: Reply, bookingId: number): Promise<void> {
  if (r.state.moving?.bookingId !== bookingId) return;
  r.state.moving = undefined;
  const last = r.state.lastSearch;
  if (!last) return;
  r.say(r.w.booking.nowBookNew);
  await runSearch(r, { ...(last.request ?? last.args), offset: undefined } as SearchSlotsArgs);
}

/**
 * "帮老大约周六上午湖里，老二周日的取消", "book Mia Saturday and cancel Leo's Sunday": once the cancellation is confirmed, the
 * list the same message asked for comes again, unless the parent already booked from it.
 */
export async function listAgain(r: Reply): Promise<void> {
  const last = r.state.lastSearch;
  if (!last?.shown.length) return;
  if (
    await bookedFrom(
      r,
      last.shown.map((x) => x.sessionId),
    )
  )
    return;
  r.say(r.w.booking.nowBookNew);
  await runSearch(r, { ...(last.request ?? last.args), offset: undefined } as SearchSlotsArgs);
}

/** Which list is on screen (its sessions, in order): '' for none. */
export function shownKey(last: DialogueState['lastSearch']): string {
  return (last?.shown ?? []).map((x) => x.sessionId).join(',');
}

/** Whether a confirmed booking of this family holds one of these sessions. */
async function bookedFrom(r: Reply, sessionIds: number[]): Promise<boolean> {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  return list.upcoming.some((v) => v.status === 'confirmed' && sessionIds.includes(v.sessionId));
}

/** The booking this conversation made a moment ago, still confirmed: what a correction right after booking moves. */
export async function justBooked(r: Reply): Promise<BookingView | undefined> {
  const last = r.state.lastBooked;
  if (!last || !fresh(r, last.at)) return undefined;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  return list.upcoming.find((v) => v.id === last.bookingId && v.status === 'confirmed');
}

/**
 * After a booking: remembers it, and when it completes a move for the same child, cancels the old booking and
 * says so. Called by the book action (actions/bookingActions.ts) once the new place is held.
 */
export async function finishMove(r: Reply, result: BookSessionResult): Promise<void> {
  if (result.status !== 'booked') return;
  const v = result.booking;
  r.state.lastBooked = { bookingId: v.id, refCode: v.refCode, localDate: v.localDate, childId: v.childId, at: r.ctx.now.toISOString() };
  const move = r.state.moving;
  if (!move) {
    if (await askCancelAgain(r)) return;
    return offerOtherChildsList(r, v);
  }
  // "果果周日上午也去湖里 另外朵朵周六的改成下午": the other child booked from the list beside the move; the move waits for
  // its own child's booking, whose list comes again (the booking being moved does not count as already holding a place).
  if (move.childId !== v.childId && fresh(r, move.at) && move.bookingId !== v.id) return offerOtherChildsList(r, v, move.bookingId);
  r.state.moving = undefined;
  if (!fresh(r, move.at) || move.childId !== v.childId || move.bookingId === v.id) return;
  const run = await r.tool<CancelResult>('cancel_booking', { bookingId: move.bookingId });
  if (run.result) r.say(r.w.booking.movedOldCancelled(r.w.format.date(move.localDate), move.refCode));
  else r.say(describeError(run.error, r.lang).message);
}

/** "同一场", "一样的", "the same one": the session just booked, asked for again. */
const SAME_SESSION =
  /同一场|同一个|同一次|同一节|同一时间|一样的|同样的|(?<![a-z])(?:same (?:session|one|slot|place|class|time)|the same|(?:her|him) (?:too|as well|also))(?![a-z])/;

/**
 * "再给老二也约同一场", "book Leo into the same one too": the session booked a moment ago, for the other child named,
 * so the second child's place is the first one's, not a fresh search. False when the message is not that.
 */
export async function bookSameSession(r: Reply, q: Request): Promise<boolean> {
  const text = toSimplified(q.text).toLowerCase();
  if (!SAME_SESSION.test(text) && !q.slots.modelChild) return false;
  const other = OTHER_CHILD.test(text);
  if (!q.slots.child && !q.slots.childName && !other) return false;
  const recent = (await justBooked(r)) ?? (q.slots.modelChild ? await modelChildBooking(r, q.slots.modelChild) : undefined);
  if (!recent) return false;
  // "and the same for his sister", "另一个也约同一场": in a family of two, the child not just booked.
  if (!q.slots.child && !q.slots.childName) {
    const family = (await familyChildren(r)).filter((c) => c.id !== recent.childId);
    if (family.length !== 1) return false;
    await bookAction.run(r, [recent.sessionId, family[0]!.id]);
    return true;
  }
  const { child, unknown } = await childForRequest(r, q);
  if (unknown) return true;
  if (!child || child.id === recent.childId) return false;
  await bookAction.run(r, [recent.sessionId, child.id]);
  return true;
}

/**
 * "Mia也要 跟Leo的一样": the booking of the child named as the model, still to come (the earliest, on the day asked for
 * when one is) — round 50.
 */
async function modelChildBooking(r: Reply, name: string): Promise<BookingView | undefined> {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  return list.upcoming
    .filter((v) => (v.status === 'confirmed' || v.status === 'held') && v.childName.toLowerCase() === name.toLowerCase())
    .sort((a, b) => (a.localDate + a.startTime).localeCompare(b.localDate + b.startTime))[0];
}

/** The sibling of the child just booked, named by relation or a pronoun only ("his sister", "the other one", "另一个", "her too"). */
const OTHER_CHILD =
  /另一个|另外一个|另外那个|(?<![a-z])(?:(?:his|her|their) (?:sister|brother|sibling)|the other (?:one|kid|child)|my other (?:one|kid|child)|(?:her|him) (?:too|as well|also))(?![a-z])/;

/**
 * "帮朵朵约周六上午湖里 再给果果约周日上午湖里": two children's lists for different days were shown together and the
 * parent booked from the first; the other child's request is not dropped: their list (the last one shown, for the
 * other child, with nothing booked for them on its days yet) comes again under the confirmation, so the next tap
 * books them.
 */
async function offerOtherChildsList(r: Reply, booked: BookingView, moving?: number): Promise<void> {
  const last = r.state.lastSearch;
  const other = last?.args.childId;
  if (!last || other === undefined || other === booked.childId) return;
  if (!last.shown.some((x) => x.sessionId === booked.sessionId)) return;
  const request = last.request ?? last.args;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const from = request.from ?? last.args.from;
  const to = request.to ?? last.args.to ?? from;
  // Booked from the other child's own list ("给果果约第一个" under 朵朵's): the parent switched child, nothing left behind.
  if (from && booked.localDate >= from && booked.localDate <= (to ?? from)) return;
  const hasOne = list.upcoming.some(
    (b) =>
      b.id !== moving &&
      b.childId === other &&
      (b.status === 'confirmed' || b.status === 'held') &&
      (!from || (b.localDate >= from && b.localDate <= (to ?? from))),
  );
  if (hasOne) return;
  await runSearch(r, { ...request, childId: other, childAgeMonths: undefined, offset: undefined } as SearchSlotsArgs);
}

/**
 * "周六上午前埔给安安排个候补 乐乐就约湖里", "waitlist Emma at Qianpu and book Noah elsewhere": the waitlist tap for one child
 * is not the end of the message; the other child's list (the last one shown, for another child, with nothing held for
 * them on its days yet) comes again under the waitlist confirmation, so the next tap books them.
 */
export async function offerOtherChildsListAfterWaitlist(r: Reply, sessionId: number, childId: number | undefined): Promise<void> {
  if (await askCancelAgain(r)) return;
  const last = r.state.lastSearch;
  const other = last?.args.childId;
  if (!last || childId === undefined || other === undefined || other === childId) return;
  if (!last.shown.some((x) => x.sessionId === sessionId)) return;
  const request = last.request ?? last.args;
  const from = request.from ?? last.args.from;
  const to = request.to ?? last.args.to ?? from;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const hasOne = list.upcoming.some(
    (b) => b.childId === other && (b.status === 'confirmed' || b.status === 'held') && (!from || (b.localDate >= from && b.localDate <= (to ?? from))),
  );
  if (hasOne) return;
  await runSearch(r, { ...request, childId: other, childAgeMonths: undefined, offset: undefined } as SearchSlotsArgs);
}

/**
 * "幫妹妹排前埔的候補，哥哥禮拜天的取消": the waitlist (or booking) tapped first leaves the cancellation asked by the same
 * message unanswered, its buttons on an earlier message; the question comes again under the confirmation. Only while
 * no other question is awaited and the booking still stands.
 */
async function askCancelAgain(r: Reply): Promise<boolean> {
  const asked = r.state.cancelAsked;
  const pending = r.state.pending;
  if (!asked) return false;
  // Another question asked since (or this one answered "keep it") is not overridden.
  if (pending && (pending.type !== 'confirm_cancel' || pending.bookingId !== asked.bookingId || pending.more?.length)) return false;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const booking = list.upcoming.find((v) => v.id === asked.bookingId && v.status === 'confirmed');
  if (!booking) return false;
  confirmCancel(r, booking);
  return true;
}
