import type { Queryable } from '../db/Queryable.ts';
import type { EscalationReason, EscalationStatus } from '../escalation/EscalationService.ts';

export interface TicketRow {
  id: number;
  status: EscalationStatus;
  reason: EscalationReason;
  question: string;
  claimedByName: string | null;
  createdAt: Date;
}

/**
 * Tickets by status for the console's list, newest first (open ones oldest
 * first: the longest-waiting family comes first). A read of the escalations
 * table; every change goes through the escalation service.
 */
export async function listTickets(db: Queryable, status: EscalationStatus, limit = 100): Promise<TicketRow[]> {
  const r = await db.query<Record<string, any>>(
    `SELECT e.id, e.status, e.reason, e.question, e.created_at, s.name AS claimed_by_name
       FROM escalations e LEFT JOIN staff s ON s.id = e.claimed_by
      WHERE e.status = $1
      ORDER BY CASE WHEN $1 = 'resolved' THEN -extract(epoch FROM coalesce(e.resolved_at, e.created_at)) ELSE e.id END
      LIMIT $2`,
    [status, limit],
  );
  return r.rows.map((x) => ({
    id: x.id,
    status: x.status,
    reason: x.reason,
    question: x.question,
    claimedByName: x.claimed_by_name ?? null,
    createdAt: new Date(x.created_at),
  }));
}

/** How many tickets wait in each status (the tabs' counts). */
export async function countTickets(db: Queryable): Promise<Record<EscalationStatus, number>> {
  const r = await db.query<{ status: EscalationStatus; n: number }>('SELECT status, count(*)::int AS n FROM escalations GROUP BY status');
  const out: Record<EscalationStatus, number> = { open: 0, claimed: 0, resolved: 0 };
  for (const x of r.rows) out[x.status] = x.n;
  return out;
}
