import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { languageOf } from '../../src/i18n/languages.ts';
import { parentLocale } from '../parentLocale.ts';
import { mainMenu } from '../render/mainMenu.ts';
import { parentWords } from '../render/parentWords.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';

/**
 * /start: greeting in the parent's language, one-line privacy notice, the
 * consent button (the conversation's consent action records it) and the
 * product's main menu.
 */
export const startFeature = new Composer<BotContext>();
const priv = startFeature.chatType('private');

priv.command('start', async (ctx) => {
  const { app } = ctx;
  const from = ctx.from;
  const known = await app.booking.getParent(from.id);
  const locale = await parentLocale(ctx);
  if (!known) await app.booking.ensureParent({ parentId: from.id, displayName: from.first_name.slice(0, 60), language: languageOf(locale) });
  const consented = Boolean(known?.consentAt);
  const say = parentWords(locale);
  const parts = [escapeHtml(say((w) => w.greeting(from.first_name))), '', `<i>${escapeHtml(say((w) => w.privacyLine))}</i>`];
  if (consented) parts.push('', escapeHtml(say((w) => w.alreadyConsented)));
  await ctx.reply(parts.join('\n'), { parse_mode: 'HTML', reply_markup: inlineKeyboard(mainMenu(app.codec, from.id, locale, { consent: !consented })) });
});
