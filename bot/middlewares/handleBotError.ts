import { GrammyError, HttpError } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';

/** Telegram refuses to deliver: the user blocked the bot, left, or the chat is gone. */
export function isUndeliverable(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 403 || (err.error_code === 400 && /chat not found/i.test(err.description)));
}

/**
 * The error boundary's one action: log with the update id, then a short
 * bilingual apology where one can still reach the person.
 */
export async function handleBotError(ctx: BotContext, err: unknown): Promise<void> {
  const log = ctx.log ?? ctx.app?.logger;
  const updateId = ctx.update?.update_id;
  if (isUndeliverable(err)) {
    log?.warn({ updateId, code: (err as GrammyError).error_code, description: (err as GrammyError).description }, 'cannot deliver to this chat (bot blocked or chat gone)');
    return;
  }
  const details =
    err instanceof GrammyError
      ? { method: err.method, code: err.error_code, description: err.description }
      : err instanceof HttpError
        ? { http: err.message }
        : { err: { message: (err as Error)?.message, code: (err as { code?: string })?.code, stack: (err as Error)?.stack } };
  log?.error({ updateId, ...details }, 'update failed');
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat && ctx.chat.type === 'private') await ctx.api.sendMessage(ctx.chat.id, BOT_TEXTS.apology);
  } catch (sendErr) {
    log?.warn({ updateId, err: (sendErr as Error)?.message }, 'apology could not be sent');
  }
}
