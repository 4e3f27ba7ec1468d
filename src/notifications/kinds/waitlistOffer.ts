import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import { loadBooking, loadSession, sessionSnapshot, viewOf, type SessionView } from './parts/sessions.ts';
import { bold, buttonRow, dayAndTime, e, forChild, message, sessionBlock } from './parts/render.ts';

/** A place held for a waiting family, with take / decline buttons (queued by the booking engine's offerNextPlace). */
export const waitlistOffer = defineKind({
  audience: 'parent',
  payload: z.object({
    ...sessionSnapshot,
    entryId: z.number().int().positive(),
    bookingId: z.number().int().positive().optional(),
    refCode: z.string().nullish(),
    childId: z.number().int().positive().nullish(),
    childName: z.string().nullish(),
    expiresAt: z.coerce.date().optional(),
    holdMinutes: z.number().optional(),
  }),
  async load({ db, payload, now }) {
    const r = await db.query('SELECT status, booking_id, offer_expires_at FROM waitlist_entries WHERE id = $1', [payload.entryId]);
    const entry = r.rows[0];
    if (!entry) {
      if (payload.sessionId !== undefined && !(await loadSession(db, payload.sessionId)))
        return skip('session_deleted', `session ${payload.sessionId} was deleted`);
      return skip('offer_no_longer_open', `waitlist entry ${payload.entryId} no longer exists`);
    }
    const expiresAt: Date | undefined = entry.offer_expires_at ? new Date(entry.offer_expires_at) : payload.expiresAt;
    if (entry.status !== 'offered' || (expiresAt && expiresAt <= now)) {
      return skip('offer_no_longer_open', `waitlist entry ${payload.entryId} is ${entry.status}`);
    }
    const booking = await loadBooking(db, entry.booking_id ?? payload.bookingId);
    const session = await loadSession(db, booking?.sessionId ?? payload.sessionId);
    if (!session) return skip('session_deleted', 'the offered session was deleted');
    return {
      send: {
        entryId: payload.entryId,
        childName: booking?.childName ?? payload.childName ?? null,
        expiresAt: expiresAt ?? now,
        session: viewOf(session),
      },
    };
  },
  render(v: { entryId: number; childName: string | null; expiresAt: Date; session: SessionView }, ctx) {
    const w = ctx.w.notifications.offer;
    return message(
      [
        `${bold(w.title)}${forChild(v.childName, ctx.w)}`,
        '',
        ...sessionBlock(v.session, ctx, true),
        '',
        e(w.holdUntil(dayAndTime(v.expiresAt, ctx.w, ctx.timeZone))),
      ],
      buttonRow(ctx, [w.take, 'oa', v.entryId], [w.decline, 'od', v.entryId]),
    );
  },
});
