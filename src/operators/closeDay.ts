import type pg from 'pg';
import { closeSessionIn } from '../booking/staffOperations.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import { addDays, zonedInstant } from '../time/zonedTime.ts';
import type { OperatorDeps } from './OperatorDeps.ts';

export interface ClosedDayScope {
  day: string;
  /** One point, one district, or (both null) the whole city. */
  pointId: number | null;
  district: District | null;
  reason: string;
}

export interface CloseDayResult {
  day: string;
  /** False when the same closure was already recorded (re-imported file, repeated command). */
  newClosure: boolean;
  sessionsClosed: number;
  cancelledBookings: number;
  waitlistCancelled: number;
  /** Families whose booking was cancelled (each told, with alternatives outside the closure). */
  families: number;
  pointIds: number[];
}

/**
 * Closes a point, a district or the city for a day (a typhoon, a public
 * holiday): the closed day is recorded so generation skips it, and every
 * session there that has not started yet goes through the closure flow —
 * families told, with alternatives that are not closing too.
 */
export async function closeDayIn(client: pg.PoolClient, deps: Omit<OperatorDeps, 'pool'>, scope: ClosedDayScope, now: Date): Promise<CloseDayResult> {
  const ins = await client.query<{ inserted: boolean }>(
    `INSERT INTO timetable_exceptions (kind, day, point_id, district, reason, created_at)
     VALUES ('closed', $1, $2, $3, $4, $5)
     ON CONFLICT (day, coalesce(point_id, 0), coalesce(district, '')) WHERE kind = 'closed'
     DO UPDATE SET reason = EXCLUDED.reason
     RETURNING (xmax = 0) AS inserted`,
    [scope.day, scope.pointId, scope.district, scope.reason, now],
  );
  const sessions = await client.query<{ id: number; point_id: number }>(
    `SELECT s.id, s.point_id FROM sessions s JOIN service_points p ON p.id = s.point_id
      WHERE s.status = 'open' AND s.starts_at > $1 AND s.starts_at >= $2 AND s.starts_at < $3
        AND ($4::int IS NULL OR s.point_id = $4) AND ($5::text IS NULL OR p.district = $5)
      ORDER BY s.starts_at, s.id`,
    [now, zonedInstant(scope.day, '00:00', deps.timeZone), zonedInstant(addDays(scope.day, 1), '00:00', deps.timeZone), scope.pointId, scope.district],
  );
  const closing = new Set(sessions.rows.map((s) => s.id));
  const families = new Set<number>();
  let cancelledBookings = 0;
  let waitlistCancelled = 0;
  for (const s of sessions.rows) {
    const r = await closeSessionIn(client, deps, s.id, scope.reason, now, { closingSessionIds: closing });
    cancelledBookings += r.cancelledBookings;
    waitlistCancelled += r.waitlistCancelled;
  }
  if (closing.size) {
    const f = await client.query<{ parent_id: number }>(
      `SELECT DISTINCT parent_id FROM bookings WHERE session_id = ANY($1::int[]) AND status = 'cancelled' AND cancelled_at = $2`,
      [[...closing], now],
    );
    for (const x of f.rows) families.add(Number(x.parent_id));
  }
  return {
    day: scope.day,
    newClosure: ins.rows[0]?.inserted ?? true,
    sessionsClosed: sessions.rows.length,
    cancelledBookings,
    waitlistCancelled,
    families: families.size,
    pointIds: [...new Set(sessions.rows.map((s) => s.point_id))],
  };
}
