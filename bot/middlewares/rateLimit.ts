import type { Middleware } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import type { BotApp } from '../BotApp.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { hintLang } from '../hintLang.ts';
import { createRateLimiter } from './createRateLimiter.ts';

/** Per-user limit from config.telegram.userMessagesPerMinute. */
export function rateLimit(app: BotApp): Middleware<BotContext> {
  const limiter = createRateLimiter({ perMinute: app.config.telegram.userMessagesPerMinute, now: () => app.clock.now().getTime() });
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId === undefined || ctx.from?.is_bot) return next();
    const decision = limiter.check(userId);
    if (decision === 'ok') return next();
    ctx.log.info({ decision }, 'rate limited');
    if (decision === 'limited-first') {
      const lang = hintLang(ctx.from?.language_code);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: BOT_TEXTS.rateLimitedShort[lang] });
      else if (ctx.chat?.type === 'private') await ctx.reply(BOT_TEXTS.rateLimited[lang]);
    } else if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
    }
  };
}
