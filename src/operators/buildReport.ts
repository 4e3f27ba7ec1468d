import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import { addDays, daysBetween, localDateOf, localTimeOf, zonedInstant } from '../time/zonedTime.ts';

export type PartOfDay = 'morning' | 'afternoon';

/** The figures reported for a group of sessions. */
export interface UsageFigures {
  sessions: number;
  closedSessions: number;
  /** Places in open sessions. */
  capacity: number;
  /** Places taken (held, confirmed, attended, no-show). */
  booked: number;
  attended: number;
  noShows: number;
  lateCancellations: number;
  waitlistJoins: number;
  offersTaken: number;
  offersExpired: number;
  /** Waitlisted families still waiting when the session started: demand never served. */
  waitlistNeverServed: number;
}

export interface SlotRow extends UsageFigures {
  pointCode: string;
  pointNameZh: string;
  pointNameEn: string;
  district: District;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  partOfDay: PartOfDay;
}

/** Searches that found no free place, per district (null: anywhere), wanted day and part of day. */
export interface UnmetRow {
  district: District | null;
  date: string;
  partOfDay: PartOfDay | 'any';
  searches: number;
}

export interface WeekRow extends UsageFigures {
  /** Monday of the ISO week. */
  weekStart: string;
  unmetSearches: number;
}

export interface UsageReport {
  from: string;
  to: string;
  /** Local date and time of the service zone, e.g. '2026-11-30 09:00 (Asia/Shanghai)'. */
  generatedAt: string;
  /** null: every point; else the point codes reported. */
  pointCodes: string[] | null;
  totals: UsageFigures & { unmetSearches: number };
  slots: SlotRow[];
  unmet: UnmetRow[];
  weeks: WeekRow[];
}

export const MAX_REPORT_DAYS = 366;

const FIGURES = `
  count(*) FILTER (WHERE s.status = 'open')::int AS sessions,
  count(*) FILTER (WHERE s.status = 'cancelled')::int AS closed_sessions,
  coalesce(sum(s.capacity) FILTER (WHERE s.status = 'open'), 0)::int AS capacity,
  coalesce(sum(b.booked), 0)::int AS booked,
  coalesce(sum(b.attended), 0)::int AS attended,
  coalesce(sum(b.no_shows), 0)::int AS no_shows,
  coalesce(sum(b.late_cancels), 0)::int AS late_cancellations,
  coalesce(sum(w.joins), 0)::int AS waitlist_joins,
  coalesce(sum(w.taken), 0)::int AS offers_taken,
  coalesce(sum(w.expired), 0)::int AS offers_expired,
  coalesce(sum(w.never_served), 0)::int AS waitlist_never_served`;

/** $1 from instant, $2 to instant, $3 zone, $4 point ids (NULL = all), $5 now. */
const RANGE = 's.starts_at >= $1 AND s.starts_at < $2 AND ($4::int[] IS NULL OR s.point_id = ANY($4::int[]))';

/**
 * One pass over the range's sessions with their bookings and waitlist
 * figures, grouped two ways at once (GROUPING SETS): point × weekday × part
 * of day, and ISO week. Each session's local time is computed once.
 */
const USAGE_SQL = `
  WITH b AS (
    SELECT b.session_id,
           count(*) FILTER (WHERE b.status IN ('held','confirmed','attended','no_show')) AS booked,
           count(*) FILTER (WHERE b.status = 'attended') AS attended,
           count(*) FILTER (WHERE b.status = 'no_show') AS no_shows,
           count(*) FILTER (WHERE b.status = 'cancelled' AND b.late_cancel) AS late_cancels
      FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE ${RANGE} GROUP BY b.session_id
  ),
  w AS (
    SELECT w.session_id, count(*) AS joins,
           count(*) FILTER (WHERE w.status = 'accepted') AS taken,
           count(*) FILTER (WHERE w.status = 'expired') AS expired,
           count(*) FILTER (WHERE w.status = 'waiting' AND w.offered_at IS NULL AND s.starts_at <= $5) AS never_served
      FROM waitlist_entries w JOIN sessions s ON s.id = w.session_id WHERE ${RANGE} GROUP BY w.session_id
  )
  SELECT GROUPING(s.point_id) AS by_week, s.point_id, l.weekday, l.morning, l.week::text AS week_start, ${FIGURES}
    FROM sessions s
    CROSS JOIN LATERAL (
      SELECT extract(isodow FROM t)::int AS weekday, t::time < time '12:00' AS morning, date_trunc('week', t)::date AS week
        FROM (SELECT s.starts_at AT TIME ZONE $3::text AS t) x
    ) l
    LEFT JOIN b ON b.session_id = s.id LEFT JOIN w ON w.session_id = s.id
   WHERE ${RANGE}
   GROUP BY GROUPING SETS ((s.point_id, l.weekday, l.morning), (l.week))`;

type Row = Record<string, any>;

function figures(r: Row): UsageFigures {
  return {
    sessions: r.sessions,
    closedSessions: r.closed_sessions,
    capacity: r.capacity,
    booked: r.booked,
    attended: r.attended,
    noShows: r.no_shows,
    lateCancellations: r.late_cancellations,
    waitlistJoins: r.waitlist_joins,
    offersTaken: r.offers_taken,
    offersExpired: r.offers_expired,
    waitlistNeverServed: r.waitlist_never_served,
  };
}

const isoDate = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : (v as Date).toISOString().slice(0, 10));

