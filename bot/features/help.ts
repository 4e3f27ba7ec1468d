import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { parentLang } from '../parentLang.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { menuButtons } from '../render/menuButtons.ts';
import { runParentTurn } from '../runParentTurn.ts';

/**
 * /help, and the commands that are shortcuts for a button the core already
 * understands (/book, /mybookings, /children, /staff): all logic stays in the core.
 */
export const helpFeature = new Composer<BotContext>();
const priv = helpFeature.chatType('private');

priv.command('help', async (ctx) => {
  const lang = await parentLang(ctx);
  await ctx.reply(escapeHtml(BOT_TEXTS.help[lang]), {
    parse_mode: 'HTML',
    reply_markup: inlineKeyboard(menuButtons(ctx.app.codec, ctx.from.id, lang)),
  });
});

const SHORTCUTS = { book: 'sf', mybookings: 'mb', children: 'ch', staff: 'hu' } as const;
for (const [command, action] of Object.entries(SHORTCUTS)) {
  priv.command(command, (ctx) => runParentTurn(ctx, { button: ctx.app.codec.encode(ctx.from.id, action) }).then(() => undefined));
}
