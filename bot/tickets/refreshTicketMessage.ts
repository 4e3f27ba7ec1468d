import type { Api } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { Escalation } from '../../src/escalation/EscalationService.ts';
import { formatTicket, ticketKeyboard } from './formatTicket.ts';

/** Shows the ticket's new status and buttons on its group message; a stale message is not an error. */
export async function refreshTicketMessage(app: BotApp, api: Api, e: Escalation): Promise<void> {
  if (e.groupChatId === null || e.groupMessageId === null) return;
  try {
    await api.editMessageText(e.groupChatId, e.groupMessageId, await formatTicket(app, e), {
      parse_mode: 'HTML',
      reply_markup: ticketKeyboard(e),
      link_preview_options: { is_disabled: true },
    });
  } catch (err) {
    app.logger.debug({ escalationId: e.id, err: (err as Error).message }, 'ticket message not updated');
  }
}
