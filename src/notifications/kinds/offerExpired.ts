import { z } from 'zod';
import { defineKind } from './defineKind.ts';
import { loadBooking, loadSession, sessionFromSnapshot, sessionSnapshot, viewOf, type SessionView } from './parts/sessions.ts';
import { bold, buttonRow, e, forChild, message, sessionBlock } from './parts/render.ts';

/** A held place the family did not take in time (or declined) went to the next family (queued by expireOffers). */
export const offerExpired = defineKind({
  audience: 'parent',
  payload: z.object({
    ...sessionSnapshot,
    entryId: z.number().int().positive().optional(),
    bookingId: z.number().int().positive().optional(),
    refCode: z.string().nullish(),
    childName: z.string().nullish(),
    declined: z.boolean().optional(),
  }),
  async load({ db, payload, config }) {
    const booking = await loadBooking(db, payload.bookingId);
    const session = await loadSession(db, booking?.sessionId ?? payload.sessionId);
    return {
      send: {
        declined: payload.declined === true,
        childName: booking?.childName ?? payload.childName ?? null,
        session: session ? viewOf(session) : sessionFromSnapshot(payload, config.timeZone),
      },
    };
  },
  render(v: { declined: boolean; childName: string | null; session?: SessionView }, ctx) {
    const w = ctx.w.notifications;
    const lines = [
      v.declined ? `${e(w.offerExpired.declined)}${forChild(v.childName, ctx.w)}` : `${bold(w.offerExpired.title)}${forChild(v.childName, ctx.w)}`,
    ];
    if (v.session) lines.push('', ...sessionBlock(v.session, ctx, false));
    if (!v.declined) lines.push('', e(w.offerExpired.body));
    return message(lines, buttonRow(ctx, [w.findAnother, 'sf']));
  },
});
