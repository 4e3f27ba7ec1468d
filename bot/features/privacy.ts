import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { parentLang } from '../parentLang.ts';

/** /privacy: what is kept, for how long, and how to delete it. */
export const privacyFeature = new Composer<BotContext>();

privacyFeature.chatType('private').command('privacy', async (ctx) => {
  const lang = await parentLang(ctx);
  await ctx.reply(BOT_TEXTS.privacy[lang](ctx.app.config.memory.retentionDays));
});
