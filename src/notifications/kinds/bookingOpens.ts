import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import { loadSession, viewOf, type SessionView } from './parts/sessions.ts';
import { bold, buttonRow, dayAndTime, e, message, sessionBlock } from './parts/render.ts';

interface View {
  session: SessionView;
  opensAt: Date;
  full: boolean;
}

/**
 * "Tell me when booking opens": a family asked about a session not yet open
 * for booking; at the opening time they get the session with a book button
 * (or the waitlist, if it filled at once). Queued by remindWhenBookingOpens.
 */
export const bookingOpens = defineKind({
  audience: 'parent',
  payload: z.object({ sessionId: z.number().int().positive(), opensAt: z.coerce.date() }),
  async load({ db, payload, now }) {
    const s = await loadSession(db, payload.sessionId);
    if (!s) return skip('session_deleted', `session ${payload.sessionId} was deleted`);
    if (s.status !== 'open') return skip('session_cancelled', `session ${payload.sessionId} is cancelled`);
    if (s.startsAt <= now) return skip('session_started', `session ${payload.sessionId} already started`);
    return { send: { session: viewOf(s), opensAt: payload.opensAt, full: s.booked >= s.capacity } satisfies View };
  },
  render(v: View, ctx) {
    const w = ctx.w.notifications.bookingOpens;
    const lines = [bold(w.title), '', e(w.body(dayAndTime(v.opensAt, ctx.w, ctx.timeZone))), '', ...sessionBlock(v.session, ctx, true)];
    if (v.full) {
      lines.push('', e(w.full));
      return message(lines, buttonRow(ctx, [w.waitlist, 'w', v.session.sessionId], [ctx.w.notifications.findAnother, 'sf']));
    }
    return message(lines, buttonRow(ctx, [w.book, 'b', v.session.sessionId]));
  },
});
