import type { Queryable } from '../db/Queryable.ts';
import { DomainError } from '../errors/DomainError.ts';
import { addDays, daysBetween, zonedInstant } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { parseInput, searchQuery, type SearchQuery } from './input.ts';
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
  // A removed child (097_child_removal) is no longer the family's: their age never chooses the sessions shown.
  if (q.childId !== undefined) {
    const c = await db.query<{ birth_date: string; parent_id: number }>(
      'SELECT birth_date::text AS birth_date, parent_id FROM children WHERE id = $1 AND removed_at IS NULL',
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
  const where = [`s.status = 'open'`, 'p.active', 's.starts_at > $1', 's.starts_at < $2'];
  if (!q.includeFull) where.push('s.booked < s.capacity');
  if (q.partOfDay === 'morning') where.push(`(s.starts_at AT TIME ZONE ${zone()})::time < time '12:00'`);
  if (q.partOfDay === 'afternoon') where.push(`(s.starts_at AT TIME ZONE ${zone()})::time >= time '12:00'`);
  if (q.district) where.push(`p.district = ${p(q.district)}`);
  if (q.kind) where.push(`s.kind = ${p(q.kind)}`);
  if (q.classTitle) where.push(`s.class_title = ${p(q.classTitle)}`);
  if (excludeSessionId !== undefined) where.push(`s.id <> ${p(excludeSessionId)}`);
  if (q.childAgeMonths !== undefined) {
    const a = p(q.childAgeMonths);
    // [min, max): the band booking_refusal() applies (migration 098).
    where.push(`coalesce(s.min_age_months, p.min_age_months) <= ${a} AND coalesce(s.max_age_months, p.max_age_months) > ${a}`);
  }
  if (birthDate !== undefined) {
    // The child's age on the session's day, by the same function booking decides with.
    const age = `child_age_months(${p(birthDate)}::date, (s.starts_at AT TIME ZONE ${zone()})::date)`;
    where.push(`${age} >= coalesce(s.min_age_months, p.min_age_months) AND ${age} < coalesce(s.max_age_months, p.max_age_months)`);
  }
  // When booking opens and closes, by the functions book_session() decides with, so
  // what a parent is told here ("booking opens on …") is what booking will do.
  // A session's own window (its timetable row) wins over the configured one, as in booking_refusal().
  const opensAt = `booking_opens_at(s.starts_at, coalesce(s.opens_days_ahead, ${p(deps.rules.opensDaysAhead)}::int), ${zone()})`;
  const closesAt = `booking_closes_at(s.starts_at, ${p(deps.rules.closesMinutesBefore)}::int)`;
  const at = `${p(now)}::timestamptz`;
  const windowColumns = `${opensAt} AS booking_opens_at, ${closesAt} AS booking_closes_at,
    (${at} >= ${opensAt} AND ${at} < ${closesAt}) AS in_window`;

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
    const sql = `SELECT ${SESSION_COLUMNS}, ${windowColumns}, ${distance} AS distance_km
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
    const free = row.capacity - row.booked;
    const slot: SlotResult = {
      ...summary,
      capacity: row.capacity,
      free,
      minAgeMonths: row.min_age_months,
      maxAgeMonths: row.max_age_months,
      // The age range (of the child or the age given) is already a condition of the query.
      bookable: free > 0 && row.in_window,
      bookingOpensAt: new Date(row.booking_opens_at).toISOString(),
      bookingClosesAt: new Date(row.booking_closes_at).toISOString(),
    };
    if (q.near) slot.distanceKm = Math.round(row.distance_km * 100) / 100;
    return slot;
  });
}
