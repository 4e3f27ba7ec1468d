import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { parentLocale } from '../parentLocale.ts';
import { parentWords } from '../render/parentWords.ts';

/** /privacy: what is kept, for how long, and how to delete it. */
export const privacyFeature = new Composer<BotContext>();

privacyFeature.chatType('private').command('privacy', async (ctx) => {
  await ctx.reply(parentWords(await parentLocale(ctx))((w) => w.privacy(ctx.app.config.memory.retentionDays)));
});
