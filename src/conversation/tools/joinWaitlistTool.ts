import { z } from 'zod';
import { defineTool } from './defineTool.ts';
import { resolveChild } from './resolveChild.ts';

export const joinWaitlistTool = defineTool({
  name: 'join_waitlist',
  description:
    'Put a child on the waitlist of a FULL session (sessionId from search_slots). When a place frees up the family gets a time-limited offer.',
  schema: z.object({
    sessionId: z.number().int().positive(),
    childId: z.number().int().positive().optional(),
  }),
  async handler(args, ctx) {
    const child = await resolveChild(ctx, args.childId);
    if (!('childId' in child)) return child;
    const childId = child.childId;
    const r = await ctx.booking.joinWaitlist({ parentId: ctx.userId, childId, sessionId: args.sessionId });
    return { status: 'waiting' as const, ...r };
  },
});
