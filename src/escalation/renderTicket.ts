import { words } from '../i18n/catalogue.ts';
import type { RenderedMessage } from '../notifications/SendNotification.ts';
import { escapeHtml } from '../notifications/escapeHtml.ts';
import { encodeStaffButton } from './staffButtons.ts';
import type { TicketView } from './ticketView.ts';

const TURN_CHARS = 300;
const BOT_TURN_CHARS = 120;
const MAX_HTML = 4000;

/** The words staff read (the staff group's catalogue: Chinese with English). */
export const staffWords = () => words('zh').staff;

/** "🎫 #12": every ticket message starts with it, so staff can tell which family it is about. */
export function ticketTag(id: number): string {
  return `🎫 #${id}`;
}

export interface TicketRenderOptions {
  /** A line above the ticket (urgent marker, "still unclaimed"). */
  heading?: string;
  /** Claim / resolve buttons (not on a list entry in a private chat). */
  withButtons?: boolean;
}

/**
 * The ticket as staff see it: status, reason, the family's name and language,
 * the child's age, the question, the last few turns, and claim/resolve buttons.
 */
export function renderTicket(t: TicketView, { heading, withButtons = true }: TicketRenderOptions = {}, withTurns = true): RenderedMessage {
  const w = staffWords();
  const e = escapeHtml;
  const lines: string[] = [];
  if (heading) lines.push(`<b>${e(heading)}</b>`);
  lines.push(`<b>${ticketTag(t.escalationId)}</b> · ${e(w.status[t.status])} · ${e(w.reason[t.reason])}`);
  lines.push(`👤 ${e(t.parentName || '—')} · ${e(w.language[t.parentLocale])}${t.childAgeMonths !== null ? ` · 👶 ${e(w.age(t.childAgeMonths))}` : ''}`);
  lines.push('', `<b>${e(t.question.slice(0, 700))}</b>`);
  if (withTurns && t.recentTurns.length > 0) {
    lines.push('');
    for (const turn of t.recentTurns) {
      const who = turn.role === 'parent' ? '👤' : turn.role === 'staff' ? '👩‍🏫' : '🤖';
      const max = turn.role === 'bot' ? BOT_TURN_CHARS : TURN_CHARS;
      const text = turn.text.length > max ? `${turn.text.slice(0, max)}…` : turn.text;
      lines.push(`${who} ${e(text)}`);
    }
  }
  if (t.status === 'claimed' && t.claimedByName) lines.push('', e(w.claimedBy(t.claimedByName)));
  if (t.status === 'resolved') lines.push('', e(w.resolvedBy(t.claimedByName ?? '')));
  if (t.status !== 'resolved') lines.push('', `<i>${e(w.replyHint)}</i>`);
  const text = lines.join('\n');
  // Escaping can grow text; drop the recent turns rather than cut a tag.
  if (text.length > MAX_HTML && withTurns) return renderTicket(t, { heading, withButtons }, false);
  return { text, buttons: withButtons ? ticketButtons(t) : undefined };
}

export function ticketButtons(t: Pick<TicketView, 'escalationId' | 'status'>): RenderedMessage['buttons'] {
  if (t.status === 'resolved') return [];
  const row = [];
  const w = staffWords();
  if (t.status === 'open') row.push({ text: w.claim, data: encodeStaffButton({ kind: 'claim', escalationId: t.escalationId }) });
  row.push({ text: w.resolve, data: encodeStaffButton({ kind: 'resolve', escalationId: t.escalationId }) });
  return [row];
}
