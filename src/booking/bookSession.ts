import { DomainError } from '../errors/DomainError.ts';
import { refusalError, ruleArgs, type Refusal } from './bookingRefusal.ts';
import type { BookingDeps } from './context.ts';
import { bookingTarget, parseInput } from './input.ts';
import { pgErrorIs } from './insertBooking.ts';
import { generateRefCode } from './rules/generateRefCode.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, sessionFromRow, type Row } from './rows.ts';
import type { BookingView } from './types.ts';

export interface BookResult {
  booking: BookingView;
  /** True when this child already had this place (a double tap): nothing new was written. */
  alreadyBooked: boolean;
}

/** What book_session() (src/db/migrations/040_one_booking_decider.sql) returns. */
interface BookSessionOutcome {
  outcome: string;
  bookingId?: number;
  refCode?: string;
  childName?: string;
  /** The session with its point, under SESSION_COLUMNS' keys. */
  session?: Row;
  refusal?: Refusal;
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock (as withTransaction)
// Two fresh codes per call: with 32^6 codes both colliding is a one-in-10^8 event (then it calls again).
const CODES_PER_CALL = 2;
const MAX_CALLS = 8;

async function readBooking(db: BookingDeps['pool'], bookingId: number, timeZone: string): Promise<BookingView> {
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
 * Books a place in ONE round trip: the SQL function book_session() locks the
 * child's row, asks booking_refusal() (the one decider of every booking rule)
 * and inserts under the session's row lock, all inside the one statement that
 * calls it (atomic without BEGIN/COMMIT). A refusal comes back as its code and
 * facts, turned here into the DomainError a parent is shown. The sessions CHECK
 * constraint and the one-active-booking index still stop an overbooking or a
 * second booking whatever happens.
 */
export function bookSessionOperation(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;

  async function callBookSession(a: { parentId: number; childId: number; sessionId: number }, now: Date): Promise<BookSessionOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await pool.query<{ r: BookSessionOutcome }>({
          name: 'booking_book_session',
          text: 'SELECT book_session($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) AS r',
          values: [a.parentId, a.childId, a.sessionId, now, ...ruleArgs(deps), Array.from({ length: CODES_PER_CALL }, () => generateRefCode())],
        });
        const out = r.rows[0]!.r;
        // Every candidate reference code was taken (rare): nothing was written, try fresh ones.
        if (out.outcome === 'REF_CODES_TAKEN' && attempt < MAX_CALLS) continue;
        return out;
      } catch (err) {
        // A deadlock with a waitlist offer (which locks session then child) is retried, as withTransaction did.
        const code = (err as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < MAX_CALLS) {
          await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
          continue;
        }
        throw err;
      }
    }
  }

  return async function bookSession(args: { parentId: number; childId: number; sessionId: number }): Promise<BookResult> {
    const a = parseInput(bookingTarget, args);
    const now = clock.now();
    let out: BookSessionOutcome;
    try {
      out = await callBookSession(a, now);
    } catch (err) {
      // The constraints are the second line behind book_session()'s decision, not a rule of their own.
      if (pgErrorIs(err, '23514', 'sessions_capacity_not_exceeded')) {
        throw new DomainError('SESSION_FULL', { sessionId: a.sessionId, canWaitlist: true });
      }
      // A child the family removed (migration 097) holds no place: the same answer as an unknown child.
      if (pgErrorIs(err, '23514', 'children_not_removed')) throw new DomainError('CHILD_NOT_FOUND', { childId: a.childId });
      if (pgErrorIs(err, '23505', 'bookings_one_active_per_child_session')) {
        const existing = await existingActive(pool, a.childId, a.sessionId, timeZone);
        if (existing) return { booking: existing, alreadyBooked: true };
      }
      throw err;
    }

    switch (out.outcome) {
      case 'CHILD_NOT_FOUND':
        throw new DomainError('CHILD_NOT_FOUND', { childId: a.childId });
      case 'SESSION_NOT_FOUND':
        throw new DomainError('SESSION_NOT_FOUND', { sessionId: a.sessionId });
      case 'EXISTING':
        return { booking: await readBooking(pool, out.bookingId!, timeZone), alreadyBooked: true };
      case 'REF_CODES_TAKEN':
        throw new Error('could not find a free booking reference code');
    }
    const session = sessionFromRow(out.session!, timeZone);
    if (out.outcome !== 'BOOKED') throw refusalError(out.refusal!, session, out.childName!, timeZone);
    const booking: BookingView = {
      ...session,
      id: out.bookingId!,
      refCode: out.refCode!,
      status: 'confirmed',
      childId: a.childId,
      childName: out.childName!,
      parentId: a.parentId,
      lateCancel: false,
      holdExpiresAt: null,
      cancelledAt: null,
      sessionStatus: 'open',
    };
    return { booking, alreadyBooked: false };
  };
}
