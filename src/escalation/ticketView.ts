import type { Queryable } from '../db/Queryable.ts';
import { isLocale, type Locale } from '../i18n/languages.ts';
import type { EscalationReason, EscalationStatus } from './EscalationService.ts';

const RECENT_TURNS = 6;

/** What staff see of a ticket: the question, the family's name and language, the child's age, the last turns. */
export interface TicketView {
  escalationId: number;
  reason: EscalationReason;
  status: EscalationStatus;
  question: string;
  parentName: string;
  parentLocale: Locale;
  childAgeMonths: number | null;
  claimedByName: string | null;
  openedAt: Date;
  recentTurns: Array<{ role: 'parent' | 'bot' | 'staff'; text: string }>;
  /** The ticket's newest announcement in the group (follow-ups are threaded under it). */
  groupChatId: number | null;
  groupMessageId: number | null;
}

/** The ticket as it is now, or null when the family deleted it (or retention did). */
export async function loadTicketView(db: Queryable, escalationId: number): Promise<TicketView | null> {
  const r = await db.query(
    `SELECT e.id, e.reason, e.status, e.question, e.child_age_months, e.created_at, e.group_chat_id, e.group_message_id, e.language,
            p.display_name, p.language AS parent_language, s.name AS claimed_by_name
       FROM escalations e
       LEFT JOIN parents p ON p.id = e.parent_id
       LEFT JOIN staff s ON s.id = e.claimed_by
      WHERE e.id = $1`,
    [escalationId],
  );
  const e = r.rows[0];
  if (!e) return null;
  const turns = await db.query<{ role: 'parent' | 'bot' | 'staff'; text: string }>(
    `SELECT t.role, t.text FROM conversation_turns t
      WHERE t.user_id = (SELECT parent_id FROM escalations WHERE id = $1)
      ORDER BY t.id DESC LIMIT $2`,
    [escalationId, RECENT_TURNS],
  );
  const locale = isLocale(e.parent_language) ? e.parent_language : isLocale(e.language) ? e.language : 'zh';
  return {
    escalationId: e.id,
    reason: e.reason,
    status: e.status,
    question: e.question,
    parentName: e.display_name ?? '',
    parentLocale: locale,
    childAgeMonths: e.child_age_months,
    claimedByName: e.claimed_by_name ?? null,
    openedAt: new Date(e.created_at),
    recentTurns: turns.rows.reverse(),
    groupChatId: e.group_chat_id === null ? null : Number(e.group_chat_id),
    groupMessageId: e.group_message_id === null ? null : Number(e.group_message_id),
  };
}
