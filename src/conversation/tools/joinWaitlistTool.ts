import { z } from 'zod';
import { defineTool } from './defineTool.ts';

export const joinWaitlistTool = defineTool({
  name: 'join_waitlist',
  description:
    'Put a child on the waitlist of a FULL session (sessionId from search_slots). When a place frees up the family gets a time-limited offer.',
  schema: z.object({
    sessionId: z.number().int().positive(),
    childId: z.number().int().positive().optional(),
  }),
  async handler(args, ctx) {
    let childId = args.childId;
    if (childId === undefined) {
      const children = await ctx.booking.listChildren(ctx.userId);
      if (children.length === 0) return { status: 'need_registration' as const };
      if (children.length > 1) return { status: 'need_child' as const, children };
      childId = children[0]!.id;
    }
    const r = await ctx.booking.joinWaitlist({ parentId: ctx.userId, childId, sessionId: args.sessionId });
    return { status: 'waiting' as const, ...r };
  },
});
