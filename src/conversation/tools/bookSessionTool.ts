import { z } from 'zod';
import { defineTool } from './defineTool.ts';
import { resolveChild } from './resolveChild.ts';

export const bookSessionArgs = z.object({
  sessionId: z.number().int().positive().describe('from search_slots'),
  childId: z.number().int().positive().optional().describe('from list_children; may be omitted when the family has one child'),
});

export const bookSessionTool = defineTool({
  name: 'book_session',
  description:
    'Book a place in a session for one of the parent\'s registered children. Takes a sessionId from search_slots. If the family has several children and no childId is given, returns status "need_child" with the children to choose from; with no children, status "need_registration" (use register_child first).',
  schema: bookSessionArgs,
  async handler(args, ctx) {
    const child = await resolveChild(ctx, args.childId);
    if (!('childId' in child)) return child;
    const childId = child.childId;
    const r = await ctx.booking.bookSession({ parentId: ctx.userId, childId, sessionId: args.sessionId });
    return { status: r.alreadyBooked ? ('already_booked' as const) : ('booked' as const), booking: r.booking };
  },
});
