import { z } from 'zod';
import { DISTRICTS } from '../../domain/xiamenPlaces.ts';
import { CLASS_TITLES, SESSION_KINDS } from '../../domain/serviceKinds.ts';
import { defineTool } from './defineTool.ts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const searchSlotsArgs = z.object({
  from: localDate.describe('first day, YYYY-MM-DD in Asia/Shanghai'),
  to: localDate.describe('last day (inclusive), YYYY-MM-DD'),
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  district: z.enum(DISTRICTS).optional(),
  near: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional()
    .describe('the parent\'s shared location; results nearest first'),
  childAgeMonths: z.number().int().min(0).max(72).optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
  offset: z.number().int().min(0).max(200).optional(),
  includeFull: z.boolean().optional().describe('also list full sessions (for the waitlist)'),
});
export type SearchSlotsArgs = z.infer<typeof searchSlotsArgs>;

export const searchSlotsTool = defineTool({
  name: 'search_slots',
  description:
    'Find free childcare places (sessions) at community care points. Returns sessions with sessionId, point, address, time, kind, free places and distance. Use a sessionId from here for book_session or join_waitlist.',
  schema: searchSlotsArgs,
  async handler(args, ctx) {
    const results = await ctx.booking.searchSlots({ ...args, limit: 5, offset: args.offset ?? 0 });
    return { results, offset: args.offset ?? 0 };
  },
});
