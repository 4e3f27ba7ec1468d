import type { BookingView } from '../../../booking/types.ts';
import { weekdayOf } from '../../../time/zonedTime.ts';
import { confirmCancel } from '../../actions/bookingActions.ts';
import { familyChildren, findChild } from '../children.ts';
import { defineStep } from './Step.ts';

/** Replies that may say which booking ("禮拜天海滄那個", "the Sunday one", "果果的", "第二个"); others are requests of their own. */
const MAY_ANSWER = new Set(['find_slots', 'book', 'cancel', 'more', 'out_of_scope', 'my_bookings']);

/**
 * "要取消哪一个？" with a button per booking: a day, a place, a part of day, the child or a number picks one of the
 * bookings offered, which is then confirmed as any cancellation is. Anything that picks none (or several) is handled
 * as a request of its own.
 */
export const chooseCancelStep = defineStep({
  type: 'choose_cancel',
  async answer(r, u, step) {
    const s = u.slots;
    if (!MAY_ANSWER.has(u.intent) || s.bookingRef) return false;
    const n = s.ordinal ?? s.pick;
    if (n === undefined && !(s.dateRange || s.district || s.pointCode || s.partOfDay || s.child)) return false;
    const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
    const offered = step.bookingIds
      .map((id) => list.upcoming.find((v) => v.id === id && v.status === 'confirmed'))
      .filter((v): v is BookingView => v !== undefined);
    let left = offered;
    if (n !== undefined) {
      const one = offered[n < 0 ? offered.length + n : n - 1];
      left = one ? [one] : [];
    } else {
      if (s.dateRange) {
        const { from, to } = s.dateRange;
        const onDay = left.filter((v) => v.localDate >= from && v.localDate <= to);
        // "禮拜天那個" for a booking on a later Sunday: the same weekday.
        left = onDay.length > 0 || from !== to ? onDay : left.filter((v) => weekdayOf(v.localDate) === weekdayOf(from));
      }
      if (s.pointCode) left = left.filter((v) => v.point.code === s.pointCode);
      else if (s.district) left = left.filter((v) => v.point.district === s.district);
      if (s.partOfDay) left = left.filter((v) => (v.startTime < '12:00' ? 'morning' : 'afternoon') === s.partOfDay);
      if (s.child) {
        const c = findChild(await familyChildren(r), s.child);
        if (c) left = left.filter((v) => v.childId === c.id);
      }
    }
    if (left.length !== 1) return false;
    confirmCancel(r, left[0]!);
    return true;
  },
});
