import type { Middleware } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { BotContext } from '../BotContext.ts';
import { maskId } from './maskId.ts';

/** First middleware: services on the context and a child logger per update (ids as keyed hashes, never texts). */
export function attachApp(app: BotApp): Middleware<BotContext> {
  const secret = app.config.telegram.logHashSecret;
  return (ctx, next) => {
    ctx.app = app;
    ctx.log = app.logger.child({
      updateId: ctx.update.update_id,
      user: maskId(secret, ctx.from?.id),
      chatType: ctx.chat?.type,
    });
    return next();
  };
}
