import { z } from 'zod';
import type { Queryable } from '../../../db/Queryable.ts';
import { CLASS_TITLES, SESSION_KINDS, type ClassTitle, type SessionKind } from '../../../domain/serviceKinds.ts';
import { addDays, localDateOf, zonedInstant } from '../../../time/zonedTime.ts';

/** A session as a message shows it (fresh from the database, or the copy a producer queued). */
export interface SessionView {
  sessionId: number;
  startsAt: Date;
  endsAt: Date;
  kind: SessionKind;
  classTitle: ClassTitle | null;
  pointName: { zh: string; en: string };
  address?: { zh: string; en: string };
  phone?: string;
  placesLeft?: number;
  distanceKm?: number;
}

const text = z.string().nullish();
const id = z.number().int().positive();

/**
 * The copy of a session a producer writes into a payload (src/booking/rows.ts
 * sessionPayload): used only when the session is gone by the time the
 * message is sent (a family still learns what was cancelled).
 */
export const sessionSnapshot = {
  sessionId: id.optional(),
  startsAt: z.coerce.date().optional(),
  endsAt: z.coerce.date().optional(),
  localDate: text,
  startTime: text,
  endTime: text,
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).nullish(),
  pointId: id.optional(),
  pointNameZh: text,
  pointNameEn: text,
  addressZh: text,
  addressEn: text,
  phone: text,
  latitude: z.number().optional(),
  longitude: z.number().optional(),
};

const snapshotObject = z.object(sessionSnapshot);
export type SessionSnapshot = z.output<typeof snapshotObject>;

/** A nearby alternative a producer chose for a closed session (it knows the child's age). */
export const alternativeSnapshot = z.object({
  sessionId: id,
  pointNameZh: z.string(),
  pointNameEn: z.string(),
  addressZh: text,
  addressEn: text,
  localDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  kind: z.enum(SESSION_KINDS),
  classTitle: z.enum(CLASS_TITLES).nullish(),
  free: z.number().int().optional(),
  distanceKm: z.number().optional(),
  bookable: z.boolean().optional(),
});
export type AlternativeSnapshot = z.output<typeof alternativeSnapshot>;

/** The queued copy as a view; undefined when it lacks a time or a point. */
export function sessionFromSnapshot(p: SessionSnapshot, timeZone: string): SessionView | undefined {
  const at = (t: string | null | undefined) =>
    p.localDate && t && /^\d{4}-\d{2}-\d{2}$/.test(p.localDate) && /^\d{2}:\d{2}$/.test(t) ? zonedInstant(p.localDate, t, timeZone) : undefined;
  const startsAt = p.startsAt ?? at(p.startTime);
  const endsAt = p.endsAt ?? at(p.endTime) ?? startsAt;
  const zh = p.pointNameZh ?? p.pointNameEn;
  const en = p.pointNameEn ?? p.pointNameZh;
  if (!startsAt || !endsAt || !zh || !en) return undefined;
  return {
    sessionId: p.sessionId ?? 0,
    startsAt,
    endsAt,
    kind: p.kind ?? 'half_day',
    classTitle: p.classTitle ?? null,
    pointName: { zh, en },
    address: p.addressZh || p.addressEn ? { zh: p.addressZh ?? p.addressEn ?? '', en: p.addressEn ?? p.addressZh ?? '' } : undefined,
    phone: p.phone ?? undefined,
  };
}

export function alternativeView(a: AlternativeSnapshot, timeZone: string): SessionView {
  return {
    sessionId: a.sessionId,
    startsAt: zonedInstant(a.localDate, a.startTime, timeZone),
    endsAt: zonedInstant(a.localDate, a.endTime, timeZone),
    kind: a.kind,
    classTitle: a.classTitle ?? null,
    pointName: { zh: a.pointNameZh, en: a.pointNameEn },
    address: a.addressZh || a.addressEn ? { zh: a.addressZh ?? '', en: a.addressEn ?? '' } : undefined,
    placesLeft: a.free,
    distanceKm: a.distanceKm,
  };
}

/** A session row with what sending decisions need beyond the view. */
export interface SessionRow extends SessionView {
  status: 'open' | 'cancelled';
  cancelReason: string | null;
  capacity: number;
  booked: number;
  latitude: number;
  longitude: number;
}

