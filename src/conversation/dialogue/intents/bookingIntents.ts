import type { BookingView } from '../../../booking/types.ts';
import { localDateOf, weekdayOf } from '../../../time/zonedTime.ts';
import type { CancelResult } from '../../../booking/BookingService.ts';
import { describeError } from '../../../errors/describeError.ts';
import { cancelBookingTool } from '../../tools/cancelBookingTool.ts';
import {
  askCancelAction,
  bookForChildrenAction,
  cancelAction,
  cancelAllAction,
  confirmCancel,
  keepAction,
  myBookingsAction,
} from '../../actions/bookingActions.ts';
import { describeBooking } from '../../format/formatSlot.ts';
import { listBookingsTool, type BookingOverview } from '../../tools/listBookingsTool.ts';
import type { Reply } from '../Reply.ts';
import { addMainMenu } from '../menu.ts';
import { childForRequest, type IntentHandler } from './Request.ts';
import { shownKey } from './moveBooking.ts';
import { familyChildren } from '../children.ts';
import { parseDates } from '../../../nlu/parseDates.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { toSimplified } from '../../../text/chineseScript.ts';

/** A clause that keeps a booking ("keep Saturday", "周六的留着", "周日照常去", "周六要去"): its day is not the one to cancel. */
// ("周六要去", "小寶要去": said beside the booking that goes, the day or child still going is kept — not "不要去了".)
const KEEP_CLAUSE =
  /保留|留着|留下|照常|照样|还去|继续去|不取消|别取消|不用取消|(?<!不)(?:要|会)去(?!了)|(?<![a-z])(?:keep|keeping|still (?:go|going|on|coming)|as planned)(?![a-z])/;

/**
 * The days a cancel request keeps ("actually keep Saturday, just cancel Sunday", "周六的留着 周日的取消"): each clause
 * with a keeping word, read for its own day, so the whole message's span (Saturday to Sunday) does not cancel both.
 */
function keepingClauses(text: string): string[] {
  return normalizeText(toSimplified(text))
    .toLowerCase()
    .split(/[,，。;；!！?？\s]+(?=\S)(?![a-z])|\s+(?=(?:just|but|only|and|then)(?![a-z]))|(?=只|但|然后)/)
    .filter((c) => KEEP_CLAUSE.test(c));
}

function keptDays(r: Parameters<IntentHandler>[0], text: string): Array<{ from: string; to: string }> {
  return keepingClauses(text)
    .map((c) => parseDates(c, r.ctx.now, r.ctx.timeZone).dateRange)
    .filter((d): d is { from: string; to: string } => d !== undefined);
}

async function activeBookings(r: Parameters<IntentHandler>[0]): Promise<BookingView[]> {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  return list.upcoming.filter((v) => v.status === 'confirmed');
}

/**
 * Cancel: by reference code, by the child named ("把果果的取消了 朵朵照常去"),
 * by the day named (the exact day, or the same weekday when the words were
 * relative); one match is confirmed first, several are listed.
 */
export const cancel: IntentHandler = async (r, q) => {
  await cancelOne(r, q);
  // "帮老大约周六上午湖里，老二周日的取消": a list shown by the same message is not lost when the cancel is confirmed.
  const pending = r.state.pending;
  if (pending?.type !== 'confirm_cancel') return;
  if (r.state.lastSearch?.shown.length && r.tools.some((t) => t.name === 'search_slots')) pending.listAfter = true;
  else pending.shownAtAsk = shownKey(r.state.lastSearch);
  r.state.cancelAsked = { bookingId: pending.bookingId, ...(pending.listAfter ? { listAfter: true } : { shownAtAsk: pending.shownAtAsk }) };
};

