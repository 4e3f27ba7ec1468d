import type { Queryable } from '../db/Queryable.ts';
import type { Clock } from '../time/clock.ts';
import type { Config } from '../config/config.ts';
import { addDays, localDateOf, localTimeOf, zonedInstant } from '../time/zonedTime.ts';
import { enqueueNotification } from './enqueueNotification.ts';
import type { PayloadOf } from './kinds/index.ts';

interface Options {
  db: Queryable;
  clock: Clock;
  config: Pick<Config, 'timeZone' | 'notifications' | 'telegram'>;
}

/**
 * The one re-announcer: escalations nobody has claimed for
 * `escalationReannounceMinutes` are posted again in the staff group (and a
 * ticket never announced — no staff group at the time — is announced). At most one is queued per
 * escalation per period (dedupe key carries the period number) and none while
 * one is still waiting to be sent; the worker records the announcement on the
 * escalation when it is delivered, which restarts the period.
 */
export async function scheduleEscalationReannouncements({ db, clock, config }: Options): Promise<number> {
  const groupId = config.telegram.staffGroupChatId;
  if (groupId === undefined) return 0;
  const now = clock.now();
  const minutes = config.notifications.escalationReannounceMinutes;
  const r = await db.query<{ id: number }>(
    `SELECT e.id FROM escalations e
     WHERE e.status = 'open'
       AND coalesce(e.last_announced_at, e.created_at) <= $1
       AND NOT EXISTS (
         SELECT 1 FROM outbox o
         WHERE o.kind = 'escalation_announce' AND o.status = 'pending' AND o.payload->>'escalationId' = e.id::text)
     ORDER BY e.id`,
    [new Date(now.getTime() - minutes * 60_000)],
  );
  const period = Math.floor(now.getTime() / (minutes * 60_000));
  let queued = 0;
  for (const e of r.rows) {
    const id = await enqueueNotification(db, {
      chatId: groupId,
      kind: 'escalation_announce',
      payload: { escalationId: e.id, reannounce: true },
      language: 'zh',
      // A work channel: staff decide how to mute it; quiet hours are for families.
      urgent: true,
      dueAt: now,
      dedupeKey: `escalation_reannounce:${e.id}:${period}`,
    });
    if (id !== null) queued++;
  }
  return queued;
}

/**
 * The optional morning summary for the staff group: per point, each of the
 * day's sessions with confirmed / held / waiting counts. Queued once per day
 * (dedupe `staff_summary:<date>`) at or after the configured time, up to
 * three hours late (after a restart); never for a day that has no sessions.
 */
export async function scheduleStaffSummary({ db, clock, config }: Options): Promise<number> {
  const at = config.notifications.staffMorningSummaryTime;
  const groupId = config.telegram.staffGroupChatId;
  if (!at || groupId === undefined) return 0;
  const now = clock.now();
  const tz = config.timeZone;
  const today = localDateOf(now, tz);
  const sendFrom = zonedInstant(today, at, tz);
  if (now < sendFrom || now.getTime() > sendFrom.getTime() + 3 * 3_600_000) return 0;
  const dedupeKey = `staff_summary:${today}`;
  const exists = await db.query('SELECT 1 FROM outbox WHERE dedupe_key = $1', [dedupeKey]);
  if (exists.rows[0]) return 0;

  const r = await db.query(
    `SELECT p.id AS point_id, p.name_zh, p.name_en, s.starts_at, s.ends_at, s.kind, s.class_title, s.capacity, s.status,
            count(b.id) FILTER (WHERE b.status IN ('confirmed','attended','no_show'))::int AS confirmed,
            count(b.id) FILTER (WHERE b.status = 'held')::int AS held,
            (SELECT count(*)::int FROM waitlist_entries w WHERE w.session_id = s.id AND w.status = 'waiting') AS waiting
     FROM sessions s
     JOIN service_points p ON p.id = s.point_id
     LEFT JOIN bookings b ON b.session_id = s.id
     WHERE s.starts_at >= $1 AND s.starts_at < $2
     GROUP BY p.id, s.id
     ORDER BY p.code, s.starts_at, s.id`,
    [zonedInstant(today, '00:00', tz), zonedInstant(addDays(today, 1), '00:00', tz)],
  );
  if (r.rows.length === 0) return 0;
  const points = new Map<number, PayloadOf<'staff_summary'>['points'][number]>();
  for (const row of r.rows) {
    let pt = points.get(row.point_id);
    if (!pt) {
      pt = { pointName: { zh: row.name_zh, en: row.name_en }, sessions: [] };
      points.set(row.point_id, pt);
    }
    pt.sessions.push({
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      kind: row.kind,
      classTitle: row.class_title,
      capacity: row.capacity,
      confirmed: row.confirmed,
      held: row.held,
      waiting: row.waiting,
      cancelled: row.status === 'cancelled',
    });
  }
  const id = await enqueueNotification(db, {
    chatId: groupId,
    kind: 'staff_summary',
    payload: { date: today, points: [...points.values()], generatedAt: localTimeOf(now, tz) },
    language: 'zh',
    urgent: true,
    dueAt: now,
    dedupeKey,
  });
  return id === null ? 0 : 1;
}
