import type { InlineKeyboardMarkup } from 'grammy/types';
import type { RosterSession } from '../../src/booking/types.ts';
import { serviceName } from '../../src/domain/serviceKinds.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { encodeStaffButton } from '../tickets/staffButtons.ts';
import { escapeHtml } from './escapeHtml.ts';

const STATUS_MARK: Record<string, string> = {
  held: '⏳',
  confirmed: '•',
  attended: '✅',
  no_show: '❌',
  cancelled: '✖',
  expired: '✖',
};

export interface RosterMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/**
 * A day's roster for staff: one message per session with bookings (with
 * attended / no-show buttons), sessions without bookings summed up in one line each.
 */
export function formatRoster(date: string, sessions: RosterSession[]): RosterMessage[] {
  if (sessions.length === 0) return [{ html: escapeHtml(STAFF_TEXTS.rosterEmpty(date)) }];
  const messages: RosterMessage[] = [];
  const quiet: string[] = [];
  for (const s of sessions) {
    const head =
      `<b>#${s.sessionId}</b> ${escapeHtml(s.startTime)}–${escapeHtml(s.endTime)} ${escapeHtml(s.point.nameZh)} · ` +
      `${escapeHtml(serviceName(s.kind, s.classTitle, 'zh'))} · ${s.booked}/${s.capacity}` +
      (s.waiting ? ` · 候补 ${s.waiting}` : '') +
      (s.status === 'cancelled' ? ` · 已取消 cancelled${s.cancelReason ? `（${escapeHtml(s.cancelReason)}）` : ''}` : '');
    const active = s.bookings.filter((b) => b.status !== 'cancelled' && b.status !== 'expired');
    if (active.length === 0) {
      quiet.push(head);
      continue;
    }
    const lines = active.map((b) => `${STATUS_MARK[b.status] ?? '•'} <code>${escapeHtml(b.refCode)}</code> ${escapeHtml(b.childName)} (${b.ageMonths}m)`);
    const markable = active.filter((b) => b.status === 'confirmed' || b.status === 'attended' || b.status === 'no_show');
    messages.push({
      html: [head, ...lines].join('\n'),
      keyboard: markable.length
        ? {
            inline_keyboard: markable.slice(0, 40).map((b) => [
              { text: `${STAFF_TEXTS.attendedButton} ${b.refCode}`, callback_data: encodeStaffButton({ kind: 'attendance', refCode: b.refCode, outcome: 'attended' }) },
              { text: `${STAFF_TEXTS.noShowButton} ${b.refCode}`, callback_data: encodeStaffButton({ kind: 'attendance', refCode: b.refCode, outcome: 'no_show' }) },
            ]),
          }
        : undefined,
    });
  }
  for (let i = 0; i < quiet.length; i += 25) {
    messages.push({ html: `<b>${escapeHtml(date)}</b>\n${quiet.slice(i, i + 25).join('\n')}` });
  }
  return messages;
}
