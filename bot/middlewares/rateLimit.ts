import type { Middleware } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import type { BotApp } from '../BotApp.ts';
import { parentLocale } from '../parentLocale.ts';
import { parentWords } from '../render/parentWords.ts';
import { createRateLimiter } from './createRateLimiter.ts';

/** Per-user limit from config.telegram.userMessagesPerMinute; the one notice is in the language the parent writes in. */
export function rateLimit(app: BotApp): Middleware<BotContext> {
  const limiter = createRateLimiter({ perMinute: app.config.telegram.userMessagesPerMinute, now: () => app.clock.now().getTime() });
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId === undefined || ctx.from?.is_bot) return next();
    const decision = limiter.check(userId);
    if (decision === 'ok') return next();
    ctx.log.info({ decision }, 'rate limited');
    if (decision === 'limited-first') {
      const say = parentWords(await parentLocale(ctx));
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: say((w) => w.rateLimitedShort) });
      else if (ctx.chat?.type === 'private') await ctx.reply(say((w) => w.rateLimited));
    } else if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
    }
  };
}
