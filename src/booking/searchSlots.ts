import type { Queryable } from '../db/Queryable.ts';
import { DomainError } from '../errors/DomainError.ts';
import { addDays, ageInMonths, daysBetween, localDateOf, zonedInstant } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { parseInput, searchQuery, type SearchQuery } from './input.ts';
import { bookingWindow } from './rules/checkBookingWindow.ts';
import { SESSION_COLUMNS, sessionFromRow, type Row } from './rows.ts';
import type { SlotResult } from './types.ts';

export const MAX_SEARCH_DAYS = 60;
export const DEFAULT_RADIUS_KM = 15;
const KM_PER_DEGREE_LAT = 111.045;
/** Radii tried before the full one for "near me" (most answers are found close by). */
const NEAR_RINGS_KM = [3];

/** Great-circle distance in km, computed in SQL so ordering and the radius filter happen in the database. */
const HAVERSINE = (lat: string, lng: string) =>
  `(2 * 6371 * asin(sqrt(power(sin(radians(p.latitude - ${lat}) / 2), 2)
     + cos(radians(${lat})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${lng}) / 2), 2))))`;

/**
 * Age in whole months on the session's local day, mirroring ageInMonths():
 * a month is complete on the same day-of-month, or on the month's last day.
 */
const AGE_ON_SESSION_DAY = (birth: string, day: string) =>
  `((extract(year from ${day})::int - extract(year from ${birth})::int) * 12
    + extract(month from ${day})::int - extract(month from ${birth})::int
    - CASE WHEN extract(day from ${day}) < extract(day from ${birth})
            AND extract(day from ${day}) < extract(day from (date_trunc('month', ${day}) + interval '1 month - 1 day'))
           THEN 1 ELSE 0 END)`;

/**
 * Open, future, bookable-looking sessions matching the query. Takes a
 * Queryable so it also runs inside a transaction (closure alternatives).
 */
