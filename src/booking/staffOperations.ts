import type pg from 'pg';
import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { enqueueNotification } from '../notifications/enqueueNotification.ts';
import { addDays, localDateOf, zonedInstant } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { localDate, parseInput, refCode, rowId, userId } from './input.ts';
import { searchSlotsWith } from './searchSlots.ts';
import { ageFitsBand } from './serviceAge.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, SESSION_COLUMNS, sessionFacts, sessionFromRow, sessionPayload, type Row } from './rows.ts';
import { recordAudit, type Actor } from '../operators/auditLog.ts';
import { loadStaff, requirePointAccess, requireStaff, scopeOf, scopePointIds } from './staffAccess.ts';
import type { BookingView, RosterSession, StaffMember } from './types.ts';

/** The audit actor for a staff member acting through the bot. */
export function staffActor(staff: StaffMember): Actor {
  return { kind: 'staff', staffId: staff.id, telegramUserId: staff.telegramUserId, name: staff.name };
}

export interface CloseSessionResult {
  sessionId: number;
  alreadyClosed: boolean;
  /** Families whose booking was cancelled (each was told, with alternatives; waitlisted families are told too). */
  affectedFamilies: number;
  cancelledBookings: number;
  waitlistCancelled: number;
}

export interface AttendanceResult {
  booking: BookingView;
  /** Set when this no-show made the family reach the limit. */
  pausedUntil?: string;
}

const ALTERNATIVES_RADIUS_KM = 10;

