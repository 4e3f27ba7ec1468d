import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { forgetFamily } from '../../src/privacy/forgetFamily.ts';
import { staffWords } from '../../src/escalation/renderTicket.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { parentLocale } from '../parentLocale.ts';
import { parentWords } from '../render/parentWords.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';

/**
 * /forget: confirm, then delete the family's data (future bookings cancelled
 * first), and every message the bot posted about them in the staff group
 * (announcements, re-announcements, follow-ups, /tickets entries): deleted,
 * or blanked where Telegram no longer lets a bot delete (after 48 hours).
 */
export const forgetFeature = new Composer<BotContext>();
const priv = forgetFeature.chatType('private');

priv.command('forget', async (ctx) => {
  const say = parentWords(await parentLocale(ctx));
  await ctx.reply(
    say((w) => w.forgetConfirm),
    {
      reply_markup: inlineKeyboard([[{ text: say((w) => w.forgetYes), data: ctx.app.codec.encode(ctx.from.id, 'fy') }]]),
    },
  );
});

priv.on('callback_query:data', async (ctx, next) => {
  const decoded = ctx.app.codec.decode(ctx.from.id, ctx.callbackQuery.data);
  if (!decoded.ok || decoded.button.action !== 'fy') return next();
  await ctx.answerCallbackQuery();
  const { app } = ctx;
  const say = parentWords(await parentLocale(ctx));
  const result = await forgetFamily({ pool: app.db.pool, clock: app.clock, booking: app.booking }, ctx.from.id);
  ctx.log.info({ cancelled: result.cancelledBookings, deleted: result.deleted, staffMessages: result.staffMessages.length }, 'family data deleted');
  let blanked = 0;
  for (const m of result.staffMessages) {
    const deleted = await ctx.api.deleteMessage(m.chatId, m.messageId).then(
      () => true,
      () => false,
    );
    if (deleted) continue;
    await ctx.api
      .editMessageText(m.chatId, m.messageId, escapeHtml(staffWords().familyDeleted), { parse_mode: 'HTML', reply_markup: { inline_keyboard: [] } })
      .then(() => blanked++)
      .catch(() => undefined);
  }
  if (blanked) ctx.log.info({ blanked }, 'staff messages blanked (too old to delete)');
  await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  await ctx.reply(
    say((w) => w.forgetDone(result.cancelledBookings)),
    { reply_markup: { remove_keyboard: true } },
  );
});
