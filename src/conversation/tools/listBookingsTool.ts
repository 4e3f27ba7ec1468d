import { z } from 'zod';
import { defineTool } from './defineTool.ts';

export const listBookingsTool = defineTool({
  name: 'list_bookings',
  description: 'List the parent\'s upcoming bookings (with reference codes) and recent past ones.',
  schema: z.object({ includePast: z.boolean().optional() }),
  async handler(args, ctx) {
    return ctx.booking.listBookings(ctx.userId, { includePast: args.includePast ?? false });
  },
});
