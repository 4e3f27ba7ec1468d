import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { parentWords } from '../render/parentWords.ts';
import { runParentTurn } from '../runParentTurn.ts';

/** Longer texts are cut before the core sees them; a question never needs more. */
export const MAX_TEXT_CHARS = 2000;

/** A parent's text, a photo's caption or a shared location: one core turn each. */
export const parentMessagesFeature = new Composer<BotContext>();
const priv = parentMessagesFeature.chatType('private');

/** The words as a turn; a cut text is said after the answer, in the language the parent just wrote in. */
async function textTurn(ctx: BotContext, text: string): Promise<void> {
  const out = await runParentTurn(ctx, { text: text.slice(0, MAX_TEXT_CHARS) });
  if (text.length > MAX_TEXT_CHARS && !out.handledByStaff) await ctx.reply(parentWords(out.locale)((w) => w.tooLong));
}

priv.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  // Commands no feature knows go to the catch-all, not the core.
  if (text.startsWith('/')) return next();
  await textTurn(ctx, text);
});

// A photo (or a file) with words under it: the words are the message (e.g. a rash photo "这个要紧吗").
priv.on('message:caption', async (ctx, next) => {
  const caption = ctx.message.caption.trim();
  if (!caption) return next();
  await textTurn(ctx, caption);
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