export async function searchSlotsWith(db: Queryable, deps: Omit<BookingDeps, 'pool'>, raw: SearchQuery & { excludeSessionId?: number }): Promise<SlotResult[]> {
  const { excludeSessionId, ...rest } = raw;
  const q = parseInput(searchQuery, rest);
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw new DomainError('INVALID_INPUT', { field: 'to', reason: 'from_after_to' });
  if (span >= MAX_SEARCH_DAYS) throw new DomainError('INVALID_INPUT', { field: 'to', reason: 'range_too_long', maxDays: MAX_SEARCH_DAYS });
  const now = deps.clock.now();
  const tz = deps.timeZone;

  let birthDate: string | undefined;
  if (q.childId !== undefined) {
    const c = await db.query<{ birth_date: string; parent_id: number }>(
      'SELECT birth_date::text AS birth_date, parent_id FROM children WHERE id = $1',
      [q.childId],
    );
    const child = c.rows[0];
    if (!child || (q.parentId !== undefined && Number(child.parent_id) !== q.parentId)) {
      throw new DomainError('CHILD_NOT_FOUND', { childId: q.childId });
    }
    birthDate = child.birth_date;
  }

  const fromInstant = zonedInstant(q.from, '00:00', tz);
  const toInstant = zonedInstant(addDays(q.to, 1), '00:00', tz);
  const params: unknown[] = [new Date(Math.max(fromInstant.getTime(), now.getTime())), toInstant];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  let tzParam: string | undefined;
  const zone = () => (tzParam ??= `${p(tz)}::text`);
  const where = [
    `s.status = 'open'`,
    'p.active',
    's.starts_at > $1',
    's.starts_at < $2',
  ];
  if (!q.includeFull) where.push('s.booked < s.capacity');
  if (q.partOfDay === 'morning') where.push(`(s.starts_at AT TIME ZONE ${zone()})::time < time '12:00'`);
  if (q.partOfDay === 'afternoon') where.push(`(s.starts_at AT TIME ZONE ${zone()})::time >= time '12:00'`);
  if (q.district) where.push(`p.district = ${p(q.district)}`);
  if (q.kind) where.push(`s.kind = ${p(q.kind)}`);
  if (q.classTitle) where.push(`s.class_title = ${p(q.classTitle)}`);
  if (excludeSessionId !== undefined) where.push(`s.id <> ${p(excludeSessionId)}`);
  if (q.childAgeMonths !== undefined) {
    const a = p(q.childAgeMonths);
    where.push(`p.min_age_months <= ${a} AND p.max_age_months >= ${a}`);
  }
  if (birthDate !== undefined) {
    const b = `${p(birthDate)}::date`;
    const age = AGE_ON_SESSION_DAY(b, `(s.starts_at AT TIME ZONE ${zone()})::date`);
    where.push(`${age} BETWEEN p.min_age_months AND p.max_age_months`);
  }

  const limit = q.limit ?? 10;
  const offset = q.offset ?? 0;
  const run = async (radius: number | undefined) => {
    const params2 = [...params];
    const p2 = (v: unknown) => {
      params2.push(v);
      return `$${params2.length}`;
    };
    const w = [...where];
    let distance = 'NULL::double precision';
    if (q.near && radius !== undefined) {
      const dLat = radius / KM_PER_DEGREE_LAT;
      const cosLat = Math.max(Math.cos((q.near.latitude * Math.PI) / 180), 0.01);
      const dLng = Math.min(radius / (KM_PER_DEGREE_LAT * cosLat), 180);
      // Bounding box first (index on latitude, longitude), exact distance after.
      w.push(`p.latitude BETWEEN ${p2(q.near.latitude - dLat)} AND ${p2(q.near.latitude + dLat)}`);
      w.push(`p.longitude BETWEEN ${p2(q.near.longitude - dLng)} AND ${p2(q.near.longitude + dLng)}`);
      distance = HAVERSINE(`${p2(q.near.latitude)}::double precision`, `${p2(q.near.longitude)}::double precision`);
      w.push(`${distance} <= ${p2(radius)}`);
    }
    const order = q.near ? 'distance_km, s.starts_at, s.id' : 's.starts_at, (s.capacity - s.booked) DESC, s.id';
    const sql = `SELECT ${SESSION_COLUMNS}, ${distance} AS distance_km
      FROM sessions s JOIN service_points p ON p.id = s.point_id
      WHERE ${w.join(' AND ')}
      ORDER BY ${order}
      LIMIT ${p2(limit)} OFFSET ${p2(offset)}`;
    return (await db.query<Row>(sql, params2)).rows;
  };

  let rows: Row[];
  if (q.near) {
    // Nearest first is exact with a growing radius: if the small circle already
    // holds limit+offset sessions, nothing outside it can rank before them.
    const radius = q.radiusKm ?? DEFAULT_RADIUS_KM;
    rows = [];
    for (const ring of [...NEAR_RINGS_KM.filter((r) => r < radius), radius]) {
      rows = await run(ring);
      if (rows.length >= limit) break;
    }
  } else {
    rows = await run(undefined);
  }
  const r = { rows };

  return r.rows.map((row) => {
    const summary = sessionFromRow(row, tz);
    const startsAt = new Date(row.starts_at);
    const window = bookingWindow(startsAt, tz, deps.rules);
    const free = row.capacity - row.booked;
    let ageFits = true;
    if (q.childAgeMonths !== undefined) ageFits = q.childAgeMonths >= row.min_age_months && q.childAgeMonths <= row.max_age_months;
    if (birthDate !== undefined) {
      const age = ageInMonths(birthDate, localDateOf(startsAt, tz));
      ageFits = age >= row.min_age_months && age <= row.max_age_months;
    }
    const slot: SlotResult = {
      ...summary,
      capacity: row.capacity,
      free,
      minAgeMonths: row.min_age_months,
      maxAgeMonths: row.max_age_months,
      bookable: free > 0 && ageFits && now >= window.opensAt && now < window.closesAt,
      bookingOpensAt: window.opensAt.toISOString(),
      bookingClosesAt: window.closesAt.toISOString(),
    };
    if (q.near) slot.distanceKm = Math.round(row.distance_km * 100) / 100;
    return slot;
  });
}
