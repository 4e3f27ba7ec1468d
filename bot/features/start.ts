import { languageOf } from '../../src/i18n/languages.ts';
import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { hintLang } from '../hintLang.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { menuButtons } from '../render/menuButtons.ts';
import { runParentTurn } from '../runParentTurn.ts';

/** /start: greeting in the parent's language, one-line privacy notice, consent button, what the bot can do. */
export const startFeature = new Composer<BotContext>();
const priv = startFeature.chatType('private');

priv.command('start', async (ctx) => {
  const { app } = ctx;
  const from = ctx.from;
  const known = await app.booking.getParent(from.id);
  const lang = known?.language ?? hintLang(from.language_code);
  if (!known) await app.booking.ensureParent({ parentId: from.id, displayName: from.first_name.slice(0, 60), language: lang });
  const consented = Boolean(known?.consentAt);
  const l = languageOf(lang);
  const parts = [escapeHtml(BOT_TEXTS.greeting[l](from.first_name)), '', `<i>${escapeHtml(BOT_TEXTS.privacyLine[l])}</i>`];
  if (consented) parts.push('', escapeHtml(BOT_TEXTS.alreadyConsented[l]));
  await ctx.reply(
    parts.join('\n'),
    { parse_mode: 'HTML', reply_markup: inlineKeyboard(menuButtons(app.codec, from.id, l, { consent: !consented })) },
  );
});

// The consent button: recorded here, then the core continues from where the parent was.
priv.on('callback_query:data', async (ctx, next) => {
  const decoded = ctx.app.codec.decode(ctx.from.id, ctx.callbackQuery.data);
  if (!decoded.ok || decoded.button.action !== 'cs') return next();
  await ctx.answerCallbackQuery();
  const from = ctx.from;
  await ctx.app.booking.ensureParent({ parentId: from.id });
  await ctx.app.booking.recordConsent(from.id);
  ctx.log.info('consent recorded');
  await runParentTurn(ctx, { button: ctx.callbackQuery.data });
});
