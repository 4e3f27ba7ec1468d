import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { StaffMember } from '../booking/types.ts';
import { staffDirectory } from '../operators/staffDirectory.ts';

export type EscalationReason = 'medical' | 'complaint' | 'human_requested' | 'unanswered' | 'other';
export type EscalationStatus = 'open' | 'claimed' | 'resolved';

export interface Escalation {
  id: number;
  parentId: number;
  reason: EscalationReason;
  question: string;
  language: 'zh' | 'en';
  childAgeMonths: number | null;
  status: EscalationStatus;
  claimedBy: number | null;
  claimedByName: string | null;
  groupChatId: number | null;
  groupMessageId: number | null;
  createdAt: Date;
  claimedAt: Date | null;
  resolvedAt: Date | null;
  lastAnnouncedAt: Date | null;
}

export type { StaffMember };

const openInput = z.object({
  parentId: z.number().int().positive(),
  reason: z.enum(['medical', 'complaint', 'human_requested', 'unanswered', 'other']),
  question: z.string().trim().min(1).max(4000),
  language: z.enum(['zh', 'en']),
  childAgeMonths: z.number().int().min(0).max(72).nullish(),
});

const SELECT = `SELECT e.*, s.name AS claimed_by_name FROM escalations e LEFT JOIN staff s ON s.id = e.claimed_by`;

function toEscalation(r: Record<string, any>): Escalation {
  return {
    id: r.id,
    parentId: r.parent_id,
    reason: r.reason,
    question: r.question,
    language: r.language,
    childAgeMonths: r.child_age_months,
    status: r.status,
    claimedBy: r.claimed_by,
    claimedByName: r.claimed_by_name ?? null,
    groupChatId: r.group_chat_id,
    groupMessageId: r.group_message_id,
    createdAt: r.created_at,
    claimedAt: r.claimed_at,
    resolvedAt: r.resolved_at,
    lastAnnouncedAt: r.last_announced_at,
  };
}

/**
 * Tickets that hand a parent's question to a person. A parent has at most one
 * unresolved ticket; later messages join it until staff resolve it.
 */
