import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { parentLocale } from '../parentLocale.ts';
import { parentWords } from '../render/parentWords.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { runParentTurn } from '../runParentTurn.ts';

/** /lang [zh|en]: the switch itself is the core's 'lg' button, so its memory stays consistent. */
export const languageFeature = new Composer<BotContext>();
const priv = languageFeature.chatType('private');

priv.command('lang', async (ctx) => {
  const arg = ctx.match.trim().toLowerCase();
  const wanted = /^(zh|cn|中文|chinese)/.test(arg) ? 'zh' : /^(en|english|英文)/.test(arg) ? 'en' : null;
  if (wanted) {
    await runParentTurn(ctx, { button: ctx.app.codec.encode(ctx.from.id, 'lg', wanted) });
    return;
  }
  await ctx.reply(
    parentWords(await parentLocale(ctx))((w) => w.chooseLanguage),
    {
      reply_markup: inlineKeyboard([
        [
          { text: '中文', data: ctx.app.codec.encode(ctx.from.id, 'lg', 'zh') },
          { text: 'English', data: ctx.app.codec.encode(ctx.from.id, 'lg', 'en') },
        ],
      ]),
    },
  );
});
