import { z } from 'zod';
import { DISTRICTS } from '../../domain/xiamenPlaces.ts';
import { defineKind } from './defineKind.ts';
import { bold, buttonRow, dayAndTime, e, message } from './parts/render.ts';

interface View {
  date: string;
  district?: (typeof DISTRICTS)[number];
  partOfDay?: 'morning' | 'afternoon';
  opensAt: Date;
}

/**
 * "Remind me when booking opens" for a day beyond the sessions already published (more than the timetable window
 * ahead): at that day's opening the family hears it is open, with a button that looks for its places (the same
 * district and part of day they asked about). Queued by remindWhenDayOpens.
 */
export const dayOpens = defineKind({
  audience: 'parent',
  payload: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    district: z.enum(DISTRICTS).optional(),
    partOfDay: z.enum(['morning', 'afternoon']).optional(),
    opensAt: z.coerce.date(),
  }),
  async load({ payload }) {
    return { send: payload satisfies View };
  },
  render(v: View, ctx) {
    const w = ctx.w.notifications.dayOpens;
    const day = ctx.w.format.date(v.date);
    const where = [v.district ? ctx.w.format.district(v.district) : '', v.partOfDay ? ctx.w.format.partOfDay(v.partOfDay) : '']
      .filter(Boolean)
      .join(ctx.locale === 'en' ? ', ' : ' ');
    const lines = [bold(w.title), '', e(w.body(where ? `${day} ${where}` : day, dayAndTime(v.opensAt, ctx.w, ctx.timeZone)))];
    const compact = v.date.replaceAll('-', '');
    return message(
      lines,
      buttonRow(ctx, [w.look, 'sd', compact, v.district ?? '-', v.partOfDay === 'morning' ? 'am' : v.partOfDay === 'afternoon' ? 'pm' : '-']),
    );
  },
});
