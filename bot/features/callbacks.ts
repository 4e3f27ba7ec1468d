import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { runParentTurn } from '../runParentTurn.ts';

/**
 * Parents' button presses go to the core as they are: the core verifies the
 * signature and answers a stale or forged button with "this button has
 * expired" and the current state. The spinner is always stopped first.
 */
export const callbacksFeature = new Composer<BotContext>();

callbacksFeature.chatType('private').on('callback_query:data', async (ctx) => {
  await ctx.answerCallbackQuery();
  await runParentTurn(ctx, { button: ctx.callbackQuery.data });
});
