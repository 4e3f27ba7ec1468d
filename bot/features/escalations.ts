import { inLocale, languageOf } from '../../src/i18n/languages.ts';
import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import type { Escalation, StaffMember } from '../../src/escalation/EscalationService.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { isUndeliverable } from '../middlewares/handleBotError.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { staffOnly } from '../staffOnly.ts';
import { parseTicketTag } from '../tickets/formatTicket.ts';
import { refreshTicketMessage } from '../tickets/refreshTicketMessage.ts';
import { parseStaffButton } from '../tickets/staffButtons.ts';

/**
 * Tickets in the staff group: claim / resolve buttons, and a staff member's
 * reply to a ticket message delivered to the parent as from staff.
 */
export const escalationsFeature = new Composer<BotContext>();

/** Sends to the parent; false when Telegram says the parent cannot be reached. */
async function tellParent(ctx: BotContext, e: Escalation, html: string): Promise<boolean> {
  try {
    await ctx.api.sendMessage(e.parentId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    return true;
  } catch (err) {
    if (!isUndeliverable(err)) throw err;
    ctx.log.warn({ escalationId: e.id }, 'parent unreachable (bot blocked)');
    return false;
  }
}

async function claimIfOpen(ctx: BotContext, e: Escalation, staff: StaffMember): Promise<Escalation> {
  if (e.status !== 'open') return e;
  return ctx.app.escalation.claim(e.id, staff.telegramUserId);
}

escalationsFeature.on('callback_query:data', async (ctx, next) => {
  const b = parseStaffButton(ctx.callbackQuery.data);
  if (!b || b.kind === 'attendance') return next();
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const { app } = ctx;
  const e = await app.escalation.get(b.escalationId);
  if (!e) {
    await ctx.answerCallbackQuery({ text: STAFF_TEXTS.notFound });
    return;
  }
  if (e.status === 'resolved') {
    await ctx.answerCallbackQuery({ text: STAFF_TEXTS.alreadyResolved });
    await refreshTicketMessage(app, ctx.api, e);
    return;
  }
  if (b.kind === 'claim') {
    const claimed = await claimIfOpen(ctx, e, staff);
    await ctx.answerCallbackQuery({ text: STAFF_TEXTS.claimedBy(claimed.claimedByName ?? staff.name) });
    await refreshTicketMessage(app, ctx.api, claimed);
    if (e.status === 'open') await tellParent(ctx, e, escapeHtml(inLocale(e.language, BOT_TEXTS.claimedNotice[languageOf(e.language)])));
    ctx.log.info({ escalationId: e.id }, 'ticket claimed');
    return;
  }
  const resolved = await app.escalation.resolve(e.id, staff.telegramUserId);
  await ctx.answerCallbackQuery({ text: STAFF_TEXTS.resolvedBy(staff.name) });
  await refreshTicketMessage(app, ctx.api, resolved);
  await tellParent(ctx, e, escapeHtml(inLocale(e.language, BOT_TEXTS.resolvedNotice[languageOf(e.language)])));
  ctx.log.info({ escalationId: e.id }, 'ticket resolved');
});

/** Which ticket a group message answers: the ticket message itself or any bot message tagged with it. */
async function ticketRepliedTo(ctx: BotContext): Promise<Escalation | null> {
  const replied = ctx.message?.reply_to_message;
  if (!replied || replied.from?.id !== ctx.me.id || !ctx.chat) return null;
  const direct = await ctx.app.escalation.findByGroupMessage(ctx.chat.id, replied.message_id);
  if (direct) return direct;
  const id = parseTicketTag(replied.text);
  return id === null ? null : ctx.app.escalation.get(id);
}

const groups = escalationsFeature.chatType(['group', 'supergroup']);

groups.on('message:text', async (ctx, next) => {
  if (ctx.chat.id !== ctx.app.config.telegram.staffGroupChatId || ctx.message.text.startsWith('/')) return next();
  const e = await ticketRepliedTo(ctx);
  if (!e) return next();
  // Not staff: ignored, like every other group message from non-staff.
  const staff = await ctx.app.escalation.getStaff(ctx.from.id);
  if (!staff) return;
  if (e.status === 'resolved') {
    await ctx.reply(STAFF_TEXTS.alreadyResolved, { reply_parameters: { message_id: ctx.message.message_id } });
    return;
  }
  const text = ctx.message.text.slice(0, 3500);
  const delivered = await tellParent(ctx, e, `<b>${escapeHtml(inLocale(e.language, BOT_TEXTS.staffReply[languageOf(e.language)]))}</b>${escapeHtml(text)}`);
  if (!delivered) {
    await ctx.reply(STAFF_TEXTS.undeliverable, { reply_parameters: { message_id: ctx.message.message_id } });
    return;
  }
  await ctx.app.escalation.appendMessage(e.id, 'staff', text, staff.id);
  const now = await claimIfOpen(ctx, e, staff);
  if (now !== e) await refreshTicketMessage(ctx.app, ctx.api, now);
  await ctx.api
    .setMessageReaction(ctx.chat.id, ctx.message.message_id, [{ type: 'emoji', emoji: '👍' }])
    .catch(() => undefined);
  ctx.log.info({ escalationId: e.id }, 'staff reply delivered');
});
