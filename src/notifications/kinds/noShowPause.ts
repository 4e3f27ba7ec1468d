import { z } from 'zod';
import { localDateOf } from '../../time/zonedTime.ts';
import { defineKind } from './defineKind.ts';
import { buttonRow, e, message } from './parts/render.ts';

interface View {
  pausedUntil?: Date;
  noShows?: number;
}

/** New bookings are paused after repeated no-shows (queued by markAttendance). */
export const noShowPause = defineKind({
  audience: 'parent',
  payload: z.object({
    until: z.coerce.date().optional(),
    untilDate: z.string().optional(),
    noShows: z.number().int().optional(),
    limit: z.number().int().optional(),
    windowDays: z.number().int().optional(),
    lastRefCode: z.string().nullish(),
    childName: z.string().nullish(),
  }),
  async load({ db, payload, chatId }) {
    const r = await db.query('SELECT bookings_paused_until FROM parents WHERE id = $1', [chatId]);
    const stored = r.rows[0]?.bookings_paused_until;
    return { send: { pausedUntil: stored ? new Date(stored) : payload.until, noShows: payload.noShows } satisfies View };
  },
  render(v: View, ctx) {
    const w = ctx.w.notifications.noShowPause;
    const until = v.pausedUntil ? ctx.w.format.date(localDateOf(v.pausedUntil, ctx.timeZone)) : undefined;
    return message([e(w.body(w.times(v.noShows), until))], buttonRow(ctx, [w.talk, 'hu']));
  },
});
