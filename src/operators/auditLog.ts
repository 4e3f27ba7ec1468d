import type { Queryable } from '../db/Queryable.ts';

/**
 * Who did something: a staff member (through the bot), an operator at the
 * command line (`npm run …`, who has the database anyway), or the system
 * itself (the config reconciliation at start, the generation worker).
 */
export type Actor =
  | { kind: 'staff'; staffId: number; telegramUserId: number; name: string }
  | { kind: 'cli'; label: string }
  | { kind: 'system'; label: string };

export type AuditAction =
  | 'session.close'
  | 'session.add_extra'
  | 'point.close_day'
  | 'attendance.mark'
  | 'booking.cancel'
  | 'points.import'
  | 'timetable.import'
  | 'staff.import'
  | 'staff.save'
  | 'staff.deactivate'
  | 'staff.reconcile';

export interface AuditEntry {
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  pointId?: number | null;
  /** Figures and references only (ids, booking codes, counts): never a child's name or a phone number. */
  details?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorKind: Actor['kind'];
  actorLabel: string;
  actorTelegramUserId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  pointCode: string | null;
  details: Record<string, unknown>;
}

export function actorLabel(a: Actor): string {
  return a.kind === 'staff' ? `${a.name} (${a.telegramUserId})` : a.label;
}

/** Appends one entry; call it with the transaction's client so the entry exists exactly when the change commits. */
export async function recordAudit(db: Queryable, at: Date, actor: Actor, e: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, actor_kind, actor_staff_id, actor_label, action, target_type, target_id, point_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      at,
      actor.kind,
      actor.kind === 'staff' ? actor.staffId : null,
      actorLabel(actor),
      e.action,
      e.targetType ?? null,
      e.targetId === undefined ? null : String(e.targetId),
      e.pointId ?? null,
      JSON.stringify(e.details ?? {}),
    ],
  );
}

export interface AuditQuery {
  limit?: number;
  from?: Date;
  to?: Date;
  action?: string;
  /** Only entries about these points (null = all). */
  pointIds?: number[] | null;
}

/** Newest first. */
export async function listAudit(db: Queryable, q: AuditQuery = {}): Promise<AuditRecord[]> {
  const r = await db.query(
    `SELECT a.id, a.at, a.actor_kind, a.actor_label, st.telegram_user_id, a.action, a.target_type, a.target_id, p.code AS point_code, a.details
       FROM audit_log a LEFT JOIN staff st ON st.id = a.actor_staff_id LEFT JOIN service_points p ON p.id = a.point_id
      WHERE ($1::timestamptz IS NULL OR a.at >= $1) AND ($2::timestamptz IS NULL OR a.at < $2)
        AND ($3::text IS NULL OR a.action = $3 OR a.action LIKE $3 || '.%')
        AND ($4::int[] IS NULL OR a.point_id = ANY($4))
      ORDER BY a.at DESC, a.id DESC
      LIMIT $5`,
    [q.from ?? null, q.to ?? null, q.action ?? null, q.pointIds ?? null, Math.min(Math.max(q.limit ?? 50, 1), 10_000)],
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    at: new Date(x.at).toISOString(),
    actorKind: x.actor_kind,
    actorLabel: x.actor_label,
    actorTelegramUserId: x.telegram_user_id === null ? null : Number(x.telegram_user_id),
    action: x.action,
    targetType: x.target_type,
    targetId: x.target_id,
    pointCode: x.point_code,
    details: x.details ?? {},
  }));
}
