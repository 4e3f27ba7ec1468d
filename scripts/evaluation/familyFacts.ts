import type { Db } from '../../src/db/database.ts';

/**
 * What the database says about one family, read before and after every turn:
 * the judge compares the two instead of trusting what the reply claims, so
 * it keeps working whatever the conversation code looks like inside.
 */
export interface PlaceFact {
  id: number;
  status: string;
  child: string;
  date: string;
  partOfDay: 'morning' | 'afternoon';
  kind: string;
  classTitle: string | null;
  district: string;
  point: string;
}

export interface FamilyFacts {
  bookings: PlaceFact[];
  waitlist: PlaceFact[];
  children: Array<{ id: number; name: string; birthDate: string }>;
  escalations: Array<{ id: number; reason: string }>;
}

const PLACE_COLUMNS = (tz: string) => `c.name AS child,
  to_char(s.starts_at AT TIME ZONE '${tz}', 'YYYY-MM-DD') AS date,
  CASE WHEN (s.starts_at AT TIME ZONE '${tz}')::time < time '12:00' THEN 'morning' ELSE 'afternoon' END AS part_of_day,
  s.kind, s.class_title, p.district, p.code AS point`;

function place(r: Record<string, any>): PlaceFact {
  return {
    id: Number(r.id),
    status: r.status,
    child: r.child,
    date: r.date,
    partOfDay: r.part_of_day,
    kind: r.kind,
    classTitle: r.class_title ?? null,
    district: r.district,
    point: r.point,
  };
}

export async function readFamilyFacts(pool: Db, parentId: number, timeZone: string): Promise<FamilyFacts> {
  if (!/^[A-Za-z_/+-]+$/.test(timeZone)) throw new Error(`unexpected time zone ${timeZone}`);
  const cols = PLACE_COLUMNS(timeZone);
  const b = await pool.query(
    `SELECT b.id, b.status, ${cols} FROM bookings b JOIN children c ON c.id = b.child_id
       JOIN sessions s ON s.id = b.session_id JOIN service_points p ON p.id = s.point_id
      WHERE b.parent_id = $1 ORDER BY b.id`,
    [parentId],
  );
  const w = await pool.query(
    `SELECT w.id, w.status, ${cols} FROM waitlist_entries w JOIN children c ON c.id = w.child_id
       JOIN sessions s ON s.id = w.session_id JOIN service_points p ON p.id = s.point_id
      WHERE w.parent_id = $1 ORDER BY w.id`,
    [parentId],
  );
  const c = await pool.query(`SELECT id, name, birth_date::text AS birth_date FROM children WHERE parent_id = $1 ORDER BY id`, [parentId]);
  const e = await pool.query(`SELECT id, reason FROM escalations WHERE parent_id = $1 ORDER BY id`, [parentId]);
  return {
    bookings: b.rows.map(place),
    waitlist: w.rows.map(place),
    children: c.rows.map((r: Record<string, any>) => ({ id: Number(r.id), name: r.name, birthDate: r.birth_date })),
    escalations: e.rows.map((r: Record<string, any>) => ({ id: Number(r.id), reason: r.reason })),
  };
}

/** What changed between two readings. */
export interface FactsDiff {
  /** New bookings holding a place (confirmed, or held for a waitlisted family). */
  booked: PlaceFact[];
  /** Bookings that became cancelled. */
  cancelled: PlaceFact[];
  /** New waitlist entries (waiting or offered). */
  waitlisted: PlaceFact[];
  registered: Array<{ id: number; name: string; birthDate: string }>;
  escalations: Array<{ id: number; reason: string }>;
}

export function diffFacts(before: FamilyFacts, after: FamilyFacts): FactsDiff {
  const oldBookings = new Map(before.bookings.map((b) => [b.id, b]));
  const oldWait = new Set(before.waitlist.map((w) => w.id));
  const oldChildren = new Set(before.children.map((c) => c.id));
  const oldEsc = new Set(before.escalations.map((e) => e.id));
  return {
    booked: after.bookings.filter((b) => !oldBookings.has(b.id) && (b.status === 'confirmed' || b.status === 'held')),
    cancelled: after.bookings.filter((b) => b.status === 'cancelled' && oldBookings.get(b.id)?.status !== 'cancelled'),
    waitlisted: after.waitlist.filter((w) => !oldWait.has(w.id) && (w.status === 'waiting' || w.status === 'offered')),
    registered: after.children.filter((c) => !oldChildren.has(c.id)),
    escalations: after.escalations.filter((e) => !oldEsc.has(e.id)),
  };
}
