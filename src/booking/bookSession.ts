import type pg from 'pg';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { BookingDeps } from './context.ts';
import { checkChildRules, loadChildSituation } from './childSituation.ts';
import { bookingTarget, parseInput } from './input.ts';
import { insertBooking, pgErrorIs } from './insertBooking.ts';
import { checkBookingWindow } from './rules/checkBookingWindow.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, sessionFacts, type Row } from './rows.ts';
import type { BookingView } from './types.ts';

export interface BookResult {
  booking: BookingView;
  /** True when this child already had this place (a double tap): nothing new was written. */
  alreadyBooked: boolean;
}

async function readBooking(db: pg.PoolClient | BookingDeps['pool'], bookingId: number, timeZone: string): Promise<BookingView> {
  const r = await db.query<Row>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [bookingId]);
  return bookingFromRow(r.rows[0]!, timeZone);
}

async function existingActive(db: BookingDeps['pool'], childId: number, sessionId: number, timeZone: string): Promise<BookingView | null> {
  const r = await db.query<Row>(
    `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
      WHERE b.child_id = $1 AND b.session_id = $2 AND b.status IN ('held','confirmed','attended','no_show')`,
    [childId, sessionId],
  );
  return r.rows[0] ? bookingFromRow(r.rows[0], timeZone) : null;
}

/**
 * Books a place. Rules are checked under the child's row lock; capacity is
 * enforced by the sessions CHECK constraint, so concurrent bookers can never
 * overbook: the loser's INSERT fails the CHECK and becomes SESSION_FULL.
 */
export function bookSessionOperation(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;

  return async function bookSession(args: { parentId: number; childId: number; sessionId: number }): Promise<BookResult> {
    const a = parseInput(bookingTarget, args);
    const now = clock.now();
    let facts: Record<string, unknown> = { sessionId: a.sessionId };
    try {
      return await withTransaction(pool, async (client) => {
        const c = await client.query<Row>({
          name: 'booking_lock_child',
          text: 'SELECT id, name, birth_date::text AS birth_date FROM children WHERE id = $1 AND parent_id = $2 FOR UPDATE',
          values: [a.childId, a.parentId],
        });
        const child = c.rows[0];
        if (!child) throw new DomainError('CHILD_NOT_FOUND', { childId: a.childId });
        const s = await loadChildSituation(client, deps, { childId: a.childId, parentId: a.parentId, sessionId: a.sessionId, now });
        if (!s) throw new DomainError('SESSION_NOT_FOUND', { sessionId: a.sessionId });
        facts = { ...sessionFacts(s.summary), childName: child.name };

        if (s.existing) {
          if (s.existing.status === 'held') {
            // Booking a place already held for this child is accepting the offer.
            await client.query(
              `UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL, updated_at = $2 WHERE id = $1`,
              [s.existing.id, now],
            );
            await client.query(
              `UPDATE waitlist_entries SET status = 'accepted', updated_at = $2 WHERE booking_id = $1 AND status = 'offered'`,
              [s.existing.id, now],
            );
          }
          return { booking: await readBooking(client, s.existing.id, timeZone), alreadyBooked: true };
        }
        if (s.session.session_status !== 'open') {
          throw new DomainError('SESSION_CANCELLED', { ...facts, reason: s.session.cancel_reason ?? undefined });
        }
        const startsAt = new Date(s.session.starts_at);
        if (startsAt <= now) throw new DomainError('SESSION_IN_PAST', facts);
        checkBookingWindow(startsAt, now, timeZone, deps.rules, facts);
        checkChildRules(s, { name: child.name, birthDate: child.birth_date }, now, deps);
        if (s.session.booked >= s.session.capacity) {
          throw new DomainError('SESSION_FULL', { ...facts, canWaitlist: true });
        }

        const inserted = await insertBooking(client, {
          sessionId: a.sessionId, childId: a.childId, parentId: a.parentId, status: 'confirmed', now,
        });
        const booking: BookingView = {
          ...s.summary,
          id: inserted.id,
          refCode: inserted.refCode,
          status: 'confirmed',
          childId: a.childId,
          childName: child.name,
          parentId: a.parentId,
          lateCancel: false,
          holdExpiresAt: null,
          cancelledAt: null,
          sessionStatus: 'open',
        };
        return { booking, alreadyBooked: false };
      });
    } catch (err) {
      if (pgErrorIs(err, '23514', 'sessions_capacity_not_exceeded')) {
        throw new DomainError('SESSION_FULL', { ...facts, canWaitlist: true });
      }
      if (pgErrorIs(err, '23505', 'bookings_one_active_per_child_session')) {
        const existing = await existingActive(pool, a.childId, a.sessionId, timeZone);
        if (existing) return { booking: existing, alreadyBooked: true };
      }
      throw err;
    }
  };
}
