import type { Queryable } from '../db/Queryable.ts';
import type { Config } from '../config/config.ts';
import type { NotificationKind } from './enqueueNotification.ts';
import type { Bilingual, NotificationView, PointDaySummary, SessionSummary } from './NotificationView.ts';
import { SESSION_KINDS, CLASS_TITLES, type ClassTitle, type SessionKind } from '../domain/serviceKinds.ts';
import { addDays, localDateOf, zonedInstant } from '../time/zonedTime.ts';

/** Kinds sent to the staff group; every other kind goes to a parent's private chat. */
export const STAFF_KINDS: ReadonlySet<string> = new Set(['escalation_announce', 'escalation_update', 'staff_summary']);

export interface OutboxRowData {
  id: number;
  chatId: number;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  language: 'zh' | 'en' | null;
}

/** Stable reasons a queued message is not sent (stored in outbox.outcome). */
export type SkipOutcome =
  | 'parent_deleted'
  | 'no_chat'
  | 'booking_deleted'
  | 'booking_not_active'
  | 'session_deleted'
  | 'session_cancelled'
  | 'session_started'
  | 'offer_no_longer_open'
  | 'escalation_gone'
  | 'escalation_claimed'
  | 'bad_payload';

export type LoadResult =
  | { action: 'send'; view: NotificationView; language: 'zh' | 'en' }
  | { action: 'skip'; outcome: SkipOutcome; detail: string };

// ---- lenient payload access: producers may write camelCase or snake_case ----