async function cancelOne(r: Parameters<IntentHandler>[0], q: Parameters<IntentHandler>[1]): Promise<void> {
  const w = r.w;
  const s = q.slots;
  if (s.bookingRef) {
    const booking = (await activeBookings(r)).find((v) => v.refCode === s.bookingRef);
    if (booking) return confirmCancel(r, booking);
    // Not among the upcoming ones: let the engine say why (cancelled already, not found, in the past).
    const run = await r.tool('cancel_booking', { bookingRef: s.bookingRef });
    if (run.result) return cancelBookingTool.present!(r, run.result as CancelResult, { bookingRef: s.bookingRef });
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  let active = await activeBookings(r);
  // "第二个取消" right after "my bookings": the number counts the bookings as listed.
  const listed = r.state.bookingsShown;
  const n = s.ordinal ?? s.pick;
  if (n !== undefined && listed?.length) {
    const picked = active.find((v) => v.id === listed[n < 0 ? listed.length + n : n - 1]);
    if (picked) return confirmCancel(r, picked);
  }
  if (s.child) {
    const { child, unknown } = await childForRequest(r, q);
    if (unknown) return;
    if (child) {
      active = active.filter((v) => v.childId === child.id);
      if (active.length === 0) {
        r.say(w.booking.noneForChild(child.name));
        return myBookingsAction.run(r, []);
      }
    }
  }
  // "果果周六去不了了 他的那个取消 朵朵的留着": the child whose plans are kept is not the one whose booking goes.
  if (!s.child && active.length > 1) {
    const keeping = keepingClauses(q.text);
    const family = await familyChildren(r);
    const keptIds = family.filter((c) => keeping.some((k) => k.includes(toSimplified(c.name).toLowerCase()))).map((c) => c.id);
    const left = active.filter((v) => !keptIds.includes(v.childId));
    if (keptIds.length > 0 && left.length > 0 && left.length < active.length) active = left;
  }
  const kept = active.length > 1 ? keptDays(r, q.text) : [];
  if (kept.length > 0) {
    const left = active.filter((v) => !kept.some((k) => v.localDate >= k.from && v.localDate <= k.to));
    if (left.length > 0 && left.length < active.length) {
      active = left;
      if (active.length === 1) return confirmCancel(r, active[0]!);
    }
  }
  if (s.dateRange && active.length > 1) {
    const { from, to } = s.dateRange;
    const onDay = active.filter((v) => v.localDate >= from && v.localDate <= to);
    const sameWeekday = active.filter((v) => weekdayOf(v.localDate) === weekdayOf(from));
    if (onDay.length > 0) active = onDay;
    else if (from === to && sameWeekday.length > 0) active = sameWeekday;
  }
  // "把思明那个取消了吧", "cancel the afternoon one": the place or part of day named picks among several (as the words do
  // after "which one?", chooseCancelStep); a place none of them is at narrows nothing, and the question is asked.
  if (active.length > 1 && (s.pointCode || s.district || s.partOfDay)) {
    const part = (v: BookingView) => (v.startTime < '12:00' ? 'morning' : 'afternoon');
    const there = active.filter(
      (v) => (s.pointCode ? v.point.code === s.pointCode : !s.district || v.point.district === s.district) && (!s.partOfDay || part(v) === s.partOfDay),
    );
    if (there.length > 0) active = there;
  }
  if (active.length === 1) return confirmCancel(r, active[0]!);
  // "两个孩子周六的都取消", "cancel both kids' bookings": one question for all of them.
  // "cancel all our bookings": every booking left after the child and day named, one question for all.
  if ((s.allBookings || s.allChildren) && active.length > 1 && active.length <= 4 && (s.allBookings || new Set(active.map((v) => v.childId)).size > 1))
    return confirmCancelAll(r, active);
  if (active.length === 0) {
    r.say(w.booking.nothingToCancel);
    addMainMenu(r);
    return;
  }
  r.say(w.booking.whichToCancel);
  r.grid(
    active.slice(0, 6).map((v) => r.button(askCancelAction, [v.id], w.booking.cancelRef(`${v.refCode} ${v.childName} ${w.format.date(v.localDate)}`))),
    2,
  );
  // "禮拜天海滄那個", "the Sunday one": the answer in words picks one of these (steps/chooseCancelStep).
  r.state.pending = { type: 'choose_cancel', bookingIds: active.slice(0, 6).map((v) => v.id) };
}

/** "确定要取消这几个预约吗？" — one "yes" cancels them all; each also has its own button. */
function confirmCancelAll(r: Reply, bookings: BookingView[]): void {
  const w = r.w;
  r.say(w.booking.confirmCancelAll(bookings.length));
  r.say(bookings.map((v) => describeBooking(v, w, r.lang)).join('\n'));
  r.row(
    r.button(
      cancelAllAction,
      bookings.map((v) => v.id),
      w.booking.yesCancel,
    ),
    r.button(keepAction, [bookings[0]!.id], w.booking.keepIt),
  );
  r.row(...bookings.map((v) => r.button(cancelAction, [v.id], w.booking.cancelRef(v.refCode))));
  const [first, ...rest] = bookings;
  r.state.pending = { type: 'confirm_cancel', bookingId: first!.id, refCode: first!.refCode, more: rest.map((v) => v.id) };
}

/**
 * "My bookings" (and "did yesterday's booking go through?": looking up, never booking).
 * A child or a coming day named ("查一下果果的预约", "我周六约的是哪个点") narrows the upcoming list to it.
 */
export const myBookings: IntentHandler = async (r, q) => {
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  const range = q.slots.dateRange;
  if (range && range.to < today) r.say(r.w.booking.checkedPast(r.w.format.dateRange(range.from, range.to)));
  const { child } = q.slots.child ? await childForRequest(r, q) : { child: undefined };
  // "两个孩子都约上了吗", "are both kids booked?": the list, and then each child who has nothing coming, by name.
  if (!child && !range && q.slots.allChildren) {
    const run = await r.tool<BookingOverview>('list_bookings', { includePast: false });
    if (!run.result) return myBookingsAction.run(r, []);
    listBookingsTool.present!(r, run.result, { includePast: false });
    const kids = await familyChildren(r);
    const without = kids.length > 1 ? kids.filter((k) => !run.result!.upcoming.some((v) => v.childId === k.id)) : [];
    for (const k of without) r.say(r.w.booking.noneForChild(k.name));
    // (With one session booked, the child without one is a tap from the same session.)
    const sessions = new Set(run.result.upcoming.map((v) => v.sessionId));
    const only = run.result.upcoming[0];
    if (only && sessions.size === 1)
      for (const k of without) r.row(r.button(bookForChildrenAction, [only.sessionId, k.id], r.w.booking.sameSessionFor(k.name)));
    return;
  }
  if (!child && !(range && range.to >= today)) return myBookingsAction.run(r, []);
  const run = await r.tool<BookingOverview>('list_bookings', { includePast: true });
  if (!run.result) return myBookingsAction.run(r, []);
  const fits = (v: BookingView) => (!child || v.childId === child.id) && (!range || range.to < today || (v.localDate >= range.from && v.localDate <= range.to));
  const upcoming = run.result.upcoming.filter(fits);
  // Nothing matches what was named: the whole list, so the parent sees what there is.
  if (upcoming.length === 0) {
    if (child) r.say(r.w.booking.noneForChild(child.name));
    return listBookingsTool.present!(r, run.result, { includePast: true });
  }
  const past = range && range.to >= today ? [] : run.result.past.filter((v) => !child || v.childId === child.id);
  listBookingsTool.present!(r, { ...run.result, upcoming, past }, { includePast: true });
};
