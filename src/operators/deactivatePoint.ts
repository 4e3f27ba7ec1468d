import type pg from 'pg';
import type { OperatorDeps } from './OperatorDeps.ts';
import { removeSession } from './removeSession.ts';

/** Why families hear that their session went when a point stops: known to the notification renderer. */
export const POINT_CLOSED_REASON = 'point_closed';

export interface DeactivateResult {
  pointId: number;
  /** Future bookings that were cancelled (each family told, with alternatives). */
  cancelledBookings: number;
  waitlistCancelled: number;
  sessionsClosed: number;
  sessionsDeleted: number;
}

/**
 * A point stops taking families: it is marked inactive (never deleted — its
 * history stays in the reports), and each future session is taken out of the
 * timetable: deleted when nobody booked it, else closed with the families told.
 */
export async function deactivatePointIn(client: pg.PoolClient, deps: Omit<OperatorDeps, 'pool'>, pointId: number, now: Date): Promise<DeactivateResult> {
  await client.query('UPDATE service_points SET active = false, updated_at = $2 WHERE id = $1', [pointId, now]);
  const s = await client.query<{ id: number }>(`SELECT id FROM sessions WHERE point_id = $1 AND status = 'open' AND starts_at > $2 ORDER BY starts_at, id`, [
    pointId,
    now,
  ]);
  const closing = new Set(s.rows.map((x) => x.id));
  const out: DeactivateResult = { pointId, cancelledBookings: 0, waitlistCancelled: 0, sessionsClosed: 0, sessionsDeleted: 0 };
  for (const x of s.rows) {
    const r = await removeSession(client, deps, x.id, POINT_CLOSED_REASON, now, closing);
    if (r.how === 'deleted') out.sessionsDeleted++;
    else out.sessionsClosed++;
    out.cancelledBookings += r.cancelledBookings;
    out.waitlistCancelled += r.waitlistCancelled;
  }
  return out;
}
