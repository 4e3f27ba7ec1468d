import { DomainError } from '../errors/DomainError.ts';
import type { BookingDeps } from './context.ts';
import { checkBookable } from './checkBookable.ts';
import { situationFromRow } from './childSituation.ts';
import { bookingTarget, parseInput } from './input.ts';
import { pgErrorIs } from './insertBooking.ts';
import { generateRefCode } from './rules/generateRefCode.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, type Row } from './rows.ts';
import type { BookingView } from './types.ts';

export interface BookResult {
  booking: BookingView;
  /** True when this child already had this place (a double tap): nothing new was written. */
  alreadyBooked: boolean;
}

/** What src/db/migrations/011_book_session_function.sql returns. */
interface BookSessionOutcome {
  outcome: string;
  bookingId?: number;
  refCode?: string;
  child?: { id: number; name: string; birth_date: string };
  situation?: Row;
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock (as withTransaction)
const CODES_PER_CALL = 4;
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
 * child's row, reads the child's situation, checks the rules, and inserts under
 * the session's row lock, all inside the one statement that calls it (atomic
 * without BEGIN/COMMIT). The sessions CHECK constraint still makes overbooking
 * impossible whatever happens. Rejections are turned into DomainErrors by the
 * TypeScript rules (checkBookable) run on the situation the function judged,
 * so the words and data are exactly what they were; a disagreement throws.
 */
export function bookSessionOperation(deps: BookingDeps) {
  const { pool, clock, timeZone, rules } = deps;

  async function callBookSession(a: { parentId: number; childId: number; sessionId: number }, now: Date): Promise<BookSessionOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await pool.query<{ r: BookSessionOutcome }>({
          name: 'booking_book_session',
          text: 'SELECT book_session($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) AS r',
          values: [
            a.parentId, a.childId, a.sessionId, now, timeZone,
            rules.opensDaysAhead, rules.closesMinutesBefore, rules.weeklyWeekendBookingsPerChild,
            rules.noShowLimit, rules.noShowWindowDays, rules.noShowPauseDays,
            Array.from({ length: CODES_PER_CALL }, () => generateRefCode()),
          ],
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
      // Both are decided inside book_session(); these only catch what slipped past it.
      if (pgErrorIs(err, '23514', 'sessions_capacity_not_exceeded')) {
        throw new DomainError('SESSION_FULL', { sessionId: a.sessionId, canWaitlist: true });
      }
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
    const child = { name: out.child!.name, birthDate: out.child!.birth_date };
    const s = situationFromRow(out.situation!, deps);
    if (out.outcome === 'BOOKED') {
      const booking: BookingView = {
        ...s.summary,
        id: out.bookingId!,
        refCode: out.refCode!,
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
    }
    try {
      checkBookable(s, child, now, deps);
    } catch (err) {
      if (err instanceof DomainError && err.code === out.outcome) throw err;
      throw new Error(`booking rules disagree: book_session() said ${out.outcome}, the TypeScript rules said ${err instanceof DomainError ? err.code : String(err)}`);
    }
    throw new Error(`booking rules disagree: book_session() said ${out.outcome}, the TypeScript rules allow the booking`);
  };
}
