import type pg from 'pg';
import { closeSessionIn } from '../booking/staffOperations.ts';
import type { OperatorDeps } from './OperatorDeps.ts';

export interface RemoveOutcome {
  sessionId: number;
  /** 'deleted': nobody had ever booked or queued for it; 'closed': through the closure flow, families told. */
  how: 'deleted' | 'closed';
  cancelledBookings: number;
  waitlistCancelled: number;
}

/**
 * Takes a future session out of the timetable. A session nobody ever booked
 * or queued for simply disappears (so a later timetable may bring it back);
 * any other goes through the closure flow, so no booked family is dropped
 * silently.
 */
export async function removeSession(
  client: pg.PoolClient,
  deps: Omit<OperatorDeps, 'pool'>,
  sessionId: number,
  reason: string,
  now: Date,
  closingSessionIds?: ReadonlySet<number>,
): Promise<RemoveOutcome> {
  const d = await client.query(
    `DELETE FROM sessions s WHERE s.id = $1
        AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.session_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.session_id = s.id)`,
    [sessionId],
  );
  if (d.rowCount) return { sessionId, how: 'deleted', cancelledBookings: 0, waitlistCancelled: 0 };
  const r = await closeSessionIn(client, deps, sessionId, reason, now, { closingSessionIds });
  return { sessionId, how: 'closed', cancelledBookings: r.cancelledBookings, waitlistCancelled: r.waitlistCancelled };
}
