import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { forgetFamily } from '../../src/privacy/forgetFamily.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { parentLang } from '../parentLang.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { ticketTag } from '../tickets/formatTicket.ts';

/** /forget: confirm, then delete the family's data (future bookings cancelled first). */
export const forgetFeature = new Composer<BotContext>();
const priv = forgetFeature.chatType('private');

priv.command('forget', async (ctx) => {
  const lang = await parentLang(ctx);
  await ctx.reply(BOT_TEXTS.forgetConfirm[lang], {
    reply_markup: inlineKeyboard([[{ text: BOT_TEXTS.forgetYes[lang], data: ctx.app.codec.encode(ctx.from.id, 'fy') }]]),
  });
});

priv.on('callback_query:data', async (ctx, next) => {
  const decoded = ctx.app.codec.decode(ctx.from.id, ctx.callbackQuery.data);
  if (!decoded.ok || decoded.button.action !== 'fy') return next();
  await ctx.answerCallbackQuery();
  const { app } = ctx;
  const lang = await parentLang(ctx);
  // Ticket messages in the staff group quote the parent; blank them too.
  const tickets = await app.db.pool.query<{ id: number; group_chat_id: number; group_message_id: number }>(
    'SELECT id, group_chat_id, group_message_id FROM escalations WHERE parent_id = $1 AND group_message_id IS NOT NULL',
    [ctx.from.id],
  );
  const result = await forgetFamily({ pool: app.db.pool, clock: app.clock, booking: app.booking }, ctx.from.id);
  ctx.log.info({ cancelled: result.cancelledBookings, deleted: result.deleted }, 'family data deleted');
  for (const t of tickets.rows) {
    await ctx.api
      .editMessageText(t.group_chat_id, t.group_message_id, `🎫 ${ticketTag(t.id)} ${escapeHtml(STAFF_TEXTS.familyDeleted)}`, { parse_mode: 'HTML' })
      .catch(() => undefined);
  }
  await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  await ctx.reply(BOT_TEXTS.forgetDone[lang](result.cancelledBookings), { reply_markup: { remove_keyboard: true } });
});
