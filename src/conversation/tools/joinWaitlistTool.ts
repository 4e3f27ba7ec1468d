import { z } from 'zod';
import type { Child } from '../../booking/types.ts';
import type { JoinWaitlistResult } from '../../booking/BookingService.ts';
import { defineTool } from './defineTool.ts';
import { resolveChild } from './resolveChild.ts';
import { myBookingsAction } from '../actions/bookingActions.ts';
import { findPlacesAction } from '../actions/searchActions.ts';
import { askToRegister, askWhichChild } from '../dialogue/children.ts';

export type JoinWaitlistToolResult =
  | ({ status: 'waiting'; childName?: string } & JoinWaitlistResult)
  | { status: 'need_registration' }
  | { status: 'need_child'; children: Child[] };

export const joinWaitlistTool = defineTool({
  name: 'join_waitlist',
  description: 'Put a child on the waitlist of a FULL session (sessionId from search_slots). When a place frees up the family gets a time-limited offer.',
  schema: z.object({
    sessionId: z.number().int().positive(),
    childId: z.number().int().positive().optional(),
  }),
  async handler(args, ctx): Promise<JoinWaitlistToolResult> {
    const child = await resolveChild(ctx, args.childId);
    if (!('childId' in child)) return child;
    const r = await ctx.booking.joinWaitlist({ parentId: ctx.userId, childId: child.childId, sessionId: args.sessionId });
    // Named in the reply, so a family with several children knows whose place in the queue it is.
    const childName = (await ctx.booking.listChildren(ctx.userId)).find((c) => c.id === child.childId)?.name;
    return { status: 'waiting', ...r, ...(childName ? { childName } : {}) };
  },
  present(r, result, args) {
    if (result.status === 'need_registration') return askToRegister(r, {}, { action: 'waitlist', sessionId: args.sessionId });
    if (result.status === 'need_child') return askWhichChild(r, result.children, { action: 'waitlist', sessionId: args.sessionId });
    r.say(result.alreadyWaiting ? r.w.booking.alreadyWaiting(result.position, result.childName) : r.w.booking.waiting(result.position, result.childName));
    r.state.pending = undefined;
    r.row(r.button(myBookingsAction, []), r.button(findPlacesAction, [], r.w.booking.otherSessions));
  },
});