const SESSION_SELECT = `
  SELECT s.id, s.starts_at, s.ends_at, s.kind, s.class_title, s.status, s.cancel_reason, s.capacity, s.booked,
         p.name_zh, p.name_en, p.address_zh, p.address_en, p.phone, p.latitude, p.longitude
  FROM sessions s JOIN service_points p ON p.id = s.point_id`;

function toSession(r: Record<string, any>): SessionRow {
  return {
    sessionId: r.id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    kind: r.kind,
    classTitle: r.class_title,
    pointName: { zh: r.name_zh, en: r.name_en },
    address: { zh: r.address_zh, en: r.address_en },
    phone: r.phone,
    placesLeft: r.capacity - r.booked,
    status: r.status,
    cancelReason: r.cancel_reason,
    capacity: r.capacity,
    booked: r.booked,
    latitude: r.latitude,
    longitude: r.longitude,
  };
}

export async function loadSession(db: Queryable, sessionId: number | undefined): Promise<SessionRow | undefined> {
  if (sessionId === undefined) return undefined;
  const r = await db.query(`${SESSION_SELECT} WHERE s.id = $1`, [sessionId]);
  return r.rows[0] ? toSession(r.rows[0]) : undefined;
}

/** The view part of a row (what a renderer may show). */
export function viewOf(s: SessionRow): SessionView {
  const { status: _s, cancelReason: _c, capacity: _cap, booked: _b, latitude: _la, longitude: _lo, ...view } = s;
  return view;
}

export interface BookingRow {
  id: number;
  refCode: string;
  status: string;
  sessionId: number;
  childName: string | null;
}

export async function loadBooking(db: Queryable, bookingId: number | undefined): Promise<BookingRow | undefined> {
  if (bookingId === undefined) return undefined;
  const r = await db.query(
    `SELECT b.id, b.ref_code, b.status, b.session_id, c.name AS child_name
       FROM bookings b LEFT JOIN children c ON c.id = b.child_id WHERE b.id = $1`,
    [bookingId],
  );
  const b = r.rows[0];
  return b ? { id: b.id, refCode: b.ref_code, status: b.status, sessionId: b.session_id, childName: b.child_name } : undefined;
}

function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

/**
 * Open sessions of the same kind with places, at other points within
 * `radiusKm`, from the closed session's day up to a week later: same day
 * first, then nearest. Computed when the message is sent, so a city-wide
 * closure (typhoon) never suggests another closed session.
 */
export async function findAlternatives(
  db: Queryable,
  closed: SessionRow,
  {
    now,
    timeZone,
    closesMinutesBefore,
    radiusKm = 8,
    limit = 3,
  }: { now: Date; timeZone: string; closesMinutesBefore: number; radiusKm?: number; limit?: number },
): Promise<SessionView[]> {
  const day = localDateOf(closed.startsAt, timeZone);
  const from = new Date(Math.max(zonedInstant(day, '00:00', timeZone).getTime(), now.getTime() + closesMinutesBefore * 60_000));
  const to = zonedInstant(addDays(day, 7), '00:00', timeZone);
  const r = await db.query(
    `${SESSION_SELECT}
     WHERE s.status = 'open' AND p.active AND s.booked < s.capacity AND s.kind = $1 AND s.id <> $2
       AND s.starts_at >= $3 AND s.starts_at < $4
     ORDER BY s.starts_at, s.id LIMIT 300`,
    [closed.kind, closed.sessionId, from, to],
  );
  return r.rows
    .map(toSession)
    .map((s) => ({ s, km: distanceKm(closed.latitude, closed.longitude, s.latitude, s.longitude) }))
    .filter(({ km }) => km <= radiusKm)
    .sort((a, b) => {
      const sameA = localDateOf(a.s.startsAt, timeZone) === day ? 0 : 1;
      const sameB = localDateOf(b.s.startsAt, timeZone) === day ? 0 : 1;
      return sameA - sameB || a.km - b.km || a.s.startsAt.getTime() - b.s.startsAt.getTime();
    })
    .slice(0, limit)
    .map(({ s, km }) => ({ ...viewOf(s), phone: undefined, distanceKm: Math.round(km * 10) / 10 }));
}
