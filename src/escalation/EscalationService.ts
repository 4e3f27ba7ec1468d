import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { StaffMember } from '../booking/types.ts';
import { staffDirectory } from '../operators/staffDirectory.ts';
import { enqueueNotification } from '../notifications/enqueueNotification.ts';
import type { Queryable } from '../db/Queryable.ts';
import { isLocale, LOCALES, type Locale } from '../i18n/languages.ts';
import { loadTicketView } from './ticketView.ts';
import { renderTicket } from './renderTicket.ts';
import type { RenderedMessage } from '../notifications/SendNotification.ts';
import { stripControlCharacters } from '../text/controlCharacters.ts';
import type { QuietHours } from '../notifications/quietHours.ts';
import { DEFAULT_STAFF_NIGHT, staffBackAt } from './staffHours.ts';

export type EscalationReason = 'medical' | 'complaint' | 'human_requested' | 'unanswered' | 'other';
export type EscalationStatus = 'open' | 'claimed' | 'resolved';

export interface Escalation {
  id: number;
  parentId: number;
  reason: EscalationReason;
  question: string;
  /** The parent's locale: tickets show staff whether the family writes Traditional. */
  language: Locale;
  /** What the parent reads now (zh-Hant for Traditional writers): words sent to the family use it. */
  parentLocale: Locale;
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
  language: z.enum(LOCALES),
  childAgeMonths: z.number().int().min(0).max(72).nullish(),
});

const SELECT = `SELECT e.*, s.name AS claimed_by_name, p.language AS parent_language
  FROM escalations e LEFT JOIN staff s ON s.id = e.claimed_by LEFT JOIN parents p ON p.id = e.parent_id`;

/** Why the bot posted a message about a ticket (staff replies to any of them reach the family). */
export type TicketMessageRole = 'announce' | 'reannounce' | 'follow_up' | 'listing';

/** A message in a staff chat that is about one ticket. */
export interface TicketMessage {
  chatId: number;
  messageId: number;
  escalationId: number;
}

/** Placeholder name given to configured staff ids before their Telegram name is known. */
const placeholderName = (telegramUserId: number) => `staff ${telegramUserId}`;

/**
 * Puts the parent's message in front of staff: an announcement for a new
 * ticket, a follow-up under it otherwise. One row per parent message (the
 * dedupe key names the message), so a message reaches the group once
 * whichever path asks for it. Nothing without a staff group.
 */
async function queueForStaff(
  db: Queryable,
  staffGroupChatId: number | undefined,
  now: Date,
  m: { escalationId: number; messageId: number; kind: 'announce' | 'follow_up'; urgent: boolean },
): Promise<void> {
  if (staffGroupChatId === undefined) return;
  const common = { chatId: staffGroupChatId, language: 'zh' as const, urgent: true, dueAt: now, dedupeKey: `ticket_message:${m.messageId}` };
  if (m.kind === 'announce') {
    await enqueueNotification(db, { ...common, kind: 'escalation_announce', payload: { escalationId: m.escalationId, urgent: m.urgent } });
  } else {
    await enqueueNotification(db, {
      ...common,
      kind: 'escalation_follow_up',
      payload: { escalationId: m.escalationId, messageId: m.messageId, urgent: m.urgent },
    });
  }
}

function toEscalation(r: Record<string, any>): Escalation {
  return {
    id: r.id,
    parentId: r.parent_id,
    reason: r.reason,
    question: r.question,
    language: r.language,
    parentLocale: isLocale(r.parent_language) ? r.parent_language : r.language,
    childAgeMonths: r.child_age_months,
    status: r.status,
    claimedBy: r.claimed_by,
    claimedByName: r.claimed_by_name ?? null,
    groupChatId: r.group_chat_id === null ? null : Number(r.group_chat_id),
    groupMessageId: r.group_message_id === null ? null : Number(r.group_message_id),
    createdAt: r.created_at,
    claimedAt: r.claimed_at,
    resolvedAt: r.resolved_at,
    lastAnnouncedAt: r.last_announced_at,
  };
}

