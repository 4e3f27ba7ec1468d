import type { Locale } from '../i18n/languages.ts';
import type { Queryable } from '../db/Queryable.ts';
import { DomainError } from '../errors/DomainError.ts';
import { NOTIFICATION_KINDS, type NotificationKind, type PayloadOf } from './kinds/index.ts';

export type { NotificationKind } from './kinds/index.ts';

export interface NotificationInput<K extends NotificationKind = NotificationKind> {
  chatId: number;
  kind: K;
  /** Typed by the kind (src/notifications/kinds/<kind>.ts) and validated against its schema. */
  payload: PayloadOf<K>;
  language?: Locale;
  /** Urgent messages ignore quiet hours (offers with a deadline, closures today). */
  urgent?: boolean;
  dueAt: Date;
  /** Same key twice is stored once (e.g. `reminder:<bookingId>`). */
  dedupeKey?: string;
}

/**
 * Queues a proactive message of one kind. Call it with the transaction's
 * client so the message exists exactly when the change that caused it
 * commits. A payload that does not fit its kind is refused here
 * (INVALID_INPUT), so the change that would have produced it rolls back
 * instead of a family missing the message later.
 */
export async function enqueueNotification<K extends NotificationKind>(db: Queryable, n: NotificationInput<K>): Promise<number | null> {
  const def = NOTIFICATION_KINDS[n.kind];
  if (!def) throw new DomainError('INVALID_INPUT', { field: 'kind', reason: `unknown notification kind ${String(n.kind)}` });
  const parsed = def.payload.safeParse(n.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('INVALID_INPUT', { field: `${n.kind}.payload.${issue?.path.join('.') ?? ''}`, reason: issue?.message });
  }
  const r = await db.query<{ id: number }>(
    `INSERT INTO outbox (chat_id, kind, payload, language, urgent, due_at, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [n.chatId, n.kind, JSON.stringify(parsed.data), n.language ?? null, n.urgent ?? false, n.dueAt, n.dedupeKey ?? null],
  );
  return r.rows[0]?.id ?? null;
}
