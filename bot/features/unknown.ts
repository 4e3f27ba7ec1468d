import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { hintLang } from '../hintLang.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { menuButtons } from '../render/menuButtons.ts';
import { staffOnly } from '../staffOnly.ts';

/**
 * Installed last: whatever no feature took. Parents get a short pointer
 * where it helps; groups and channels stay quiet (commands from non-staff
 * get a polite refusal); nothing is left unanswered that shows a spinner.
 */
export const unknownFeature = new Composer<BotContext>();

unknownFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery();
});

unknownFeature.on(['channel_post', 'edited_channel_post'], (ctx) => {
  ctx.log.debug('channel post ignored');
});

const priv = unknownFeature.chatType('private');

priv.on('edited_message', async (ctx) => {
  await ctx.reply(BOT_TEXTS.edited[hintLang(ctx.from?.language_code)]);
});

priv.on('message', async (ctx) => {
  const lang = hintLang(ctx.from.language_code);
  if (ctx.message.text?.startsWith('/')) {
    // An unknown command: show what exists.
    await ctx.reply(escapeHtml(BOT_TEXTS.help[lang]), {
      parse_mode: 'HTML',
      reply_markup: inlineKeyboard(menuButtons(ctx.app.codec, ctx.from.id, lang)),
    });
    return;
  }
  ctx.log.info({ kind: Object.keys(ctx.message).filter((k) => !['message_id', 'from', 'chat', 'date'].includes(k)).slice(0, 3) }, 'unsupported message');
  await ctx.reply(BOT_TEXTS.unsupported[lang]);
});

unknownFeature.chatType(['group', 'supergroup']).on('message:text', async (ctx) => {
  if (!ctx.message.text.startsWith('/')) return;
  // Commands meant for another bot in the group are not ours to refuse.
  const target = /^\/\w+@(\w+)/.exec(ctx.message.text)?.[1];
  if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
  if (await staffOnly(ctx)) await ctx.reply(BOT_TEXTS.groupUsePrivate.zh + ' ' + BOT_TEXTS.groupUsePrivate.en);
});

unknownFeature.use((ctx) => {
  ctx.log.debug({ kinds: Object.keys(ctx.update).filter((k) => k !== 'update_id') }, 'update ignored');
});
