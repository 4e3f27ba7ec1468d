import type { Queryable } from '../db/Queryable.ts';

export interface RetentionResult {
  /** Tickets (with their messages and the record of their group messages) deleted. */
  tickets: number;
  /** Delivered, failed or skipped outbox rows deleted (their payloads may name a child). */
  outboxRows: number;
}

/**
 * Deletes what the privacy notice promises to delete after the retention
 * period (HISTORY_RETENTION_DAYS, 90 days by default), like the conversation
 * history: a ticket once its last message (or its resolution) is older than
 * that, and finished outbox rows. Run by the outbox worker's maintenance.
 * The staff group's own copies are Telegram's to keep: set the group's
 * auto-delete timer for those.
 */
export async function applyRetention(db: Queryable, { now, retentionDays }: { now: Date; retentionDays: number }): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const tickets = await db.query(
    `DELETE FROM escalations e
      WHERE e.created_at < $1
        AND coalesce(e.resolved_at, e.created_at) < $1
        AND NOT EXISTS (SELECT 1 FROM escalation_messages m WHERE m.escalation_id = e.id AND m.created_at >= $1)`,
    [cutoff],
  );
  const outbox = await db.query(`DELETE FROM outbox WHERE status <> 'pending' AND created_at < $1`, [cutoff]);
  return { tickets: tickets.rowCount ?? 0, outboxRows: outbox.rowCount ?? 0 };
}
