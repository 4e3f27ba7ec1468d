import { GrammyError, HttpError, type Api } from 'grammy';
import type { OutgoingMessage, SendNotification, SendResult } from '../src/notifications/SendNotification.ts';

/**
 * The outbox worker's transport: one rendered message → one sendMessage, and
 * grammY's errors → the worker's result shape. 429 carries Telegram's
 * retry_after; 403 (blocked, deactivated, kicked) and 400 (chat not found,
 * bad request) are permanent; 5xx and network failures are worth retrying.
 * Install no auto-retry transformer on this Api: the worker owns retries.
 */
export function createTelegramSender(api: Api): SendNotification {
  async function deliver(chatId: number, m: OutgoingMessage, threaded = true) {
    return api.sendMessage(chatId, m.text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      // A follow-up under its ticket; sent anyway if that message was deleted.
      ...(threaded && m.replyToMessageId !== undefined ? { reply_parameters: { message_id: m.replyToMessageId, allow_sending_without_reply: true } } : {}),
      ...(m.buttons?.length ? { reply_markup: { inline_keyboard: m.buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))) } } : {}),
    });
  }

  return async function send(m: OutgoingMessage): Promise<SendResult> {
    try {
      const sent = await deliver(m.chatId, m);
      return { ok: true, messageId: sent.message_id };
    } catch (err) {
      if (err instanceof GrammyError) {
        // A group upgraded to a supergroup has a new id; follow it once (the staff group).
        const migrated = err.parameters?.migrate_to_chat_id;
        if (migrated !== undefined) {
          try {
            // The old chat's message ids mean nothing in the new one.
            const sent = await deliver(migrated, m, false);
            return { ok: true, messageId: sent.message_id };
          } catch (again) {
            return toResult(again);
          }
        }
      }
      return toResult(err);
    }
  };
}

function toResult(err: unknown): SendResult {
  if (err instanceof GrammyError) {
    const description = `${err.error_code} ${err.description}`;
    if (err.error_code === 429) {
      return { ok: false, permanent: false, retryAfterSeconds: err.parameters?.retry_after ?? 5, description };
    }
    if (err.error_code === 403 || err.error_code === 400) return { ok: false, permanent: true, description };
    return { ok: false, permanent: false, description };
  }
  if (err instanceof HttpError) return { ok: false, permanent: false, description: `network: ${err.message}` };
  return { ok: false, permanent: false, description: `send failed: ${(err as Error)?.message ?? String(err)}` };
}