/**
 * Usage for [from, to] (local dates, inclusive): per point × weekday × part of
 * day, per ISO week, and the unmet demand (searches with no free place) per
 * district × day × part of day. `pointIds` limits it to a staff member's
 * points (and the unmet demand to their districts); null = everything.
 */
export async function buildReport(pool: Db, args: { from: string; to: string; timeZone: string; now: Date; pointIds: number[] | null }): Promise<UsageReport> {
  const { from, to, timeZone, now, pointIds } = args;
  const params = [zonedInstant(from, '00:00', timeZone), zonedInstant(addDays(to, 1), '00:00', timeZone), timeZone, pointIds, now];
  const usage = await withTransaction(pool, async (client) => {
    // A report groups tens of thousands of rows: room to hash them in memory, and no JIT
    // compilation (it cost more than the query on 1,000 points × 8 weeks).
    await client.query(`SET LOCAL work_mem = '64MB'`);
    await client.query('SET LOCAL jit = off');
    return (await client.query<Row>(USAGE_SQL, params)).rows;
  });
  const points = new Map(
    (
      await pool.query<Row>('SELECT id, code, name_zh, name_en, district FROM service_points WHERE $1::int[] IS NULL OR id = ANY($1::int[])', [pointIds])
    ).rows.map((p) => [p.id as number, p]),
  );
  const slotRows = usage
    .filter((r) => !r.by_week)
    .map((r): SlotRow => {
      const p = points.get(r.point_id)!;
      return {
        pointCode: p.code,
        pointNameZh: p.name_zh,
        pointNameEn: p.name_en,
        district: p.district,
        weekday: r.weekday,
        partOfDay: r.morning ? 'morning' : 'afternoon',
        ...figures(r),
      };
    })
    .sort(
      (a, b) => a.pointCode.localeCompare(b.pointCode) || a.weekday - b.weekday || (a.partOfDay === 'morning' ? -1 : 1) - (b.partOfDay === 'morning' ? -1 : 1),
    );
  const weekly = usage.filter((r) => r.by_week);
  // Staff see the unmet demand of the districts their points serve.
  const districts = pointIds === null ? null : [...new Set([...points.values()].map((p) => p.district as string))];
  const unmet = await pool.query<Row>(
    `SELECT u.district, d::date::text AS day, u.part_of_day, count(*)::int AS searches
       FROM unmet_searches u
       CROSS JOIN LATERAL generate_series(greatest(u.wanted_from, $1::date), least(u.wanted_to, $2::date), interval '1 day') AS d
      WHERE u.wanted_to >= $1::date AND u.wanted_from <= $2::date AND ($3::text[] IS NULL OR u.district = ANY($3::text[]))
      GROUP BY 1, 2, 3
      ORDER BY 2, 1 NULLS LAST, 3 DESC`,
    [from, to, districts],
  );
  const unmetRows: UnmetRow[] = unmet.rows.map((r) => ({ district: r.district, date: isoDate(r.day), partOfDay: r.part_of_day, searches: r.searches }));
  const unmetByWeek = new Map<string, number>();
  for (const u of unmetRows) {
    const wd = (new Date(`${u.date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const week = addDays(u.date, -wd);
    unmetByWeek.set(week, (unmetByWeek.get(week) ?? 0) + u.searches);
  }
  const weeks: WeekRow[] = weekly.map((r) => ({ weekStart: isoDate(r.week_start), ...figures(r), unmetSearches: unmetByWeek.get(isoDate(r.week_start)) ?? 0 }));
  for (const [week, n] of unmetByWeek) {
    if (!weeks.some((w) => w.weekStart === week)) {
      weeks.push({
        weekStart: week,
        ...figures({
          sessions: 0,
          closed_sessions: 0,
          capacity: 0,
          booked: 0,
          attended: 0,
          no_shows: 0,
          late_cancellations: 0,
          waitlist_joins: 0,
          offers_taken: 0,
          offers_expired: 0,
          waitlist_never_served: 0,
        }),
        unmetSearches: n,
      });
    }
  }
  weeks.sort((a, b) => a.weekStart.localeCompare(b.weekStart));

  const sum = (k: keyof UsageFigures) => weeks.reduce((n, w) => n + w[k], 0);
  const keys: (keyof UsageFigures)[] = [
    'sessions',
    'closedSessions',
    'capacity',
    'booked',
    'attended',
    'noShows',
    'lateCancellations',
    'waitlistJoins',
    'offersTaken',
    'offersExpired',
    'waitlistNeverServed',
  ];
  const totals = Object.fromEntries(keys.map((k) => [k, sum(k)])) as unknown as UsageFigures;
  const pointCodes = pointIds === null ? null : [...points.values()].map((p) => p.code as string).sort();
  return {
    from,
    to,
    generatedAt: `${localDateOf(now, timeZone)} ${localTimeOf(now, timeZone)} (${timeZone})`,
    pointCodes,
    totals: { ...totals, unmetSearches: unmetRows.reduce((n, u) => n + u.searches, 0) },
    slots: slotRows,
    unmet: unmetRows,
    weeks,
  };
}

/** The range must be real dates, in order, and at most a year. */
export function reportRangeProblem(from: string, to: string): 'from_after_to' | 'range_too_long' | null {
  const span = daysBetween(from, to);
  if (span < 0) return 'from_after_to';
  if (span >= MAX_REPORT_DAYS) return 'range_too_long';
  return null;
}
