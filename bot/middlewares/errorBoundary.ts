import type { Middleware } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { handleBotError } from './handleBotError.ts';

/** Catches everything below it so one bad update never stops the others. */
export const errorBoundary: Middleware<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    await handleBotError(ctx, err);
  }
};