export function createEscalationService({ pool, clock }: { pool: Db; clock: Clock }) {
  async function getStaff(telegramUserId: number): Promise<StaffMember | null> {
    const r = await pool.query(
      'SELECT id, telegram_user_id, name, role, point_id FROM staff WHERE telegram_user_id = $1 AND active',
      [telegramUserId],
    );
    const s = r.rows[0];
    return s ? { id: s.id, telegramUserId: s.telegram_user_id, name: s.name, role: s.role, pointId: s.point_id } : null;
  }

  async function requireStaff(telegramUserId: number): Promise<StaffMember> {
    const s = await getStaff(telegramUserId);
    if (!s) throw new DomainError('NOT_STAFF', { telegramUserId });
    return s;
  }

  return {
    getStaff,

    /** Configured staff ids are admins at once; ids removed from the list lose access (src/operators/staffDirectory.ts). */
    async ensureStaff(telegramUserIds: number[]): Promise<void> {
      await staffDirectory({ pool, clock }).reconcileConfigured(telegramUserIds);
    },

    /** Opens a ticket, or adds the question to the parent's unresolved one. */
    async open(input: z.input<typeof openInput>): Promise<{ escalation: Escalation; existing: boolean }> {
      const parsed = openInput.safeParse(input);
      if (!parsed.success) throw new DomainError('INVALID_INPUT', { field: parsed.error.issues[0]?.path.join('.'), reason: parsed.error.issues[0]?.message });
      const v = parsed.data;
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO parents (id, language) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
          [v.parentId, v.language],
        );
        // Serialise per parent so two quick messages cannot open two tickets.
        await client.query('SELECT id FROM parents WHERE id = $1 FOR UPDATE', [v.parentId]);
        const current = await client.query(`${SELECT} WHERE e.parent_id = $1 AND e.status <> 'resolved' ORDER BY e.id DESC LIMIT 1`, [v.parentId]);
        if (current.rows[0]) {
          const e = toEscalation(current.rows[0]);
          await client.query(
            `INSERT INTO escalation_messages (escalation_id, author, text, created_at) VALUES ($1, 'parent', $2, $3)`,
            [e.id, v.question, now],
          );
          if (v.reason === 'medical' && e.reason !== 'medical') {
            await client.query(`UPDATE escalations SET reason = 'medical' WHERE id = $1`, [e.id]);
            e.reason = 'medical';
          }
          return { escalation: e, existing: true };
        }
        const r = await client.query(
          `INSERT INTO escalations (parent_id, reason, question, language, child_age_months, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [v.parentId, v.reason, v.question, v.language, v.childAgeMonths ?? null, now],
        );
        await client.query(
          `INSERT INTO escalation_messages (escalation_id, author, text, created_at) VALUES ($1, 'parent', $2, $3)`,
          [r.rows[0].id, v.question, now],
        );
        return { escalation: toEscalation(r.rows[0]), existing: false };
      });
    },

    async get(id: number): Promise<Escalation | null> {
      const r = await pool.query(`${SELECT} WHERE e.id = $1`, [id]);
      return r.rows[0] ? toEscalation(r.rows[0]) : null;
    },

    /** The parent's unresolved ticket, if any. */
    async activeForParent(parentId: number): Promise<Escalation | null> {
      const r = await pool.query(`${SELECT} WHERE e.parent_id = $1 AND e.status <> 'resolved' ORDER BY e.id DESC LIMIT 1`, [parentId]);
      return r.rows[0] ? toEscalation(r.rows[0]) : null;
    },

    async appendMessage(escalationId: number, author: 'parent' | 'staff' | 'bot', text: string, staffId?: number): Promise<void> {
      await pool.query(
        `INSERT INTO escalation_messages (escalation_id, author, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [escalationId, author, staffId ?? null, text.slice(0, 4000), clock.now()],
      );
      if (author === 'staff') {
        // Staff answers belong to the parent's conversation history too (memory, LLM context, later tickets).
        await pool.query(
          `INSERT INTO conversation_turns (user_id, role, text, language, created_at)
           SELECT parent_id, 'staff', $2, language, $3 FROM escalations WHERE id = $1`,
          [escalationId, text.slice(0, 4000), clock.now()],
        );
      }
    },

    async messages(escalationId: number): Promise<Array<{ author: string; text: string; createdAt: Date }>> {
      const r = await pool.query(
        'SELECT author, text, created_at FROM escalation_messages WHERE escalation_id = $1 ORDER BY id',
        [escalationId],
      );
      return r.rows.map((m) => ({ author: m.author, text: m.text, createdAt: m.created_at }));
    },

    /** A staff member takes the ticket; while claimed the bot stays quiet for that parent. */
    async claim(escalationId: number, staffUserId: number): Promise<Escalation> {
      const staff = await requireStaff(staffUserId);
      const r = await pool.query(
        `UPDATE escalations SET status = 'claimed', claimed_by = $2, claimed_at = $3
         WHERE id = $1 AND status <> 'resolved' RETURNING id`,
        [escalationId, staff.id, clock.now()],
      );
      if (r.rowCount === 0) throw new DomainError('ESCALATION_NOT_FOUND', { escalationId });
      return (await this.get(escalationId))!;
    },

    async resolve(escalationId: number, staffUserId: number): Promise<Escalation> {
      const staff = await requireStaff(staffUserId);
      const r = await pool.query(
        `UPDATE escalations SET status = 'resolved', resolved_at = $3, claimed_by = coalesce(claimed_by, $2)
         WHERE id = $1 AND status <> 'resolved' RETURNING id`,
        [escalationId, staff.id, clock.now()],
      );
      if (r.rowCount === 0) {
        const e = await this.get(escalationId);
        if (!e) throw new DomainError('ESCALATION_NOT_FOUND', { escalationId });
        return e;
      }
      return (await this.get(escalationId))!;
    },

    async recordAnnouncement(escalationId: number, groupChatId: number, messageId: number): Promise<void> {
      await pool.query(
        'UPDATE escalations SET group_chat_id = $2, group_message_id = $3, last_announced_at = $4 WHERE id = $1',
        [escalationId, groupChatId, messageId, clock.now()],
      );
    },

    async findByGroupMessage(groupChatId: number, messageId: number): Promise<Escalation | null> {
      const r = await pool.query(`${SELECT} WHERE e.group_chat_id = $1 AND e.group_message_id = $2`, [groupChatId, messageId]);
      return r.rows[0] ? toEscalation(r.rows[0]) : null;
    },

    async listUnresolved(): Promise<Escalation[]> {
      const r = await pool.query(`${SELECT} WHERE e.status <> 'resolved' ORDER BY e.id`);
      return r.rows.map(toEscalation);
    },

    /** Open (unclaimed) tickets not announced for `minutes`. */
    async dueForReannounce(minutes: number): Promise<Escalation[]> {
      const r = await pool.query(
        `${SELECT} WHERE e.status = 'open' AND (e.last_announced_at IS NULL OR e.last_announced_at <= $1) ORDER BY e.id`,
        [new Date(clock.now().getTime() - minutes * 60_000)],
      );
      return r.rows.map(toEscalation);
    },
  };
}

export type EscalationService = ReturnType<typeof createEscalationService>;
