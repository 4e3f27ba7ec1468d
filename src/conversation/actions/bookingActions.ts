import { isDomainError } from '../../errors/DomainError.ts';
import { afterCancel, finishMove, listAgain, offerOtherChildsListAfterWaitlist, shownKey } from '../dialogue/intents/moveBooking.ts';
import { describeError } from '../../errors/describeError.ts';
import type { BookingView } from '../../booking/types.ts';
import type { CancelResult } from '../../booking/BookingService.ts';
import { defineAction, idField, noArgs } from './defineAction.ts';
import { bookSessionTool, type BookSessionResult } from '../tools/bookSessionTool.ts';
import { joinWaitlistTool, type JoinWaitlistToolResult } from '../tools/joinWaitlistTool.ts';
import { cancelBookingTool } from '../tools/cancelBookingTool.ts';
import { listBookingsTool, type BookingOverview } from '../tools/listBookingsTool.ts';
import { describeBooking, openingTime } from '../format/formatSlot.ts';
import { findPlacesAction } from './searchActions.ts';
import { askToRegister } from '../dialogue/children.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { runSearch } from '../search/runSearch.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';

/** Session (and optionally child) ids in button data. */
const sessionAndChild = {
  encode: ([sessionId, childId]: [number, number?]) => (childId ? [String(sessionId), String(childId)] : [String(sessionId)]),
  decode: ([s, c]: string[]): [number, number?] | undefined => {
    const sessionId = idField(s);
    if (!sessionId) return undefined;
    const childId = c === undefined ? undefined : idField(c);
    if (c !== undefined && !childId) return undefined;
    return childId ? [sessionId, childId] : [sessionId];
  },
};

const oneId = {
  encode: ([id]: [number]) => [String(id)],
  decode: ([v]: string[]): [number] | undefined => {
    const id = idField(v);
    return id ? [id] : undefined;
  },
};

/** The child a tap or a request is for: the one given, else the child the conversation is about. */
function childFor(r: Reply, childId?: number): number | undefined {
  return childId ?? r.state.child?.id;
}

/** Book a place in a session; full → offer the waitlist; no child yet → register first. */
export const bookAction = defineAction<[number, number?]>({
  code: 'b',
  ...sessionAndChild,
  label: (w) => w.booking.bookNow,
  async run(r, [sessionId, childId]) {
    const args = { sessionId, childId: childFor(r, childId) };
    const run = await r.tool<BookSessionResult>('book_session', args);
    if (run.result) {
      bookSessionTool.present!(r, run.result, args);
      await bookTheOthersAsked(r, sessionId, args.childId);
      // A move ("周六的取消，改成周日上午"): the old booking goes once the new one is held.
      return finishMove(r, run.result);
    }
    const w = r.w;
    // A move to a session at the same time as the booking moved ("sorry 不是湖里 是思明"): the child cannot hold both, so
    // the old one goes first, as the parent asked for the move.
    const move = r.state.moving;
    if (isDomainError(run.error, 'CHILD_DOUBLE_BOOKED') && move && run.error.data.otherRefCode === move.refCode && args.childId === move.childId) {
      const gone = await r.tool<CancelResult>('cancel_booking', { bookingId: move.bookingId });
      if (gone.result) {
        r.state.moving = undefined;
        const again = await r.tool<BookSessionResult>('book_session', args);
        if (again.result) bookSessionTool.present!(r, again.result, args);
        r.say(w.booking.movedOldCancelled(w.format.date(move.localDate), move.refCode));
        if (again.result) return finishMove(r, again.result);
        r.say(describeError(again.error, r.lang).message);
        r.row(r.button(findPlacesAction, [], w.booking.otherSessions));
        return;
      }
    }
    if (isDomainError(run.error, 'SESSION_FULL')) {
      r.say(w.booking.justFilled);
      r.row(
        r.button(waitlistAction, [sessionId, ...(args.childId ? [args.childId] : [])] as [number, number?], w.booking.joinWaitlist),
        r.button(findPlacesAction, [], w.booking.otherSessions),
      );
      r.state.pending = { type: 'offer_waitlist', sessionId };
      return;
    }
    if (isDomainError(run.error, 'CHILD_NOT_FOUND')) {
      r.state.child = undefined;
      return askToRegister(r, {}, { action: 'book', sessionId });
    }
    r.say(describeError(run.error, r.lang).message);
    r.row(r.button(findPlacesAction, [], w.booking.otherSessions), r.button(myBookingsAction, []));
  },
});

