import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { hintLang } from '../hintLang.ts';
import { runParentTurn } from '../runParentTurn.ts';

/** Longer texts are cut before the core sees them; a question never needs more. */
export const MAX_TEXT_CHARS = 2000;

/** A parent's text or shared location: one core turn each. */
export const parentMessagesFeature = new Composer<BotContext>();
const priv = parentMessagesFeature.chatType('private');

priv.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  // Commands no feature knows go to the catch-all, not the core.
  if (text.startsWith('/')) return next();
  if (text.length > MAX_TEXT_CHARS) {
    await ctx.reply(BOT_TEXTS.tooLong[hintLang(ctx.from.language_code)]);
  }
  await runParentTurn(ctx, { text: text.slice(0, MAX_TEXT_CHARS) });
});

priv.on('message:location', async (ctx) => {
  const { latitude, longitude } = ctx.message.location;
  await runParentTurn(ctx, { location: { latitude, longitude } });
});

// A venue (a place picked from the map) carries a location too.
priv.on('message:venue', async (ctx) => {
  const { latitude, longitude } = ctx.message.venue.location;
  await runParentTurn(ctx, { location: { latitude, longitude } });
});
