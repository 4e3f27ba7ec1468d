import { GrammyError, HttpError } from 'grammy';
import { isDomainError } from '../../src/errors/DomainError.ts';
import { words } from '../../src/i18n/catalogue.ts';
import type { BotContext } from '../BotContext.ts';

/** Telegram refuses to deliver: the user blocked the bot, left, or the chat is gone. */
export function isUndeliverable(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 403 || (err.error_code === 400 && /chat not found/i.test(err.description)));
}

/** What is logged of an error: never a domain error's facts (they name parents and staff by Telegram id). */
function describeForLog(err: unknown): Record<string, unknown> {
  if (err instanceof GrammyError) return { method: err.method, code: err.error_code, description: err.description };
  if (err instanceof HttpError) return { http: err.message };
  if (isDomainError(err)) return { err: { code: err.code, fields: Object.keys(err.data) } };
  return { err: { message: (err as Error)?.message, code: (err as { code?: string })?.code, stack: (err as Error)?.stack } };
}

/**
 * The error boundary's one action: log with the update id, then a short
 * apology (in both languages: the database that knows the family's language
 * may be what failed) where one can still reach the person.
 */
export async function handleBotError(ctx: BotContext, err: unknown): Promise<void> {
  const log = ctx.log ?? ctx.app?.logger;
  const updateId = ctx.update?.update_id;
  if (isUndeliverable(err)) {
    log?.warn(
      { updateId, code: (err as GrammyError).error_code, description: (err as GrammyError).description },
      'cannot deliver to this chat (bot blocked or chat gone)',
    );
    return;
  }
  log?.error({ updateId, ...describeForLog(err) }, 'update failed');
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat && ctx.chat.type === 'private') await ctx.api.sendMessage(ctx.chat.id, words('zh').bot.apology);
  } catch (sendErr) {
    log?.warn({ updateId, err: (sendErr as Error)?.message }, 'apology could not be sent');
  }
}
