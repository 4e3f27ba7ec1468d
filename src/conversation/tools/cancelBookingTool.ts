import { z } from 'zod';
import type { CancelResult } from '../../booking/BookingService.ts';
import { defineTool } from './defineTool.ts';
import { myBookingsAction } from '../actions/bookingActions.ts';
import { findPlacesAction } from '../actions/searchActions.ts';

export const cancelBookingArgs = z
  .object({
    bookingRef: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{4,10}$/)
      .optional()
      .describe('reference code, e.g. K7P2QX'),
    bookingId: z.number().int().positive().optional(),
  })
  .refine((a) => a.bookingRef !== undefined || a.bookingId !== undefined, 'give bookingRef or bookingId');

export const cancelBookingTool = defineTool({
  name: 'cancel_booking',
  description:
    "Cancel one of the parent's own bookings by reference code (from list_bookings). Frees the place at once. Only call after the parent clearly asked to cancel that booking.",
  schema: cancelBookingArgs,
  async handler(args, ctx): Promise<CancelResult> {
    return ctx.booking.cancelBooking({ actor: { parentId: ctx.userId }, bookingRef: args.bookingRef, bookingId: args.bookingId });
  },
  present(r, { booking, alreadyCancelled, late }) {
    const w = r.w;
    r.state.pending = undefined;
    if (alreadyCancelled) r.say(w.booking.alreadyCancelled(booking.refCode));
    else {
      r.say(w.booking.cancelled(booking.refCode));
      r.state.lastCancelled = {
        pointCode: booking.point.code,
        district: booking.point.district,
        partOfDay: booking.startTime < '12:00' ? 'morning' : 'afternoon',
        kind: booking.kind,
        childId: booking.childId,
        at: r.ctx.now.toISOString(),
      };
      r.say(`${booking.childName} · ${w.format.date(booking.localDate)} ${w.format.timeRange(booking.startTime, booking.endTime)}`);
      if (late) r.say(w.booking.lateCancel);
    }
    r.row(r.button(findPlacesAction, [], w.booking.findAnother), r.button(myBookingsAction, []));
  },
});