export function staffOperations(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;

  return {
    async getStaff(telegramUserId: number): Promise<StaffMember | null> {
      const id = parseInput(userId, telegramUserId);
      return loadStaff(pool, id);
    },

    /** A day's sessions with their bookings: point staff see their point; admins all points (or `pointId`). */
    async roster(staffUserId: number, date: string, pointId?: number): Promise<RosterSession[]> {
      const sid = parseInput(userId, staffUserId);
      const day = parseInput(z.object({ date: localDate }), { date }).date;
      const pid = pointId === undefined ? undefined : parseInput(rowId, pointId);
      const staff = await requireStaff(pool, sid);
      if (pid !== undefined) requirePointAccess(staff, pid);
      const points = pid !== undefined ? [pid] : scopePointIds(scopeOf(staff));
      const s = await pool.query<Row>(
        `SELECT ${SESSION_COLUMNS},
           (SELECT count(*)::int FROM waitlist_entries w WHERE w.session_id = s.id AND w.status = 'waiting') AS waiting
           FROM sessions s JOIN service_points p ON p.id = s.point_id
          WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ($3::int[] IS NULL OR s.point_id = ANY($3::int[]))
          ORDER BY p.code, s.starts_at, s.id`,
        [zonedInstant(day, '00:00', timeZone), zonedInstant(addDays(day, 1), '00:00', timeZone), points],
      );
      if (!s.rows.length) return [];
      const b = await pool.query<Row>(
        `SELECT b.id, b.session_id, b.ref_code, b.status, b.parent_id, c.name, child_age_months(c.birth_date, $2::date) AS age_months
           FROM bookings b JOIN children c ON c.id = b.child_id
          WHERE b.session_id = ANY($1::int[]) AND b.status IN ('held','confirmed','attended','no_show')
          ORDER BY c.name, b.id`,
        [s.rows.map((r) => r.session_id), day],
      );
      return s.rows.map((r) => ({
        ...sessionFromRow(r, timeZone),
        capacity: r.capacity,
        booked: r.booked,
        status: r.session_status,
        cancelReason: r.cancel_reason,
        waiting: r.waiting,
        bookings: b.rows
          .filter((x) => x.session_id === r.session_id)
          .map((x) => ({
            bookingId: x.id,
            refCode: x.ref_code,
            childName: x.name,
            ageMonths: x.age_months,
            parentId: Number(x.parent_id),
            status: x.status,
          })),
      }));
    },

    /** Attended / no-show, once the session has started. A no-show that reaches the limit pauses the family and tells them. */
    async markAttendance(staffUserId: number, bookingRef: string, status: 'attended' | 'no_show'): Promise<AttendanceResult> {
      const a = parseInput(z.object({ staffUserId: userId, bookingRef: refCode, status: z.enum(['attended', 'no_show']) }), {
        staffUserId,
        bookingRef,
        status,
      });
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const staff = await requireStaff(client, a.staffUserId);
        const r = await client.query<Row>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.ref_code = $1 FOR UPDATE OF b`, [a.bookingRef]);
        const row = r.rows[0];
        if (!row) throw new DomainError('BOOKING_NOT_FOUND');
        requirePointAccess(staff, row.point_id);
        const view = bookingFromRow(row, timeZone);
        if (new Date(row.starts_at) > now) throw new DomainError('SESSION_NOT_STARTED', sessionFacts(view));
        if (!['confirmed', 'attended', 'no_show'].includes(row.status)) {
          throw new DomainError('BOOKING_NOT_ACTIVE', { refCode: row.ref_code, status: row.status });
        }
        await client.query('UPDATE bookings SET status = $2, updated_at = $3 WHERE id = $1', [row.booking_id, a.status, now]);
        await recordAudit(client, now, staffActor(staff), {
          action: 'attendance.mark',
          targetType: 'booking',
          targetId: row.ref_code,
          pointId: row.point_id,
          details: { sessionId: row.session_id, from: row.status, to: a.status },
        });
        const booking: BookingView = { ...view, status: a.status };

        const parentId = Number(row.parent_id);
        // The pause the family's no-shows imply, by the same definition the booking decider uses.
        const ns = await client.query<{ no_shows: number; pause_until: Date | null }>('SELECT no_shows, pause_until FROM no_show_pause($1, $2, $3, $4, $5)', [
          parentId,
          now,
          deps.rules.noShowLimit,
          deps.rules.noShowWindowDays,
          deps.rules.noShowPauseDays,
        ]);
        const implied = ns.rows[0]?.pause_until ? new Date(ns.rows[0].pause_until) : null;
        const pause = implied && implied > now ? implied : null;
        const par = await client.query<Row>('SELECT language, bookings_paused_until FROM parents WHERE id = $1 FOR UPDATE', [parentId]);
        const stored: Date | null = par.rows[0]?.bookings_paused_until ? new Date(par.rows[0].bookings_paused_until) : null;
        if (a.status === 'no_show' && pause && (!stored || stored < pause)) {
          await client.query('UPDATE parents SET bookings_paused_until = $2, updated_at = $3 WHERE id = $1', [parentId, pause, now]);
          const untilDate = localDateOf(pause, timeZone);
          await enqueueNotification(client, {
            chatId: parentId,
            kind: 'no_show_pause',
            payload: {
              until: pause.toISOString(),
              untilDate,
              noShows: ns.rows[0]?.no_shows ?? 0,
              limit: deps.rules.noShowLimit,
              windowDays: deps.rules.noShowWindowDays,
              lastRefCode: row.ref_code,
              childName: row.child_name,
            },
            language: par.rows[0]?.language,
            dueAt: now,
            dedupeKey: `no_show_pause:${parentId}:${untilDate}`,
          });
          return { booking, pausedUntil: pause.toISOString() };
        }
        if (a.status === 'attended' && stored && (!pause || pause < stored)) {
          // A corrected mark (no-show → attended) lifts a pause the rule no longer supports.
          await client.query('UPDATE parents SET bookings_paused_until = $2, updated_at = $3 WHERE id = $1', [parentId, pause, now]);
        }
        return { booking };
      });
    },

    /**
     * Closes a session (weather, illness…): every booking and waitlist entry is
     * cancelled and every family told, with nearby alternatives the same day — one transaction.
     */
    async closeSession(staffUserId: number, sessionId: number, reason: string): Promise<CloseSessionResult> {
      const a = parseInput(z.object({ staffUserId: userId, sessionId: rowId, reason: z.string().trim().min(1).max(500) }), { staffUserId, sessionId, reason });
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const staff = await requireStaff(client, a.staffUserId);
        const p = await client.query<{ point_id: number }>('SELECT point_id FROM sessions WHERE id = $1', [a.sessionId]);
        if (!p.rows[0]) throw new DomainError('SESSION_NOT_FOUND', { sessionId: a.sessionId });
        requirePointAccess(staff, p.rows[0].point_id);
        const result = await closeSessionIn(client, deps, a.sessionId, a.reason, now);
        if (!result.alreadyClosed) {
          await recordAudit(client, now, staffActor(staff), {
            action: 'session.close',
            targetType: 'session',
            targetId: a.sessionId,
            pointId: p.rows[0].point_id,
            details: { reason: a.reason, cancelledBookings: result.cancelledBookings, waitlistCancelled: result.waitlistCancelled },
          });
        }
        return result;
      });
    },

    /** Every booking of a session (any status), for staff tools. */
    async sessionBookings(sessionId: number): Promise<BookingView[]> {
      const id = parseInput(rowId, sessionId);
      const r = await pool.query<Row>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.session_id = $1 ORDER BY b.id`, [id]);
      return r.rows.map((x) => bookingFromRow(x, timeZone));
    },
  };
}

export interface CloseSessionOptions {
  /** Sessions closing in the same change (a typhoon day): never offered as alternatives. */
  closingSessionIds?: ReadonlySet<number>;
}

/**
 * The closure flow, in the caller's transaction: the session is cancelled,
 * every booking and waitlist entry with it, and every family is told through
 * the outbox with up to three nearby alternatives the same day that fit the
 * child's age. Used by staff (/close), timetable changes, closed days and
 * point deactivation alike; the caller checks who may do it and audits it.
 */
