import type { Locale } from '../i18n/languages.ts';
import type { Queryable } from '../db/Queryable.ts';

export type NotificationKind =
  | 'waitlist_offer'
  | 'offer_expired'
  | 'offer_taken'
  | 'session_closed'
  | 'booking_cancelled_by_staff'
  | 'reminder'
  | 'staff_reply'
  | 'escalation_announce'
  | 'escalation_update'
  | 'staff_summary'
  | 'no_show_pause';

export interface NotificationInput {
  chatId: number;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  language?: Locale;
  /** Urgent messages ignore quiet hours (offers with a deadline, closures today). */
  urgent?: boolean;
  dueAt: Date;
  /** Same key twice is stored once (e.g. `reminder:<bookingId>`). */
  dedupeKey?: string;
}

/**
 * Queues a proactive message. Call it with the transaction's client so the
 * message exists exactly when the change that caused it commits.
 */
export async function enqueueNotification(db: Queryable, n: NotificationInput): Promise<number | null> {
  const r = await db.query<{ id: number }>(
    `INSERT INTO outbox (chat_id, kind, payload, language, urgent, due_at, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [n.chatId, n.kind, JSON.stringify(n.payload), n.language ?? null, n.urgent ?? false, n.dueAt, n.dedupeKey ?? null],
  );
  return r.rows[0]?.id ?? null;
}
