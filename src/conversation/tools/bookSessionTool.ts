import { z } from 'zod';
import type { BookingView, Child } from '../../booking/types.ts';
import { defineTool } from './defineTool.ts';
import { resolveChild } from './resolveChild.ts';
import { describeBooking, pointAddress, pointName } from '../format/formatSlot.ts';
import { askCancelAction, myBookingsAction } from '../actions/bookingActions.ts';
import { askToRegister, askWhichChild } from '../dialogue/children.ts';

export const bookSessionArgs = z.object({
  sessionId: z.number().int().positive().describe('from search_slots'),
  childId: z.number().int().positive().optional().describe('from list_children; may be omitted when the family has one child'),
});

export type BookSessionResult =
  | { status: 'booked' | 'already_booked'; booking: BookingView }
  | { status: 'need_registration' }
  | { status: 'need_child'; children: Child[] };

export const bookSessionTool = defineTool({
  name: 'book_session',
  description:
    'Book a place in a session for one of the parent\'s registered children. Takes a sessionId from search_slots. If the family has several children and no childId is given, returns status "need_child" with the children to choose from; with no children, status "need_registration" (use register_child first).',
  schema: bookSessionArgs,
  async handler(args, ctx): Promise<BookSessionResult> {
    const child = await resolveChild(ctx, args.childId);
    if (!('childId' in child)) return child;
    const r = await ctx.booking.bookSession({ parentId: ctx.userId, childId: child.childId, sessionId: args.sessionId });
    return { status: r.alreadyBooked ? 'already_booked' : 'booked', booking: r.booking };
  },
  present(r, result, args) {
    const w = r.w;
    if (result.status === 'need_registration') return askToRegister(r, {}, { action: 'book', sessionId: args.sessionId });
    if (result.status === 'need_child') return askWhichChild(r, result.children, { action: 'book', sessionId: args.sessionId });
    const v = result.booking;
    r.say(result.status === 'already_booked' ? w.booking.alreadyBooked : w.booking.booked);
    // What was booked, stated plainly: the district, the day and part of day, and the child.
    r.say(
      w.booking.summary({
        district: w.format.district(v.point.district),
        date: w.format.date(v.localDate),
        part: w.format.partOfDay(v.startTime < '12:00' ? 'morning' : 'afternoon'),
        child: v.childName,
      }),
    );
    r.say(describeBooking(v, w, r.lang));
    r.say(w.booking.arriveOnTime);
    r.venue = { latitude: v.point.latitude, longitude: v.point.longitude, title: pointName(v.point, r.lang), address: pointAddress(v.point, r.lang) };
    r.row(r.button(myBookingsAction, []), r.button(askCancelAction, [v.id], w.booking.cancelRef(v.refCode)));
    r.state.pending = undefined;
  },
});