/** Join the waitlist of a full session. */
export const waitlistAction = defineAction<[number, number?]>({
  code: 'w',
  ...sessionAndChild,
  label: (w) => w.booking.joinWaitlist,
  async run(r, [sessionId, childId]) {
    const args = { sessionId, childId: childFor(r, childId) };
    const run = await r.tool<JoinWaitlistToolResult>('join_waitlist', args);
    if (run.result) {
      joinWaitlistTool.present!(r, run.result, args);
      // Asked together with a place for another child: that child's list again, so the second request is not lost.
      return offerOtherChildsListAfterWaitlist(r, sessionId, args.childId);
    }
    if (isDomainError(run.error, 'SESSION_HAS_PLACES')) {
      r.say(r.w.booking.hasPlacesNow);
      r.row(r.button(bookAction, [sessionId, ...(args.childId ? [args.childId] : [])] as [number, number?], r.w.booking.bookNow));
      return;
    }
    r.say(describeError(run.error, r.lang).message);
  },
});

/** Ask before cancelling a booking. */
export const askCancelAction = defineAction<[number]>({
  code: 'c',
  ...oneId,
  label: (w) => w.booking.cancelThis,
  async run(r, [bookingId]) {
    const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
    const booking = list.upcoming.find((v) => v.id === bookingId);
    if (!booking) {
      r.say(r.w.booking.gone);
      return myBookingsAction.run(r, []);
    }
    confirmCancel(r, booking);
  },
});

/** "确定要取消…吗？" with the booking spelled out. */
export function confirmCancel(r: Reply, booking: BookingView): void {
  const w = r.w;
  r.say(w.booking.confirmCancel(booking.refCode));
  r.say(describeBooking(booking, w, r.lang));
  r.row(r.button(cancelAction, [booking.id], w.booking.yesCancel), r.button(keepAction, [booking.id], w.booking.keepIt));
  r.state.pending = { type: 'confirm_cancel', bookingId: booking.id, refCode: booking.refCode };
}

/** Cancel, confirmed. */
export const cancelAction = defineAction<[number]>({
  code: 'cy',
  ...oneId,
  label: (w) => w.booking.yesCancel,
  async run(r, [bookingId]) {
    const args = { bookingId };
    const pending = r.state.pending;
    // The question as asked: the pending step, or (when a list shown by the same message replaced it) as remembered.
    const asked =
      pending?.type === 'confirm_cancel' && pending.bookingId === bookingId
        ? pending
        : r.state.cancelAsked?.bookingId === bookingId
          ? r.state.cancelAsked
          : undefined;
    r.state.cancelAsked = undefined;
    // Asked beside a list of the same message, or a new list was shown after the question (cancel said first).
    const listAfter =
      asked !== undefined &&
      (asked.listAfter === true ||
        (asked.shownAtAsk !== undefined && shownKey(r.state.lastSearch) !== '' && shownKey(r.state.lastSearch) !== asked.shownAtAsk));
    const run = await r.tool<CancelResult>('cancel_booking', args);
    if (run.result) {
      cancelBookingTool.present!(r, run.result, args);
      // The old booking of a move: the new day's list again, to book from.
      if (r.state.moving?.bookingId === bookingId) return afterCancel(r, bookingId);
      // Cancelled beside a request for places in the same message: that list again, so the other request is not lost.
      if (listAfter) return listAgain(r);
      return;
    }
    r.state.pending = undefined;
    r.say(describeError(run.error, r.lang).message);
    r.row(r.button(myBookingsAction, []));
  },
});

/** Several booking ids in button data ("cancel both children's bookings"): at most four, each a positive id. */
const someIds = {
  encode: (ids: number[]) => ids.map(String),
  decode: (fields: string[]): number[] | undefined => {
    if (fields.length < 1 || fields.length > 4) return undefined;
    const ids = fields.map(idField);
    return ids.every((id): id is number => id !== undefined) ? ids : undefined;
  },
};

/** Cancel every booking a "cancel them all?" question listed, confirmed with one tap. */
export const cancelAllAction = defineAction<number[]>({
  code: 'cya',
  ...someIds,
  label: (w) => w.booking.yesCancel,
  async run(r, bookingIds) {
    for (const id of bookingIds) await cancelAction.run(r, [id]);
  },
});

/**
 * Children asked for together with a list each ("给两个孩子都约上" with a baby one point does not take): the session
 * picked from one child's list is booked for the others too, each confirmed or refused with its reason (too young
 * there, full), once; their own lists stay on screen for another choice.
 */
async function bookTheOthersAsked(r: Reply, sessionId: number, childId: number | undefined): Promise<void> {
  const together = r.state.lastSearch?.together;
  if (!together || childId === undefined || !together.includes(childId)) return;
  const last = r.state.lastSearch!;
  last.together = undefined;
  const request = last.request ?? last.args;
  for (const other of together) {
    if (other === childId) continue;
    await bookAction.run(r, [sessionId, other]);
    // Too young there: that child's own list again under the refusal, so the second booking is one tap away.
    const tried = r.tools.at(-1);
    if (tried?.name === 'book_session' && !tried.ok && (tried.error as { code?: string } | undefined)?.code === 'CHILD_TOO_YOUNG') {
      await runSearch(r, { ...request, childId: other, childAgeMonths: undefined, offset: undefined } as SearchSlotsArgs);
    }
  }
}