export interface EscalationDeps {
  pool: Db;
  clock: Clock;
  /** Where tickets are announced (config.telegram.staffGroupChatId); without one, only /tickets shows them. */
  staffGroupChatId?: number;
  /** The night, when staff are off (config.notifications.quietHours); default 21:30–08:00. */
  staffNight?: QuietHours;
  /** Default Asia/Shanghai. */
  timeZone?: string;
}

/**
 * Tickets that hand a parent's question to a person. A parent has at most one
 * unresolved ticket; later messages join it until staff resolve it. What
 * staff see in their group goes through the outbox only (announcements,
 * re-announcements, follow-ups), queued in the transaction that stores the
 * message; every ticket message the bot posts is recorded, and a staff reply
 * is routed by the message it replies to, never by its text.
 */
export function createEscalationService({ pool, clock, staffGroupChatId, staffNight = DEFAULT_STAFF_NIGHT, timeZone = 'Asia/Shanghai' }: EscalationDeps) {
  async function getStaff(telegramUserId: number): Promise<StaffMember | null> {
    const r = await pool.query('SELECT id, telegram_user_id, name, role, point_id FROM staff WHERE telegram_user_id = $1 AND active', [telegramUserId]);
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

    /** At night, when staff are back to answer a request sent now (a family is told so); during staff hours, null. */
    staffBackAt(): Date | null {
      return staffBackAt(clock.now(), staffNight, timeZone);
    },

    /** When staff answer families: the day outside the night (08:00–21:30 by default), told with every hand-over. */
    staffHours(): { from: string; to: string } {
      return { from: staffNight.end, to: staffNight.start };
    },

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
        await client.query(`INSERT INTO parents (id, language) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [v.parentId, v.language]);
        // Serialise per parent so two quick messages cannot open two tickets.
        await client.query('SELECT id FROM parents WHERE id = $1 FOR UPDATE', [v.parentId]);
        const current = await client.query(`${SELECT} WHERE e.parent_id = $1 AND e.status <> 'resolved' ORDER BY e.id DESC LIMIT 1`, [v.parentId]);
        if (current.rows[0]) {
          const e = toEscalation(current.rows[0]);
          const m = await client.query<{ id: string }>(
            `INSERT INTO escalation_messages (escalation_id, author, text, created_at) VALUES ($1, 'parent', $2, $3) RETURNING id`,
            [e.id, v.question, now],
          );
          if (v.reason === 'medical' && e.reason !== 'medical') {
            await client.query(`UPDATE escalations SET reason = 'medical' WHERE id = $1`, [e.id]);
            e.reason = 'medical';
          }
          await queueForStaff(client, staffGroupChatId, now, {
            escalationId: e.id,
            messageId: Number(m.rows[0]!.id),
            kind: 'follow_up',
            urgent: v.reason === 'medical',
          });
          return { escalation: e, existing: true };
        }
        const r = await client.query(
          `INSERT INTO escalations (parent_id, reason, question, language, child_age_months, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [v.parentId, v.reason, v.question, v.language, v.childAgeMonths ?? null, now],
        );
        const m = await client.query<{ id: string }>(
          `INSERT INTO escalation_messages (escalation_id, author, text, created_at) VALUES ($1, 'parent', $2, $3) RETURNING id`,
          [r.rows[0].id, v.question, now],
        );
        await queueForStaff(client, staffGroupChatId, now, {
          escalationId: r.rows[0].id,
          messageId: Number(m.rows[0]!.id),
          kind: 'announce',
          urgent: v.reason === 'medical',
        });
        const p = await client.query('SELECT language FROM parents WHERE id = $1', [v.parentId]);
        return { escalation: toEscalation({ ...r.rows[0], parent_language: p.rows[0]?.language }), existing: false };
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
      await pool.query(`INSERT INTO escalation_messages (escalation_id, author, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        escalationId,
        author,
        staffId ?? null,
        text.slice(0, 4000),
        clock.now(),
      ]);
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
      const r = await pool.query('SELECT author, text, created_at FROM escalation_messages WHERE escalation_id = $1 ORDER BY id', [escalationId]);
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

    /**
     * Puts the parent's latest message on the ticket in front of staff (a
     * follow-up under the ticket, through the outbox). Called by a transport
     * when staff hold the ticket or the parent's words were passed on; a
     * message already queued (with the ticket's announcement or by open())
     * is not queued again.
     */
    async forwardLatestParentMessage(escalationId: number, { urgent = false }: { urgent?: boolean } = {}): Promise<boolean> {
      return withTransaction(pool, async (client) => {
        const r = await client.query<{ id: string; status: EscalationStatus }>(
          `SELECT m.id, e.status FROM escalation_messages m JOIN escalations e ON e.id = m.escalation_id
            WHERE m.escalation_id = $1 AND m.author = 'parent' ORDER BY m.id DESC LIMIT 1`,
          [escalationId],
        );
        const m = r.rows[0];
        if (!m || m.status === 'resolved' || staffGroupChatId === undefined) return false;
        const before = await client.query('SELECT 1 FROM outbox WHERE dedupe_key = $1', [`ticket_message:${m.id}`]);
        if (before.rows[0]) return false;
        await queueForStaff(client, staffGroupChatId, clock.now(), { escalationId, messageId: Number(m.id), kind: 'follow_up', urgent });
        return true;
      });
    },

    /** Remembers a message the bot posted about a ticket, so a staff reply to it reaches the family. */
    async recordTicketMessage(escalationId: number, chatId: number, messageId: number, role: TicketMessageRole, db: Queryable = pool): Promise<void> {
      await db.query(
        `INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (chat_id, message_id) DO NOTHING`,
        [chatId, messageId, escalationId, role, clock.now()],
      );
    },

    /** The ticket a staff chat message is about, by the message id the bot recorded when it posted it; never by text. */
    async findByTicketMessage(chatId: number, messageId: number): Promise<Escalation | null> {
      const r = await pool.query(`${SELECT} JOIN ticket_messages tm ON tm.escalation_id = e.id WHERE tm.chat_id = $1 AND tm.message_id = $2`, [
        chatId,
        messageId,
      ]);
      return r.rows[0] ? toEscalation(r.rows[0]) : null;
    },

    /** Every message the bot posted about this family's tickets (edited or deleted when the family asks to be forgotten). */
    async ticketMessagesOfParent(parentId: number): Promise<TicketMessage[]> {
      const r = await pool.query(
        `SELECT tm.chat_id, tm.message_id, tm.escalation_id FROM ticket_messages tm
           JOIN escalations e ON e.id = tm.escalation_id WHERE e.parent_id = $1 ORDER BY tm.created_at, tm.message_id`,
        [parentId],
      );
      return r.rows.map((x) => ({ chatId: Number(x.chat_id), messageId: Number(x.message_id), escalationId: x.escalation_id }));
    },

    /** The ticket message as staff see it now (status, buttons), for editing a posted message; null when gone. */
    async ticketMessage(escalationId: number, options?: Parameters<typeof renderTicket>[1]): Promise<RenderedMessage | null> {
      const view = await loadTicketView(pool, escalationId);
      return view ? renderTicket(view, options) : null;
    },

    /**
     * The staff member, with their Telegram name in place of the placeholder
     * given to a configured id ("staff 9001"), so families read a person's
     * name. A name set by an admin or the staff file is kept.
     */
    async noteStaffName(staff: StaffMember, firstName: string | undefined): Promise<StaffMember> {
      if (staff.name !== placeholderName(staff.telegramUserId)) return staff;
      const name = stripControlCharacters(firstName ?? '')
        .trim()
        .slice(0, 60);
      if (!name) return staff;
      await pool.query('UPDATE staff SET name = $2 WHERE telegram_user_id = $1 AND name = $3', [staff.telegramUserId, name, staff.name]);
      return { ...staff, name };
    },

    async listUnresolved(): Promise<Escalation[]> {
      const r = await pool.query(`${SELECT} WHERE e.status <> 'resolved' ORDER BY e.id`);
      return r.rows.map(toEscalation);
    },
  };
}

export type EscalationService = ReturnType<typeof createEscalationService>;
