import type { Queryable } from '../db/Queryable.ts';
import { addDays, localDateOf } from '../time/zonedTime.ts';
import type { OperatorDeps } from './OperatorDeps.ts';

/**
 * The sessions the timetable implies for [from, to] (local dates, inclusive):
 * weekly rows on their weekdays inside their validity, plus extra days, minus
 * closed days (point, district or city), at active points only.
 * The one decider for "which sessions should exist", used both to generate
 * them and to compare them with what exists when a timetable changes.
 * Parameters: $1 from, $2 to, $3 point ids (NULL = every point), $4 time zone.
 */
export const DESIRED_SESSIONS_SQL = `
  WITH days AS (SELECT g::date AS day FROM generate_series($1::date, $2::date, interval '1 day') AS g),
  pts AS (SELECT id, district FROM service_points WHERE active AND ($3::int[] IS NULL OR id = ANY($3::int[]))),
  wanted AS (
    SELECT t.point_id, d.day, t.start_time, t.end_time, t.kind, t.class_title, t.capacity,
           t.min_age_months, t.max_age_months, t.opens_days_ahead
      FROM session_templates t JOIN pts p ON p.id = t.point_id
      JOIN days d ON extract(isodow FROM d.day)::int = ANY (t.weekdays)
     WHERE (t.valid_from IS NULL OR d.day >= t.valid_from) AND (t.valid_until IS NULL OR d.day <= t.valid_until)
    UNION ALL
    SELECT e.point_id, e.day, e.start_time, e.end_time, e.session_kind, e.class_title, e.capacity,
           e.min_age_months, e.max_age_months, e.opens_days_ahead
      FROM timetable_exceptions e JOIN pts p ON p.id = e.point_id
     WHERE e.kind = 'extra' AND e.day BETWEEN $1::date AND $2::date
  )
  SELECT w.point_id, w.day, w.start_time, w.end_time, w.kind, w.class_title, w.capacity,
         w.min_age_months, w.max_age_months, w.opens_days_ahead,
         (w.day + w.start_time) AT TIME ZONE $4::text AS starts_at,
         (w.day + w.end_time) AT TIME ZONE $4::text AS ends_at
    FROM wanted w JOIN pts p ON p.id = w.point_id
   WHERE NOT EXISTS (
     SELECT 1 FROM timetable_exceptions c
      WHERE c.kind = 'closed' AND c.day = w.day
        AND (c.point_id = w.point_id OR c.district = p.district OR (c.point_id IS NULL AND c.district IS NULL)))`;

export interface GenerateResult {
  from: string;
  to: string;
  created: number;
}

/** Today and the last day of the horizon (HORIZON weeks counting today). */
export function horizonRange(deps: Pick<OperatorDeps, 'clock' | 'timeZone' | 'horizonWeeks'>, days?: number): { from: string; to: string } {
  const from = localDateOf(deps.clock.now(), deps.timeZone);
  return { from, to: addDays(from, (days ?? deps.horizonWeeks * 7) - 1) };
}

/**
 * Creates the sessions the timetable implies that do not exist yet, in one
 * statement. Idempotent: an existing slot (open, or closed by staff) is never
 * touched, so running it again creates nothing. Rows are numbered in point,
 * day and time order.
 */
export async function generateSessionsIn(
  db: Queryable,
  deps: Pick<OperatorDeps, 'timeZone'>,
  range: { from: string; to: string; pointIds?: number[] | null },
): Promise<GenerateResult> {
  const r = await db.query(
    `INSERT INTO sessions (point_id, starts_at, ends_at, kind, class_title, capacity, min_age_months, max_age_months, opens_days_ahead)
     SELECT point_id, starts_at, ends_at, kind, class_title, capacity, min_age_months, max_age_months, opens_days_ahead
       FROM (${DESIRED_SESSIONS_SQL}) x
      ORDER BY point_id, day, start_time, kind, class_title
     ON CONFLICT (point_id, starts_at, kind, (coalesce(class_title, ''))) DO NOTHING`,
    [range.from, range.to, range.pointIds ?? null, deps.timeZone],
  );
  return { from: range.from, to: range.to, created: r.rowCount ?? 0 };
}
