import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import {
  alternativeSnapshot,
  alternativeView,
  findAlternatives,
  loadBooking,
  loadSession,
  sessionFromSnapshot,
  sessionSnapshot,
  viewOf,
  type SessionView,
} from './parts/sessions.ts';
import { bold, buttonRow, e, forChild, message, named, reasonText, sessionBlock, slot } from './parts/render.ts';

interface View {
  reason?: string;
  childName: string | null;
  refCode?: string;
  waitlisted: boolean;
  session: SessionView;
  alternatives: SessionView[];
}

/**
 * A session the family booked or waited for was closed (staff, a typhoon, a
 * timetable change), with nearby alternatives (queued by the closure flow).
 */
export const sessionClosed = defineKind({
  audience: 'parent',
  payload: z.object({
    ...sessionSnapshot,
    reason: z.string().nullish(),
    bookingId: z.number().int().positive().optional(),
    entryId: z.number().int().positive().optional(),
    refCode: z.string().nullish(),
    childName: z.string().nullish(),
    waitlisted: z.boolean().optional(),
    alternatives: z.array(alternativeSnapshot).optional(),
  }),
  async load({ db, payload, now, config }) {
    const booking = await loadBooking(db, payload.bookingId);
    const session = await loadSession(db, booking?.sessionId ?? payload.sessionId);
    const view = session ? viewOf(session) : sessionFromSnapshot(payload, config.timeZone);
    if (!view) return skip('session_deleted', `session ${payload.sessionId ?? '?'} was deleted and the message carries no copy of it`);
    let alternatives: SessionView[];
    if (payload.alternatives) {
      // The producer chose them (it knows the child's age); drop any closed or
      // filled since (a typhoon closes many sessions one after another).
      const queued = payload.alternatives.map((a) => alternativeView(a, config.timeZone));
      const still = queued.length
        ? new Set(
            (
              await db.query<{ id: number }>(`SELECT id FROM sessions WHERE id = ANY($1::int[]) AND status = 'open' AND booked < capacity AND starts_at > $2`, [
                queued.map((a) => a.sessionId),
                now,
              ])
            ).rows.map((r) => r.id),
          )
        : new Set<number>();
      alternatives = queued.filter((a) => still.has(a.sessionId));
    } else {
      alternatives = session
        ? await findAlternatives(db, session, { now, timeZone: config.timeZone, closesMinutesBefore: config.booking.closesMinutesBefore })
        : [];
    }
    const waitlisted = payload.waitlisted === true;
    return {
      send: {
        reason: payload.reason ?? session?.cancelReason ?? undefined,
        childName: booking?.childName ?? payload.childName ?? null,
        refCode: waitlisted ? undefined : (booking?.refCode ?? payload.refCode ?? undefined),
        waitlisted,
        session: view,
        alternatives,
      } satisfies View,
    };
  },
  render(v: View, ctx) {
    const w = ctx.w.notifications;
    const why = reasonText(v.reason, ctx.w);
    const because = why ? w.closed.because(why) : '';
    const lines = [
      `${bold(w.closed.title)}${forChild(v.childName, ctx.w)}`,
      '',
      ...sessionBlock(v.session, ctx, false),
      '',
      e(v.waitlisted ? w.closed.waitlisted(because) : w.closed.booked(because, v.refCode ?? '')),
    ];
    if (v.alternatives.length) {
      lines.push('', e(w.closed.nearby));
      for (const a of v.alternatives) {
        const km = a.distanceKm !== undefined ? ` · ${ctx.w.format.distance(a.distanceKm)}` : '';
        lines.push(`• ${e(slot(a, ctx.w, ctx.timeZone))} ${e(named(a.pointName, ctx.locale))}${e(km)}`);
      }
    } else {
      lines.push('', e(w.closed.noneNearby));
    }
    const book = v.alternatives.map((a) =>
      buttonRow(ctx, [w.closed.book(`${slot(a, ctx.w, ctx.timeZone).split('–')[0]} ${named(a.pointName, ctx.locale)}`).slice(0, 60), 'b', a.sessionId]),
    );
    return message(lines, ...book, buttonRow(ctx, [w.findAnother, 'sf']));
  },
});
