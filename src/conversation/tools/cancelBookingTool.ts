import { z } from 'zod';
import { defineTool } from './defineTool.ts';

export const cancelBookingArgs = z
  .object({
    bookingRef: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4,10}$/).optional().describe('reference code, e.g. K7P2QX'),
    bookingId: z.number().int().positive().optional(),
  })
  .refine((a) => a.bookingRef !== undefined || a.bookingId !== undefined, 'give bookingRef or bookingId');

export const cancelBookingTool = defineTool({
  name: 'cancel_booking',
  description:
    'Cancel one of the parent\'s own bookings by reference code (from list_bookings). Frees the place at once. Only call after the parent clearly asked to cancel that booking.',
  schema: cancelBookingArgs,
  async handler(args, ctx) {
    return ctx.booking.cancelBooking({ actor: { parentId: ctx.userId }, bookingRef: args.bookingRef, bookingId: args.bookingId });
  },
});
