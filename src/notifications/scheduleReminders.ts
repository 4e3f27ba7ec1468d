import type { Queryable } from '../db/Queryable.ts';
import type { Clock } from '../time/clock.ts';
import type { Config } from '../config/config.ts';
import type { Locale } from '../i18n/languages.ts';
import { enqueueNotification } from './enqueueNotification.ts';

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
  const due = await db.query<{ booking_id: number; parent_id: string; session_id: number; ref_code: string; language: Locale }>(
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
     SELECT d.booking_id, d.parent_id, d.session_id, d.ref_code, d.language
     FROM due d
     WHERE d.remind_at <= $1 AND d.created_at < d.remind_at
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'reminder:' || d.booking_id)
     ORDER BY d.booking_id`,
    [now, config.timeZone, config.notifications.reminderTime, minLeadMinutes],
  );
  let queued = 0;
  for (const d of due.rows) {
    const id = await enqueueNotification(db, {
      chatId: Number(d.parent_id),
      kind: 'reminder',
      payload: { bookingId: d.booking_id, sessionId: d.session_id, refCode: d.ref_code },
      language: d.language,
      dueAt: now,
      dedupeKey: `reminder:${d.booking_id}`,
    });
    if (id !== null) queued++;
  }
  return queued;
}
