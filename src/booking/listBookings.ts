import { z } from 'zod';
import type { BookingDeps } from './context.ts';
import { parseInput, userId } from './input.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, type Row } from './rows.ts';
import type { BookingView } from './types.ts';

export interface BookingList {
  /** Held or confirmed, not yet ended; soonest first. */
  upcoming: BookingView[];
  /** Everything else, most recent first (only with includePast). */
  past: BookingView[];
}

export function listBookingsOperation(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;
  // A child the family removed (src/booking/removeChild.ts) is no longer shown, past bookings included.
  return async function listBookings(parentId: number, opts: { includePast?: boolean } = {}): Promise<BookingList> {
    const pid = parseInput(userId, parentId);
    const o = parseInput(z.object({ includePast: z.boolean().optional() }), opts ?? {});
    const now = clock.now();
    const up = await pool.query<Row>(
      `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
        WHERE b.parent_id = $1 AND c.removed_at IS NULL AND b.status IN ('held','confirmed') AND s.ends_at > $2
        ORDER BY s.starts_at, b.id`,
      [pid, now],
    );
    let past: BookingView[] = [];
    if (o.includePast) {
      const p = await pool.query<Row>(
        `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
          WHERE b.parent_id = $1 AND c.removed_at IS NULL AND NOT (b.status IN ('held','confirmed') AND s.ends_at > $2)
          ORDER BY s.starts_at DESC, b.id DESC LIMIT 30`,
        [pid, now],
      );
      past = p.rows.map((r) => bookingFromRow(r, timeZone));
    }
    return { upcoming: up.rows.map((r) => bookingFromRow(r, timeZone)), past };
  };
}
