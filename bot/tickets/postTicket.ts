import type { Api } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { Escalation } from '../../src/escalation/EscalationService.ts';
import { formatTicket, ticketKeyboard } from './formatTicket.ts';

/**
 * Posts a ticket to the staff group and records the message, so replies to
 * it reach the parent. Re-announcing posts a fresh message (a reply to the
 * old one) so the ticket surfaces at the bottom of the chat again.
 * Returns false when no staff group is configured.
 */
export async function postTicket(app: BotApp, api: Api, e: Escalation, heading?: string): Promise<boolean> {
  const groupId = app.config.telegram.staffGroupChatId;
  if (groupId === undefined) return false;
  const msg = await api.sendMessage(groupId, await formatTicket(app, e, heading), {
    parse_mode: 'HTML',
    reply_markup: ticketKeyboard(e),
    link_preview_options: { is_disabled: true },
    ...(e.groupMessageId && e.groupChatId === groupId
      ? { reply_parameters: { message_id: e.groupMessageId, allow_sending_without_reply: true } }
      : {}),
  });
  await app.escalation.recordAnnouncement(e.id, groupId, msg.message_id);
  return true;
}
