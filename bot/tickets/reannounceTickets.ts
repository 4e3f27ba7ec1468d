import type { Api } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { postTicket } from './postTicket.ts';

/**
 * Posts again every unclaimed ticket not announced for
 * config.notifications.escalationReannounceMinutes. runBot calls it on a
 * timer; tests call it with a fixed clock. Returns how many were posted.
 */
export async function reannounceTickets(app: BotApp, api: Api): Promise<number> {
  if (app.config.telegram.staffGroupChatId === undefined) return 0;
  const due = await app.escalation.dueForReannounce(app.config.notifications.escalationReannounceMinutes);
  let posted = 0;
  for (const e of due) {
    try {
      if (await postTicket(app, api, e, e.groupMessageId ? STAFF_TEXTS.reannounced : undefined)) posted++;
    } catch (err) {
      app.logger.warn({ escalationId: e.id, err: (err as Error).message }, 'ticket re-announcement failed');
    }
  }
  return posted;
}
