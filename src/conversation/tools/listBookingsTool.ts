import { z } from 'zod';
import type { BookingView, WaitlistOffer } from '../../booking/types.ts';
import type { WaitingEntry } from '../../booking/waitlist.ts';
import { localDateOf, localTimeOf } from '../../time/zonedTime.ts';
import { defineTool } from './defineTool.ts';
import { describeBooking, pointName } from '../format/formatSlot.ts';
import { acceptOfferAction, askCancelAction, declineOfferAction, leaveWaitlistAction } from '../actions/bookingActions.ts';
import { addMainMenu } from '../dialogue/menu.ts';

export interface BookingOverview {
  upcoming: BookingView[];
  past: BookingView[];
  /** Waitlist places held for the family now (take or pass). */
  offers: WaitlistOffer[];
  /** Places in waitlist queues, not yet offered. */
  waiting: WaitingEntry[];
}

export const listBookingsTool = defineTool({
  name: 'list_bookings',
  description:
    "List the parent's upcoming bookings (with reference codes), waitlist places held for them (offers) and waitlist queues they are in, and recent past bookings.",
  schema: z.object({ includePast: z.boolean().optional() }),
  async handler(args, ctx): Promise<BookingOverview> {
    const list = await ctx.booking.listBookings(ctx.userId, { includePast: args.includePast ?? false });
    const [offers, waiting] = await Promise.all([ctx.booking.pendingOffers(ctx.userId), ctx.booking.waitingEntries(ctx.userId)]);
    return { ...list, offers, waiting };
  },
  present(r, { upcoming, past, offers, waiting }) {
    const w = r.w;
    // Until when a held place waits for the family: the row's deadline, in the service's zone.
    const heldUntil = (v: BookingView) => {
      if (!v.holdExpiresAt) return undefined;
      const at = new Date(v.holdExpiresAt);
      return `${w.format.date(localDateOf(at, r.ctx.timeZone))} ${localTimeOf(at, r.ctx.timeZone)}`;
    };
    const active = upcoming.filter((v) => v.status === 'confirmed' || v.status === 'held');
    if (active.length === 0 && waiting.length === 0) r.say(w.booking.noUpcoming);
    if (active.length > 0) {
      r.say(w.booking.yourBookings);
      r.say(active.map((v) => describeBooking(v, w, r.lang) + (v.status === 'held' ? `\n   ${w.booking.heldLine(heldUntil(v))}` : '')).join('\n'));
      for (const o of offers.slice(0, 3))
        r.row(r.button(acceptOfferAction, [o.entryId], w.booking.take(o.refCode)), r.button(declineOfferAction, [o.entryId], w.booking.pass(o.refCode)));
      const confirmed = active.filter((x) => x.status === 'confirmed');
      for (const v of confirmed.slice(0, 6)) r.row(r.button(askCancelAction, [v.id], w.booking.cancelRef(v.refCode)));
      r.state.bookingsShown = active.map((v) => v.id);
    }
    if (waiting.length > 0) {
      r.say(w.booking.yourWaitlist);
      r.say(
        waiting
          .map(
            (e) =>
              `• ${e.childName} · ${w.format.date(e.localDate)} ${w.format.timeRange(e.startTime, e.endTime)} · ${pointName(e.point, r.lang)} ${w.booking.waitingLine(e.position)}`,
          )
          .join('\n'),
      );
      for (const e of waiting.slice(0, 4))
        r.row(r.button(leaveWaitlistAction, [e.sessionId, e.childId], w.booking.leaveWaitlist(`${w.format.date(e.localDate)} ${e.childName}`)));
    }
    const recent = past.slice(0, 3);
    if (recent.length) {
      r.say(w.booking.recent);
      r.say(
        recent
          .map((v) =>
            w.booking.recentLine({
              date: w.format.date(v.localDate),
              child: v.childName,
              point: pointName(v.point, r.lang),
              status: w.booking.status[v.status] ?? v.status,
            }),
          )
          .join('\n'),
      );
    }
    if (active.length === 0 && waiting.length === 0) addMainMenu(r);
  },
});
