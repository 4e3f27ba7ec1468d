import type pg from 'pg';
import { offerNextPlace } from '../booking/offerNextPlace.ts';
import { addDays, localDateOf, localTimeOf, zonedInstant } from '../time/zonedTime.ts';
import { DESIRED_SESSIONS_SQL, generateSessionsIn } from './generateSessions.ts';
import type { OperatorDeps } from './OperatorDeps.ts';
import { OperatorError, type BookedConflict } from './OperatorError.ts';
import { removeSession, type RemoveOutcome } from './removeSession.ts';

export interface ReconcileResult {
  created: number;
  /** Future sessions whose capacity, end time, age band or booking window changed. */
  updated: number;
  removed: RemoveOutcome[];
  /** Waitlisted families offered a place because capacity went up. */
  offered: number;
}

/** Why families hear that a session went: known to the notification renderer in both languages. */
export const TIMETABLE_CHANGE_REASON = 'timetable_change';

type Row = Record<string, any>;

const slotKey = (pointId: number, startsAt: Date, kind: string, classTitle: string | null) => `${pointId}|${startsAt.getTime()}|${kind}|${classTitle ?? ''}`;

const hhmm = (t: string) => t.slice(0, 5);

/**
 * Brings the future sessions of `pointIds` in [from, to] in line with their
 * timetable, in the caller's transaction. Sessions that have started are never
 * touched. Refused as a whole (BOOKED_SESSIONS_CONFLICT, with the figures) when
 * a booked session would get fewer places than are booked, or would end at
 * another time; a session that is no longer in the timetable is deleted when
 * nobody ever booked it, else closed through the closure flow (families told,
 * with alternatives — created first, so a moved session is among them).
 */
export async function reconcileTimetable(
  client: pg.PoolClient,
  deps: Omit<OperatorDeps, 'pool'>,
  args: { pointIds: number[]; from: string; to: string; now: Date },
): Promise<ReconcileResult> {
  const { timeZone } = deps;
  const { pointIds, from, to, now } = args;
  if (!pointIds.length) return { created: 0, updated: 0, removed: [], offered: 0 };
  const existing = (
    await client.query<Row>(
      `SELECT s.id, s.point_id, p.code, s.starts_at, s.ends_at, s.kind, s.class_title, s.capacity, s.booked,
              s.min_age_months, s.max_age_months, s.opens_days_ahead,
              EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.session_id = s.id AND w.status IN ('waiting','offered')) AS queued
         FROM sessions s JOIN service_points p ON p.id = s.point_id
        WHERE s.point_id = ANY($1::int[]) AND s.status = 'open' AND s.starts_at > $2 AND s.starts_at >= $3 AND s.starts_at < $4
        ORDER BY s.starts_at, s.id
        FOR UPDATE OF s`,
      [pointIds, now, zonedInstant(from, '00:00', timeZone), zonedInstant(addDays(to, 1), '00:00', timeZone)],
    )
  ).rows;
  const desired = new Map<string, Row>();
  for (const d of (await client.query<Row>(DESIRED_SESSIONS_SQL, [from, to, pointIds, timeZone])).rows) {
    const startsAt = new Date(d.starts_at);
    if (startsAt > now) desired.set(slotKey(d.point_id, startsAt, d.kind, d.class_title), d);
  }

  const conflicts: BookedConflict[] = [];
  const updates: { id: number; want: Row; more: boolean }[] = [];
  const gone: Row[] = [];
  for (const s of existing) {
    const want = desired.get(slotKey(s.point_id, new Date(s.starts_at), s.kind, s.class_title));
    if (!want) {
      gone.push(s);
      continue;
    }
    const startsAt = new Date(s.starts_at);
    const facts = {
      sessionId: s.id,
      pointCode: s.code,
      localDate: localDateOf(startsAt, timeZone),
      startTime: localTimeOf(startsAt, timeZone),
      booked: s.booked,
    };
    if (want.capacity < s.booked) conflicts.push({ ...facts, change: 'capacity', requestedCapacity: want.capacity });
    const endChanged = new Date(want.ends_at).getTime() !== new Date(s.ends_at).getTime();
    if (endChanged && (s.booked > 0 || s.queued)) {
      conflicts.push({ ...facts, change: 'end_time', requestedEnd: hhmm(want.end_time), currentEnd: localTimeOf(new Date(s.ends_at), timeZone) });
    }
    if (
      want.capacity !== s.capacity ||
      endChanged ||
      want.min_age_months !== s.min_age_months ||
      want.max_age_months !== s.max_age_months ||
      want.opens_days_ahead !== s.opens_days_ahead
    ) {
      updates.push({ id: s.id, want, more: want.capacity > s.capacity && s.queued });
    }
  }
  if (conflicts.length) throw new OperatorError('BOOKED_SESSIONS_CONFLICT', { conflicts });

  for (const u of updates) {
    await client.query(`UPDATE sessions SET capacity = $2, ends_at = $3, min_age_months = $4, max_age_months = $5, opens_days_ahead = $6 WHERE id = $1`, [
      u.id,
      u.want.capacity,
      u.want.ends_at,
      u.want.min_age_months,
      u.want.max_age_months,
      u.want.opens_days_ahead,
    ]);
  }
  const created = (await generateSessionsIn(client, deps, { from, to, pointIds })).created;
  const closing = new Set(gone.map((s) => s.id as number));
  const removed: RemoveOutcome[] = [];
  for (const s of gone) removed.push(await removeSession(client, deps, s.id, TIMETABLE_CHANGE_REASON, now, closing));
  let offered = 0;
  for (const u of updates.filter((x) => x.more)) {
    while (await offerNextPlace(client, deps, u.id, now)) offered++;
  }
  return { created, updated: updates.length, removed, offered };
}
