import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { parentLocale } from '../parentLocale.ts';
import { mainMenu } from '../render/mainMenu.ts';
import { parentWords } from '../render/parentWords.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { runParentTurn } from '../runParentTurn.ts';

/**
 * /help, and the commands that are shortcuts for a button the core already
 * understands (/book, /mybookings, /children, /staff): all logic stays in the core.
 */
export const helpFeature = new Composer<BotContext>();
const priv = helpFeature.chatType('private');

/** What the bot can do, with the main menu: /help, and an unknown command. */
export async function sendHelp(ctx: BotContext, opener?: string): Promise<void> {
  const locale = await parentLocale(ctx);
  const say = parentWords(locale);
  const text = [opener, say((w) => w.help)].filter(Boolean).join('\n\n');
  await ctx.reply(escapeHtml(text), { parse_mode: 'HTML', reply_markup: inlineKeyboard(mainMenu(ctx.app.codec, ctx.from!.id, locale)) });
}

priv.command('help', (ctx) => sendHelp(ctx));

const SHORTCUTS = { book: 'sf', mybookings: 'mb', children: 'ch', staff: 'hu' } as const;
for (const [command, action] of Object.entries(SHORTCUTS)) {
  priv.command(command, (ctx) => runParentTurn(ctx, { button: ctx.app.codec.encode(ctx.from.id, action) }).then(() => undefined));
}
