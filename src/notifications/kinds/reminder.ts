import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import { loadBooking, loadSession, viewOf, type SessionView } from './parts/sessions.ts';
import { bold, buttonRow, e, forChild, message, sessionBlock } from './parts/render.ts';

/** The day-before reminder of a confirmed booking (queued by scheduleReminders). */
export const reminder = defineKind({
  audience: 'parent',
  payload: z.object({ bookingId: z.number().int().positive(), sessionId: z.number().int().positive().optional(), refCode: z.string().optional() }),
  async load({ db, payload, now }) {
    const booking = await loadBooking(db, payload.bookingId);
    if (!booking) {
      if (payload.sessionId !== undefined && !(await loadSession(db, payload.sessionId))) {
        return skip('session_deleted', `session ${payload.sessionId} was deleted after the reminder was queued`);
      }
      return skip('booking_deleted', `booking ${payload.bookingId} no longer exists`);
    }
    if (booking.status !== 'confirmed') return skip('booking_not_active', `booking ${booking.id} is ${booking.status}`);
    const session = await loadSession(db, booking.sessionId);
    if (!session) return skip('session_deleted', `session ${booking.sessionId} was deleted`);
    if (session.status !== 'open') return skip('session_cancelled', `session ${session.sessionId} is cancelled`);
    if (session.startsAt <= now) return skip('session_started', `session ${session.sessionId} already started`);
    return { send: { bookingId: booking.id, refCode: booking.refCode, childName: booking.childName, session: viewOf(session) } };
  },
  render(v: { bookingId: number; refCode: string; childName: string | null; session: SessionView }, ctx) {
    const w = ctx.w.notifications;
    return message(
      [
        `${bold(w.reminder.title)}${forChild(v.childName, ctx.w)}`,
        '',
        ...sessionBlock(v.session, ctx, true),
        '',
        e(v.session.kind === 'trial_class' ? w.reminder.bringClass : w.reminder.bringCare),
        `${e(w.bookingCode)}<code>${e(v.refCode)}</code>`,
        '',
        e(w.reminder.cancelPlease),
      ],
      buttonRow(ctx, [w.reminder.keep, 'k', v.bookingId], [w.reminder.cancel, 'c', v.bookingId]),
    );
  },
});
