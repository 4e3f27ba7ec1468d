import type { Queryable } from '../db/Queryable.ts';
import type { Clock } from '../time/clock.ts';
import type { Config } from '../config/config.ts';

export interface ScheduleRemindersOptions {
  db: Queryable;
  clock: Clock;
  config: Pick<Config, 'timeZone' | 'notifications'>;
  /** No reminder for a session that starts sooner than this (default 60 minutes). */
  minLeadMinutes?: number;
}

/**
 * Queues the day-before reminder of every confirmed booking whose reminder
 * time (config.notifications.reminderTime, local, the day before the
 * session) has come. Derived from the bookings each time it runs, with
 * `reminder:<bookingId>` as the dedupe key, so a restart, a second worker or
 * a clock change never loses or repeats one; a worker that was down at
 * reminder time sends it when it comes back (quiet hours permitting).
 *
 * A booking made after its reminder time gets no reminder: the booking
 * confirmation the family just read says the same, and a second message
 * minutes later is noise. Sessions starting within `minLeadMinutes` are not
 * reminded either.
 * Returns the number of reminders queued.
 */
export async function scheduleReminders({ db, clock, config, minLeadMinutes = 60 }: ScheduleRemindersOptions): Promise<number> {
  const now = clock.now();
  const r = await db.query(
    `WITH due AS (
       SELECT b.id AS booking_id, b.parent_id, b.session_id, b.ref_code, b.created_at, p.language,
              ((((s.starts_at AT TIME ZONE $2)::date - 1) + $3::time) AT TIME ZONE $2) AS remind_at
       FROM sessions s
       JOIN bookings b ON b.session_id = s.id AND b.status = 'confirmed'
       JOIN parents p ON p.id = b.parent_id
       WHERE s.status = 'open'
         AND s.starts_at > $1::timestamptz + make_interval(mins => $4)
         AND s.starts_at <= $1::timestamptz + interval '3 days'
     )
     INSERT INTO outbox (chat_id, kind, payload, language, urgent, due_at, dedupe_key)
     SELECT d.parent_id, 'reminder',
            jsonb_build_object('bookingId', d.booking_id, 'sessionId', d.session_id, 'refCode', d.ref_code),
            d.language, false, $1, 'reminder:' || d.booking_id
     FROM due d
     WHERE d.remind_at <= $1 AND d.created_at < d.remind_at
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'reminder:' || d.booking_id)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [now, config.timeZone, config.notifications.reminderTime, minLeadMinutes],
  );
  return r.rowCount ?? 0;
}
