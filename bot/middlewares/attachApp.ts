import type { Middleware } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { BotContext } from '../BotContext.ts';
import { maskId } from './maskId.ts';

/** First middleware: services on the context and a child logger per update (ids masked, never texts). */
export function attachApp(app: BotApp): Middleware<BotContext> {
  return (ctx, next) => {
    ctx.app = app;
    ctx.log = app.logger.child({
      updateId: ctx.update.update_id,
      user: maskId(ctx.from?.id),
      chatType: ctx.chat?.type,
    });
    return next();
  };
}