export async function closeSessionIn(
  client: pg.PoolClient,
  deps: Omit<BookingDeps, 'pool'>,
  sessionId: number,
  reason: string,
  now: Date,
  opts: CloseSessionOptions = {},
): Promise<CloseSessionResult> {
  const { timeZone } = deps;
  const s = await client.query<Row>(`SELECT ${SESSION_COLUMNS} FROM sessions s JOIN service_points p ON p.id = s.point_id WHERE s.id = $1 FOR UPDATE OF s`, [
    sessionId,
  ]);
  const row = s.rows[0];
  if (!row) throw new DomainError('SESSION_NOT_FOUND', { sessionId });
  if (row.session_status === 'cancelled') {
    return { sessionId, alreadyClosed: true, affectedFamilies: 0, cancelledBookings: 0, waitlistCancelled: 0 };
  }
  const summary = sessionFromRow(row, timeZone);
  await client.query(`UPDATE sessions SET status = 'cancelled', cancel_reason = $2 WHERE id = $1`, [sessionId, reason]);
  const cancelled = await client.query<Row>(
    `UPDATE bookings b SET status = 'cancelled', cancelled_by = 'staff', cancelled_at = $2, hold_expires_at = NULL, updated_at = $2
       FROM children c, parents par
      WHERE b.session_id = $1 AND b.status IN ('held','confirmed') AND c.id = b.child_id AND par.id = b.parent_id
      RETURNING b.id, b.ref_code, b.parent_id, c.name, c.birth_date::text AS birth_date, par.language`,
    [sessionId, now],
  );
  const waitlisted = await client.query<Row>(
    `UPDATE waitlist_entries w SET status = 'cancelled', updated_at = $2
       FROM children c, parents par
      WHERE w.session_id = $1 AND w.status IN ('waiting','offered') AND c.id = w.child_id AND par.id = w.parent_id
      RETURNING w.id, w.parent_id, c.name, c.birth_date::text AS birth_date, par.language`,
    [sessionId, now],
  );
  if (!cancelled.rows.length && !waitlisted.rows.length) {
    return { sessionId, alreadyClosed: false, affectedFamilies: 0, cancelledBookings: 0, waitlistCancelled: 0 };
  }

  const closing = opts.closingSessionIds;
  const found = await searchSlotsWith(client, deps, {
    from: summary.localDate,
    to: summary.localDate,
    near: { latitude: summary.point.latitude, longitude: summary.point.longitude },
    radiusKm: ALTERNATIVES_RADIUS_KM,
    limit: closing?.size ? 50 : 20,
    excludeSessionId: sessionId,
  });
  const alternatives = closing?.size ? found.filter((x) => !closing.has(x.sessionId)) : found;
  // Each child's age on the day, by the one age computation (child_age_months in SQL).
  const birthDates = [...new Set([...cancelled.rows, ...waitlisted.rows].map((x) => x.birth_date as string))];
  const ages = new Map<string, number>();
  if (birthDates.length) {
    const a = await client.query<{ birth_date: string; age: number }>(
      'SELECT d::text AS birth_date, child_age_months(d, $2::date) AS age FROM unnest($1::date[]) AS d',
      [birthDates, summary.localDate],
    );
    for (const row of a.rows) ages.set(row.birth_date, row.age);
  }
  const alternativesFor = (birthDate: string) =>
    alternatives
      .filter((x) => {
        const age = ages.get(birthDate) ?? -1;
        return ageFitsBand(age, x);
      })
      .slice(0, 3)
      .map((x) => ({
        sessionId: x.sessionId,
        pointNameZh: x.point.nameZh,
        pointNameEn: x.point.nameEn,
        addressZh: x.point.addressZh,
        addressEn: x.point.addressEn,
        localDate: x.localDate,
        startTime: x.startTime,
        endTime: x.endTime,
        kind: x.kind,
        classTitle: x.classTitle,
        free: x.free,
        distanceKm: x.distanceKm,
        bookable: x.bookable,
      }));
  // Closures for today or tomorrow must reach families even in quiet hours.
  const urgent = new Date(row.starts_at).getTime() - now.getTime() < 36 * 3_600_000;
  const base = { ...sessionPayload(summary), reason };
  for (const b of cancelled.rows) {
    await enqueueNotification(client, {
      chatId: Number(b.parent_id),
      kind: 'session_closed',
      payload: { ...base, bookingId: b.id, refCode: b.ref_code, childName: b.name, waitlisted: false, alternatives: alternativesFor(b.birth_date) },
      language: b.language,
      urgent,
      dueAt: now,
      dedupeKey: `session_closed:${sessionId}:b${b.id}`,
    });
  }
  for (const w of waitlisted.rows) {
    await enqueueNotification(client, {
      chatId: Number(w.parent_id),
      kind: 'session_closed',
      payload: { ...base, entryId: w.id, childName: w.name, waitlisted: true, alternatives: alternativesFor(w.birth_date) },
      language: w.language,
      urgent,
      dueAt: now,
      dedupeKey: `session_closed:${sessionId}:w${w.id}`,
    });
  }
  return {
    sessionId,
    alreadyClosed: false,
    affectedFamilies: new Set(cancelled.rows.map((b) => Number(b.parent_id))).size,
    cancelledBookings: cancelled.rows.length,
    waitlistCancelled: waitlisted.rows.length,
  };
}
