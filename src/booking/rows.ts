import { localDateOf, localTimeOf } from '../time/zonedTime.ts';
import type { BookingView, PointSummary, SessionSummary, WaitlistOffer } from './types.ts';

/** Columns for a session with its point; alias sessions `s` and service_points `p`. */
export const SESSION_COLUMNS = `s.id AS session_id, s.starts_at, s.ends_at, s.kind, s.class_title, s.capacity, s.booked,
  s.status AS session_status, s.cancel_reason,
  p.id AS point_id, p.code AS point_code, p.name_zh AS point_name_zh, p.name_en AS point_name_en, p.district,
  p.address_zh, p.address_en, p.latitude, p.longitude, p.phone,
  coalesce(s.min_age_months, p.min_age_months) AS min_age_months, coalesce(s.max_age_months, p.max_age_months) AS max_age_months`;

/** Booking columns; alias bookings `b` and children `c`, plus SESSION_COLUMNS. */
export const BOOKING_COLUMNS = `b.id AS booking_id, b.ref_code, b.status, b.child_id, b.parent_id, b.late_cancel,
  b.hold_expires_at, b.cancelled_at, c.name AS child_name, c.birth_date::text AS birth_date, ${SESSION_COLUMNS}`;

export const BOOKING_FROM = `bookings b JOIN children c ON c.id = b.child_id JOIN sessions s ON s.id = b.session_id
  JOIN service_points p ON p.id = s.point_id`;

export type Row = Record<string, any>;

const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));

export function pointFromRow(r: Row): PointSummary {
  return {
    id: r.point_id,
    code: r.point_code,
    nameZh: r.point_name_zh,
    nameEn: r.point_name_en,
    district: r.district,
    addressZh: r.address_zh,
    addressEn: r.address_en,
    latitude: r.latitude,
    longitude: r.longitude,
    phone: r.phone,
  };
}

/**
 * The local date and 'HH:MM' of a session's instant, remembered: Intl formatting
 * costs tens of microseconds per call, every booking and search formats the same
 * few hundred session starts and ends, and the answer never changes.
 */
const localCache = new Map<string, { date: string; time: string }>();
function localOf(instant: Date, timeZone: string): { date: string; time: string } {
  const key = `${instant.getTime()}|${timeZone}`;
  let v = localCache.get(key);
  if (!v) {
    if (localCache.size >= 5000) localCache.clear();
    v = { date: localDateOf(instant, timeZone), time: localTimeOf(instant, timeZone) };
    localCache.set(key, v);
  }
  return v;
}

export function sessionFromRow(r: Row, timeZone: string): SessionSummary {
  const startsAt = new Date(r.starts_at);
  const endsAt = new Date(r.ends_at);
  const start = localOf(startsAt, timeZone);
  return {
    sessionId: r.session_id,
    point: pointFromRow(r),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    localDate: start.date,
    startTime: start.time,
    endTime: localOf(endsAt, timeZone).time,
    kind: r.kind,
    classTitle: r.class_title ?? null,
  };
}

export function bookingFromRow(r: Row, timeZone: string): BookingView {
  return {
    ...sessionFromRow(r, timeZone),
    id: r.booking_id,
    refCode: r.ref_code,
    status: r.status,
    childId: r.child_id,
    childName: r.child_name,
    parentId: Number(r.parent_id),
    lateCancel: r.late_cancel,
    holdExpiresAt: isoOrNull(r.hold_expires_at),
    cancelledAt: isoOrNull(r.cancelled_at),
    sessionStatus: r.session_status,
  };
}

export function offerFromRow(r: Row, timeZone: string): WaitlistOffer {
  return {
    ...sessionFromRow(r, timeZone),
    entryId: r.entry_id,
    bookingId: r.booking_id,
    refCode: r.ref_code,
    childId: r.child_id,
    childName: r.child_name,
    parentId: Number(r.parent_id),
    expiresAt: iso(r.offer_expires_at ?? r.hold_expires_at),
  };
}

/** The facts every session-related DomainError carries, so its words can name the session. */
export function sessionFacts(s: SessionSummary): Record<string, unknown> {
  return {
    sessionId: s.sessionId,
    localDate: s.localDate,
    startTime: s.startTime,
    endTime: s.endTime,
    pointNameZh: s.point.nameZh,
    pointNameEn: s.point.nameEn,
  };
}

/** Payload for outbox messages about a session: everything a message needs, in both languages. */
export function sessionPayload(s: SessionSummary): Record<string, unknown> {
  return {
    sessionId: s.sessionId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    localDate: s.localDate,
    startTime: s.startTime,
    endTime: s.endTime,
    kind: s.kind,
    classTitle: s.classTitle,
    pointId: s.point.id,
    pointNameZh: s.point.nameZh,
    pointNameEn: s.point.nameEn,
    addressZh: s.point.addressZh,
    addressEn: s.point.addressEn,
    phone: s.point.phone,
    latitude: s.point.latitude,
    longitude: s.point.longitude,
  };
}
