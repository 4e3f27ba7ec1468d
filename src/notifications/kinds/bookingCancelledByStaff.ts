import { z } from 'zod';
import { defineKind } from './defineKind.ts';
import { loadBooking, loadSession, sessionFromSnapshot, sessionSnapshot, viewOf, type SessionView } from './parts/sessions.ts';
import { bold, buttonRow, e, forChild, message, reasonText, sessionBlock } from './parts/render.ts';

interface View {
  reason?: string;
  childName: string | null;
  session?: SessionView;
}

/** Staff cancelled one family's booking (queued by cancelBooking with a staff actor). */
export const bookingCancelledByStaff = defineKind({
  audience: 'parent',
  payload: z.object({
    ...sessionSnapshot,
    bookingId: z.number().int().positive().optional(),
    refCode: z.string().nullish(),
    childName: z.string().nullish(),
    reason: z.string().nullish(),
  }),
  async load({ db, payload, config }) {
    const booking = await loadBooking(db, payload.bookingId);
    const session = await loadSession(db, booking?.sessionId ?? payload.sessionId);
    return {
      send: {
        reason: payload.reason ?? undefined,
        childName: booking?.childName ?? payload.childName ?? null,
        session: session ? viewOf(session) : sessionFromSnapshot(payload, config.timeZone),
      } satisfies View,
    };
  },
  render(v: View, ctx) {
    const w = ctx.w.notifications;
    const why = reasonText(v.reason, ctx.w);
    const lines = [`${bold(w.cancelledByStaff.title)}${forChild(v.childName, ctx.w)}`];
    if (v.session) lines.push('', ...sessionBlock(v.session, ctx, false));
    if (why) lines.push('', e(w.cancelledByStaff.reason(why)));
    lines.push('', e(w.cancelledByStaff.body));
    return message(lines, buttonRow(ctx, [w.findAnother, 'sf']));
  },
});
