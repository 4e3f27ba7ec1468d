import { z } from 'zod';
import { CLASS_TITLES, SESSION_KINDS } from '../../domain/serviceKinds.ts';
import { localTimeOf } from '../../time/zonedTime.ts';
import { defineKind } from './defineKind.ts';
import { bold, e, message, named } from './parts/render.ts';

const pointDay = z.object({
  pointName: z.object({ zh: z.string(), en: z.string() }),
  sessions: z.array(
    z.object({
      startsAt: z.coerce.date(),
      endsAt: z.coerce.date(),
      kind: z.enum(SESSION_KINDS),
      classTitle: z.enum(CLASS_TITLES).nullish(),
      capacity: z.number().int(),
      confirmed: z.number().int(),
      held: z.number().int(),
      waiting: z.number().int(),
      cancelled: z.boolean(),
    }),
  ),
});
const payload = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), points: z.array(pointDay), generatedAt: z.string().optional() });
type View = z.output<typeof payload>;

/** The optional morning summary for the staff group: each point's sessions with counts (queued by scheduleStaffSummary). */
export const staffSummary = defineKind({
  audience: 'staff',
  payload,
  async load({ payload: p }) {
    return { send: p };
  },
  render(v: View, ctx) {
    const w = ctx.w.staff;
    const lines = [bold(w.summaryTitle(ctx.w.format.date(v.date)))];
    if (v.points.length === 0) lines.push('', e(w.summaryNone));
    for (const pt of v.points) {
      lines.push('', `📍 ${bold(named(pt.pointName, ctx.locale))}`);
      for (const s of pt.sessions) {
        const when = `${ctx.w.format.timeRange(localTimeOf(s.startsAt, ctx.timeZone), localTimeOf(s.endsAt, ctx.timeZone))} ${ctx.w.format.service(s.kind, s.classTitle)}`;
        const counts = s.cancelled ? w.summaryCancelled : w.summaryCounts(s.confirmed, s.capacity, s.held, s.waiting);
        lines.push(`• ${e(when)}: ${e(counts)}`);
      }
    }
    return message(lines);
  },
});
