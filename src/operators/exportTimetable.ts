import type { Queryable } from '../db/Queryable.ts';
import { localDateOf } from '../time/zonedTime.ts';
import { loadStoredTemplates } from './importTimetable.ts';
import { OperatorError } from './OperatorError.ts';
import type { TableFormat } from './readTable.ts';
import { WEEKDAY_CODES } from './rowReader.ts';
import { TIMETABLE_COLUMNS } from './timetableFile.ts';

type Row = Record<string, string>;

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const hhmm = (t: unknown) => String(t ?? '').slice(0, 5);
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * The timetable as a file `timetable:import` reads back unchanged: every
 * weekly row, and the closed days and extra sessions from today on.
 * `pointCodes` limits it to some points (their closed days include the
 * district- and city-wide ones that apply to them).
 */
export async function exportTimetable(db: Queryable, args: { format: TableFormat; pointCodes?: string[]; now: Date; timeZone: string }): Promise<string> {
  let pointIds: number[] | undefined;
  let districts: string[] | undefined;
  if (args.pointCodes?.length) {
    const r = await db.query<{ id: number; code: string; district: string }>('SELECT id, code, district FROM service_points WHERE code = ANY($1::text[])', [
      args.pointCodes,
    ]);
    const missing = args.pointCodes.filter((c) => !r.rows.some((p) => p.code === c));
    if (missing.length) throw new OperatorError('POINT_NOT_FOUND', { code: missing.join(', ') });
    pointIds = r.rows.map((p) => p.id);
    districts = [...new Set(r.rows.map((p) => p.district))];
  }
  const rows: Row[] = [];
  for (const t of await loadStoredTemplates(db, pointIds)) {
    rows.push({
      type: 'weekly',
      point: t.pointCode,
      weekdays: t.weekdays.map((d) => WEEKDAY_CODES[d]).join(','),
      start: t.start,
      end: t.end,
      kind: t.kind,
      class_title: text(t.classTitle),
      capacity: String(t.capacity),
      min_age_months: text(t.minAgeMonths),
      max_age_months: text(t.maxAgeMonths),
      booking_opens_days_ahead: text(t.opensDaysAhead),
      valid_from: text(t.validFrom),
      valid_until: text(t.validUntil),
    });
  }
  const today = localDateOf(args.now, args.timeZone);
  const ex = await db.query<Record<string, unknown>>(
    `SELECT e.kind, e.day::text AS day, p.code, e.district, e.reason, e.session_kind, e.class_title, e.start_time::text AS start_time,
            e.end_time::text AS end_time, e.capacity, e.min_age_months, e.max_age_months, e.opens_days_ahead
       FROM timetable_exceptions e LEFT JOIN service_points p ON p.id = e.point_id
      WHERE e.day >= $1::date
        AND ($2::int[] IS NULL OR e.point_id = ANY($2::int[]) OR (e.point_id IS NULL AND (e.district IS NULL OR e.district = ANY($3::text[]))))
      ORDER BY e.day, e.kind, p.code NULLS FIRST, e.start_time`,
    [today, pointIds ?? null, districts ?? null],
  );
  for (const e of ex.rows) {
    if (e.kind === 'closed') {
      rows.push({
        type: 'closed',
        point: e.code ? text(e.code) : e.district ? '' : '*',
        district: text(e.district),
        date: text(e.day),
        reason: text(e.reason),
      });
    } else {
      rows.push({
        type: 'extra',
        point: text(e.code),
        date: text(e.day),
        start: hhmm(e.start_time),
        end: hhmm(e.end_time),
        kind: text(e.session_kind),
        class_title: text(e.class_title),
        capacity: text(e.capacity),
        min_age_months: text(e.min_age_months),
        max_age_months: text(e.max_age_months),
        booking_opens_days_ahead: text(e.opens_days_ahead),
        reason: text(e.reason),
      });
    }
  }
  if (args.format === 'json') {
    const compact = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')));
    return `${JSON.stringify({ timetable: compact }, null, 2)}\n`;
  }
  const lines = [TIMETABLE_COLUMNS.join(','), ...rows.map((r) => TIMETABLE_COLUMNS.map((c) => csvCell(r[c] ?? '')).join(','))];
  return `${lines.join('\n')}\n`;
}
