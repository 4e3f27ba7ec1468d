import type { BotApp } from '../BotApp.ts';
import type { Escalation } from '../../src/escalation/EscalationService.ts';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { escapeHtml } from '../render/escapeHtml.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { encodeStaffButton } from './staffButtons.ts';

const RECENT_TURNS = 6;
const TURN_CHARS = 300;
const BOT_TURN_CHARS = 120;

/** "#12" in every ticket message lets staff reply to any of them. */
export function ticketTag(id: number): string {
  return `#${id}`;
}

export function parseTicketTag(text: string | undefined): number | null {
  const m = /🎫 #(\d{1,9})\b/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

function ageText(months: number): string {
  return months < 24 ? `${months} 个月 months` : `${Math.floor(months / 12)} 岁 ${months % 12} 个月 (${months} months)`;
}

/** The ticket as staff see it: question, language, child's age, the last few turns, status. */
export async function formatTicket(app: BotApp, e: Escalation, heading?: string, withTurns = true): Promise<string> {
  const parent = await app.db.pool.query<{ display_name: string }>('SELECT display_name FROM parents WHERE id = $1', [e.parentId]);
  const turns = await app.db.pool.query<{ role: string; text: string }>(
    'SELECT role, text FROM conversation_turns WHERE user_id = $1 ORDER BY id DESC LIMIT $2',
    [e.parentId, RECENT_TURNS],
  );
  const lines: string[] = [];
  if (heading) lines.push(escapeHtml(heading));
  lines.push(`<b>🎫 ${ticketTag(e.id)}</b> · ${escapeHtml(STAFF_TEXTS.status[e.status])} · ${escapeHtml(STAFF_TEXTS.reason[e.reason])}`);
  const name = parent.rows[0]?.display_name;
  lines.push(`👤 ${escapeHtml(name || '—')} · ${STAFF_TEXTS.language[e.language]}${e.childAgeMonths !== null ? ` · 👶 ${escapeHtml(ageText(e.childAgeMonths))}` : ''}`);
  lines.push('', `<b>${escapeHtml(e.question.slice(0, 700))}</b>`);
  if (withTurns && turns.rows.length > 0) {
    lines.push('');
    for (const turn of turns.rows.reverse()) {
      const who = turn.role === 'parent' ? '👤' : turn.role === 'staff' ? '👩‍🏫' : '🤖';
      const max = turn.role === 'bot' ? BOT_TURN_CHARS : TURN_CHARS;
      const text = turn.text.length > max ? `${turn.text.slice(0, max)}…` : turn.text;
      lines.push(`${who} ${escapeHtml(text)}`);
    }
  }
  if (e.status === 'claimed' && e.claimedByName) lines.push('', escapeHtml(STAFF_TEXTS.claimedBy(e.claimedByName)));
  if (e.status === 'resolved') lines.push('', escapeHtml(STAFF_TEXTS.resolvedBy(e.claimedByName ?? '')));
  if (e.status !== 'resolved') lines.push('', `<i>${escapeHtml(STAFF_TEXTS.replyHint)}</i>`);
  const html = lines.join('\n');
  // Escaping can grow text; drop the recent turns rather than cut a tag.
  if (html.length > 4000 && withTurns) return formatTicket(app, e, heading, false);
  return html;
}

export function ticketKeyboard(e: Escalation): InlineKeyboardMarkup {
  if (e.status === 'resolved') return { inline_keyboard: [] };
  const row = [];
  if (e.status === 'open') row.push({ text: STAFF_TEXTS.claim, callback_data: encodeStaffButton({ kind: 'claim', escalationId: e.id }) });
  row.push({ text: STAFF_TEXTS.resolve, callback_data: encodeStaffButton({ kind: 'resolve', escalationId: e.id }) });
  return { inline_keyboard: [row] };
}
