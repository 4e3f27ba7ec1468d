import type { Api } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { Escalation } from '../../src/escalation/EscalationService.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { ticketTag } from './formatTicket.ts';

/** A parent's follow-up goes to the staff group as a reply to the ticket message. */
export async function forwardToTicket(app: BotApp, api: Api, e: Escalation, text: string, urgent = false): Promise<void> {
  const groupId = app.config.telegram.staffGroupChatId;
  if (groupId === undefined) return;
  const body = text.length > 3000 ? `${text.slice(0, 3000)}…` : text;
  const marker = urgent ? `<b>${escapeHtml(STAFF_TEXTS.urgent)}</b>\n` : '';
  await api.sendMessage(groupId, `${marker}<b>🎫 ${ticketTag(e.id)}</b> ${escapeHtml(STAFF_TEXTS.parentSays)}:\n${escapeHtml(body)}`, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(e.groupMessageId && e.groupChatId === groupId
      ? { reply_parameters: { message_id: e.groupMessageId, allow_sending_without_reply: true } }
      : {}),
  });
}