type Obj = Record<string, unknown>;
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
function pick(p: Obj | undefined, key: string): unknown {
  if (!p || typeof p !== 'object') return undefined;
  return p[key] ?? p[snake(key)];
}
function num(p: Obj | undefined, key: string): number | undefined {
  const v = pick(p, key);
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
function str(p: Obj | undefined, key: string): string | undefined {
  const v = pick(p, key);
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}
function date(p: Obj | undefined, key: string): Date | undefined {
  const v = pick(p, key);
  if (v instanceof Date) return v;
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}
function obj(p: Obj | undefined, key: string): Obj | undefined {
  const v = pick(p, key);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}
function bilingual(p: Obj | undefined, key: string): Bilingual | undefined {
  const o = obj(p, key);
  const zh = str(o, 'zh') ?? str(p, `${key}Zh`);
  const en = str(o, 'en') ?? str(p, `${key}En`);
  if (!zh && !en) return typeof pick(p, key) === 'string' ? { zh: str(p, key)!, en: str(p, key)! } : undefined;
  return { zh: zh ?? en!, en: en ?? zh! };
}

/** A session snapshot written into a payload (used only when the database no longer has it). */
export function sessionFromPayload(p: Obj | undefined, timeZone: string): SessionSummary | undefined {
  if (!p) return undefined;
  const point = obj(p, 'point');
  // Either instants, or a local date with 'HH:MM' times (the booking service's alternatives).
  const localDay = str(p, 'localDate');
  const at = (key: string) => {
    const t = str(p, key);
    return localDay && t && /^\d{4}-\d{2}-\d{2}$/.test(localDay) && /^\d{2}:\d{2}$/.test(t) ? zonedInstant(localDay, t, timeZone) : undefined;
  };
  const startsAt = date(p, 'startsAt') ?? at('startTime');
  const endsAt = date(p, 'endsAt') ?? at('endTime') ?? startsAt;
  const pointName = bilingual(p, 'pointName') ?? bilingual(point, 'name');
  const kind = str(p, 'kind') as SessionKind | undefined;
  if (!startsAt || !endsAt || !pointName) return undefined;
  const classTitle = str(p, 'classTitle') as ClassTitle | undefined;
  return {
    sessionId: num(p, 'sessionId') ?? num(p, 'id') ?? 0,
    startsAt,
    endsAt,
    kind: kind && (SESSION_KINDS as readonly string[]).includes(kind) ? kind : 'half_day',
    classTitle: classTitle && (CLASS_TITLES as readonly string[]).includes(classTitle) ? classTitle : null,
    pointName,
    address: bilingual(p, 'address') ?? bilingual(point, 'address'),
    phone: str(p, 'phone') ?? str(point, 'phone'),
    placesLeft: num(p, 'placesLeft') ?? num(p, 'free'),
    distanceKm: num(p, 'distanceKm'),
  };
}

// ---- database reads ----

interface SessionRow extends SessionSummary {
  status: 'open' | 'cancelled';
  cancelReason: string | null;
  pointId: number;
  latitude: number;
  longitude: number;
}

const SESSION_SELECT = `
  SELECT s.id, s.starts_at, s.ends_at, s.kind, s.class_title, s.status, s.cancel_reason, s.capacity, s.booked,
         p.id AS point_id, p.name_zh, p.name_en, p.address_zh, p.address_en, p.phone, p.latitude, p.longitude
  FROM sessions s JOIN service_points p ON p.id = s.point_id`;

function toSession(r: Record<string, any>): SessionRow {
  return {
    sessionId: r.id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    kind: r.kind,
    classTitle: r.class_title,
    pointName: { zh: r.name_zh, en: r.name_en },
    address: { zh: r.address_zh, en: r.address_en },
    phone: r.phone,
    placesLeft: r.capacity - r.booked,
    status: r.status,
    cancelReason: r.cancel_reason,
    pointId: r.point_id,
    latitude: r.latitude,
    longitude: r.longitude,
  };
}

async function loadSession(db: Queryable, id: number | undefined): Promise<SessionRow | undefined> {
  if (id === undefined) return undefined;
  const r = await db.query(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
  return r.rows[0] ? toSession(r.rows[0]) : undefined;
}

interface BookingRow {
  id: number;
  refCode: string;
  status: string;
  sessionId: number;
  childName: string | null;
}

async function loadBooking(db: Queryable, id: number | undefined): Promise<BookingRow | undefined> {
  if (id === undefined) return undefined;
  const r = await db.query(
    `SELECT b.id, b.ref_code, b.status, b.session_id, c.name AS child_name
     FROM bookings b LEFT JOIN children c ON c.id = b.child_id WHERE b.id = $1`,
    [id],
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
  { now, timeZone, closesMinutesBefore, radiusKm = 8, limit = 3 }: { now: Date; timeZone: string; closesMinutesBefore: number; radiusKm?: number; limit?: number },
): Promise<SessionSummary[]> {
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
    .map(({ s, km }) => ({
      sessionId: s.sessionId, startsAt: s.startsAt, endsAt: s.endsAt, kind: s.kind, classTitle: s.classTitle,
      pointName: s.pointName, address: s.address, placesLeft: s.placesLeft, distanceKm: Math.round(km * 10) / 10,
    }));
}

function summary(s: SessionRow | undefined): SessionSummary | undefined {
  if (!s) return undefined;
  const { status: _s, cancelReason: _c, pointId: _p, latitude: _la, longitude: _lo, ...rest } = s;
  return rest;
}

const skip = (outcome: SkipOutcome, detail: string): LoadResult => ({ action: 'skip', outcome, detail });

/**
 * Decides, at send time, whether a queued message still makes sense and what
 * it says: the family may have deleted their data, the booking may have been
 * cancelled, the session deleted or started. Never throws for bad data in a
 * row (a malformed payload is a skip with a record, not a crash loop).
 */
export async function loadNotificationView(
  db: Queryable,
  row: OutboxRowData,
  { now, config }: { now: Date; config: Config },
): Promise<LoadResult> {
  const p = (row.payload && typeof row.payload === 'object' ? row.payload : {}) as Obj;
  let language: 'zh' | 'en' = row.language ?? 'zh';

  if (!STAFF_KINDS.has(row.kind)) {
    if (!Number.isSafeInteger(row.chatId) || row.chatId <= 0) return skip('no_chat', `chat id ${row.chatId} is not a private chat`);
    const parent = await db.query('SELECT language FROM parents WHERE id = $1', [row.chatId]);
    if (!parent.rows[0]) return skip('parent_deleted', 'the family deleted their data');
    // The family's current language wins: they may have switched since it was queued.
    language = parent.rows[0].language;
  }

  const bookingId = num(p, 'bookingId');
  const booking = await loadBooking(db, bookingId);
  const sessionId = booking?.sessionId ?? num(p, 'sessionId') ?? num(obj(p, 'session'), 'sessionId') ?? num(obj(p, 'session'), 'id');
  const session = await loadSession(db, sessionId);
  // Fresh from the database; else the copy the producer wrote (nested, or flat on the payload).
  const sessionView = summary(session) ?? sessionFromPayload(obj(p, 'session') ?? p, config.timeZone);
  const childName = booking?.childName ?? str(p, 'childName');
  const refCode = booking?.refCode ?? str(p, 'refCode');

  switch (row.kind) {
    case 'reminder': {
      if (!booking) {
        if (sessionId !== undefined && !session) return skip('session_deleted', `session ${sessionId} was deleted after the reminder was queued`);
        return skip('booking_deleted', `booking ${bookingId ?? '?'} no longer exists`);
      }
      if (booking.status !== 'confirmed') return skip('booking_not_active', `booking ${booking.id} is ${booking.status}`);
      if (!session) return skip('session_deleted', `session ${booking.sessionId} was deleted`);
      if (session.status !== 'open') return skip('session_cancelled', `session ${session.sessionId} is cancelled`);
      if (session.startsAt <= now) return skip('session_started', `session ${session.sessionId} already started`);
      return { action: 'send', language, view: { kind: 'reminder', bookingId: booking.id, refCode: booking.refCode, childName: childName ?? undefined, session: summary(session)! } };
    }
    case 'waitlist_offer': {
      const entryId = num(p, 'entryId');
      if (entryId === undefined) return skip('bad_payload', 'waitlist_offer without entryId');
      const e = await db.query('SELECT status, booking_id, offer_expires_at FROM waitlist_entries WHERE id = $1', [entryId]);
      const entry = e.rows[0];
      if (!entry) return sessionId !== undefined && !session ? skip('session_deleted', `session ${sessionId} was deleted`) : skip('offer_no_longer_open', `waitlist entry ${entryId} no longer exists`);
      if (entry.status !== 'offered' || (entry.offer_expires_at && entry.offer_expires_at <= now)) {
        return skip('offer_no_longer_open', `waitlist entry ${entryId} is ${entry.status}`);
      }
      const offerBooking = booking ?? (await loadBooking(db, entry.booking_id));
      const offerSession = session ?? (offerBooking ? await loadSession(db, offerBooking.sessionId) : undefined);
      if (!offerSession) return skip('session_deleted', `the offered session was deleted`);
      return {
        action: 'send',
        language,
        view: {
          kind: 'waitlist_offer',
          entryId,
          bookingId: offerBooking?.id ?? entry.booking_id,
          refCode: offerBooking?.refCode ?? refCode,
          childName: offerBooking?.childName ?? childName ?? undefined,
          expiresAt: entry.offer_expires_at ?? date(p, 'expiresAt'),
          session: summary(offerSession)!,
        },
      };
    }
    case 'offer_expired':
      return { action: 'send', language, view: { kind: 'offer_expired', childName: childName ?? undefined, session: sessionView, declined: pick(p, 'declined') === true } };
    case 'offer_taken':
      return { action: 'send', language, view: { kind: 'offer_taken', refCode, childName: childName ?? undefined, session: sessionView } };
    case 'session_closed': {
      if (!sessionView) return skip('session_deleted', `session ${sessionId ?? '?'} was deleted and the message carries no copy of it`);
      const queued = pick(p, 'alternatives');
      let alternatives: SessionSummary[];
      if (Array.isArray(queued)) {
        // The producer chose them (it knows the child's age); drop any closed
        // or filled since (a typhoon closes many sessions one after another).
        const parsed = queued.map((a) => sessionFromPayload(a as Obj, config.timeZone)).filter((a): a is SessionSummary => !!a && a.sessionId > 0);
        const still = parsed.length
          ? new Set(
              (await db.query<{ id: number }>(
                `SELECT id FROM sessions WHERE id = ANY($1::int[]) AND status = 'open' AND booked < capacity AND starts_at > $2`,
                [parsed.map((a) => a.sessionId), now],
              )).rows.map((r) => r.id),
            )
          : new Set<number>();
        alternatives = parsed.filter((a) => still.has(a.sessionId));
      } else {
        alternatives = session
          ? await findAlternatives(db, session, { now, timeZone: config.timeZone, closesMinutesBefore: config.booking.closesMinutesBefore })
          : [];
      }
      return {
        action: 'send',
        language,
        view: {
          kind: 'session_closed',
          reason: str(p, 'reason') ?? session?.cancelReason ?? undefined,
          childName: childName ?? undefined,
          refCode: pick(p, 'waitlisted') === true ? undefined : refCode,
          waitlisted: pick(p, 'waitlisted') === true,
          session: sessionView,
          alternatives,
        },
      };
    }
    case 'booking_cancelled_by_staff':
      return { action: 'send', language, view: { kind: 'booking_cancelled_by_staff', reason: str(p, 'reason'), childName: childName ?? undefined, refCode, session: sessionView } };
    case 'no_show_pause': {
      const r = await db.query('SELECT bookings_paused_until FROM parents WHERE id = $1', [row.chatId]);
      return { action: 'send', language, view: { kind: 'no_show_pause', pausedUntil: r.rows[0]?.bookings_paused_until ?? date(p, 'pausedUntil') ?? date(p, 'until'), noShows: num(p, 'noShows') ?? num(p, 'noShowCount') } };
    }
    case 'staff_reply': {
      const text = str(p, 'text');
      if (!text) return skip('bad_payload', 'staff_reply without text');
      return { action: 'send', language, view: { kind: 'staff_reply', text, staffName: str(p, 'staffName') } };
    }
    case 'escalation_announce': {
      const escalationId = num(p, 'escalationId');
      if (escalationId === undefined) return skip('bad_payload', 'escalation_announce without escalationId');
      const r = await db.query('SELECT reason, question, language, child_age_months, status, created_at FROM escalations WHERE id = $1', [escalationId]);
      const e = r.rows[0];
      if (!e || e.status === 'resolved') return skip('escalation_gone', `escalation ${escalationId} is ${e ? 'resolved' : 'deleted'}`);
      const reannounce = pick(p, 'reannounce') === true;
      if (reannounce && e.status !== 'open') return skip('escalation_claimed', `escalation ${escalationId} was claimed`);
      return {
        action: 'send',
        language,
        view: { kind: 'escalation_announce', escalationId, reason: e.reason, question: e.question, parentLanguage: e.language, childAgeMonths: e.child_age_months, openedAt: e.created_at, reannounce, now },
      };
    }
    case 'escalation_update': {
      const escalationId = num(p, 'escalationId') ?? 0;
      const text = str(p, 'text');
      if (!text) return skip('bad_payload', 'escalation_update without text');
      return { action: 'send', language, view: { kind: 'escalation_update', escalationId, text } };
    }
    case 'staff_summary': {
      const d = str(p, 'date');
      const points = pick(p, 'points');
      if (!d || !Array.isArray(points)) return skip('bad_payload', 'staff_summary without date or points');
      return { action: 'send', language, view: { kind: 'staff_summary', date: d, points: (points as Obj[]).map(pointDayFromPayload) } };
    }
    default:
      return skip('bad_payload', `unknown kind ${String(row.kind)}`);
  }
}

function pointDayFromPayload(p: Obj): PointDaySummary {
  const sessions = Array.isArray(p.sessions) ? (p.sessions as Obj[]) : [];
  return {
    pointName: bilingual(p, 'pointName') ?? { zh: '?', en: '?' },
    sessions: sessions.map((s) => ({
      startsAt: date(s, 'startsAt') ?? new Date(0),
      endsAt: date(s, 'endsAt') ?? new Date(0),
      kind: (str(s, 'kind') as SessionKind) ?? 'half_day',
      classTitle: (str(s, 'classTitle') as ClassTitle) ?? null,
      capacity: num(s, 'capacity') ?? 0,
      confirmed: num(s, 'confirmed') ?? 0,
      held: num(s, 'held') ?? 0,
      waiting: num(s, 'waiting') ?? 0,
      cancelled: pick(s, 'cancelled') === true,
    })),
  };
}