/** One session for several children asked for together ("双胞胎两个都要", "both kids"): a booking per child, each confirmed. */
export const bookForChildrenAction = defineAction<number[]>({
  code: 'bb',
  ...someIds,
  label: (w) => w.booking.bookNow,
  async run(r, [sessionId, ...childIds]) {
    for (const childId of childIds) await bookAction.run(r, [sessionId!, childId]);
    // None of them is "the" child afterwards.
    r.state.child = undefined;
  },
});

/** Keep a booking (from a reminder or a cancel question). */
export const keepAction = defineAction<[number]>({
  code: 'k',
  ...oneId,
  label: (w) => w.booking.keepIt,
  async run(r) {
    r.state.pending = undefined;
    // Kept: a cancellation asked beside another request is not asked again after it (moveBooking.askCancelAgain).
    r.state.cancelAsked = undefined;
    r.say(r.w.booking.keptSeeYou);
    r.row(r.button(myBookingsAction, []));
  },
});

/** Take a waitlist place held for the family. */
export const acceptOfferAction = defineAction<[number]>({
  code: 'oa',
  ...oneId,
  label: (w) => w.booking.take(''),
  async run(r, [entryId]) {
    try {
      const result = await r.ctx.booking.acceptOffer(r.ctx.userId, entryId);
      r.tools.push({ name: 'accept_offer', args: { entryId }, ok: true, result });
      r.say(r.w.booking.offerTaken);
      await myBookingsAction.run(r, []);
    } catch (err) {
      const described = describeError(err, r.lang);
      r.tools.push({ name: 'accept_offer', args: { entryId }, ok: false, error: described });
      r.say(described.message);
    }
  },
});

/** Pass on a held waitlist place: it goes to the next family. */
export const declineOfferAction = defineAction<[number]>({
  code: 'od',
  ...oneId,
  label: (w) => w.booking.pass(''),
  async run(r, [entryId]) {
    try {
      const result = await r.ctx.booking.declineOffer(r.ctx.userId, entryId);
      r.tools.push({ name: 'decline_offer', args: { entryId }, ok: true, result });
      r.say(r.w.booking.offerPassed);
    } catch (err) {
      const described = describeError(err, r.lang);
      r.tools.push({ name: 'decline_offer', args: { entryId }, ok: false, error: described });
      r.say(described.message);
    }
  },
});

/** Leave a waitlist queue. */
export const leaveWaitlistAction = defineAction<[number, number?]>({
  code: 'lw',
  ...sessionAndChild,
  label: (w) => w.booking.leaveWaitlist(''),
  async run(r, [sessionId, childId]) {
    try {
      const result = await r.ctx.booking.leaveWaitlist({ parentId: r.ctx.userId, sessionId, childId });
      r.tools.push({ name: 'leave_waitlist', args: { sessionId, childId }, ok: true, result });
      r.say(r.w.booking.leftWaitlist);
    } catch (err) {
      const described = describeError(err, r.lang);
      r.tools.push({ name: 'leave_waitlist', args: { sessionId, childId }, ok: false, error: described });
      r.say(described.message);
    }
  },
});

/** Upcoming bookings, held offers and waitlist places, with cancel/take/pass/leave buttons. */
export const myBookingsAction = defineAction<[]>({
  code: 'mb',
  ...noArgs(),
  label: (w) => w.menu.myBookings,
  async run(r) {
    const run = await r.tool<BookingOverview>('list_bookings', { includePast: true });
    if (!run.result) {
      r.say(describeError(run.error, r.lang).message);
      return;
    }
    listBookingsTool.present!(r, run.result, { includePast: true });
  },
});

/** "Remind me when booking opens" for a session not open yet: one message at the opening time. */
export const remindWhenOpensAction = defineAction<[number, number]>({
  code: 'ro',
  // The opening time travels in the (signed) button as minutes since the epoch.
  encode: ([sessionId, opensAtMinutes]) => [String(sessionId), String(opensAtMinutes)],
  decode: ([s, m]) => {
    const sessionId = idField(s);
    const minutes = idField(m);
    return sessionId && minutes ? [sessionId, minutes] : undefined;
  },
  label: (w) => w.search.remindMe(1),
  async run(r, [sessionId, opensAtMinutes]) {
    const opensAt = new Date(opensAtMinutes * 60_000);
    const when = openingTime(opensAt, r.w, r.ctx.timeZone);
    if (!r.ctx.remindWhenBookingOpens || opensAt <= r.ctx.now) return bookAction.run(r, [sessionId]);
    const added = await r.ctx.remindWhenBookingOpens({ sessionId, opensAt });
    r.tools.push({ name: 'remind_when_booking_opens', args: { sessionId }, ok: true, result: { added } });
    r.say(added ? r.w.search.remindSet(when) : r.w.search.remindAlready);
    r.row(r.button(myBookingsAction, []), r.button(findPlacesAction, [], r.w.booking.otherSessions));
  },
});
