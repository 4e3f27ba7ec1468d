import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import type { Escalation, StaffMember } from '../../src/escalation/EscalationService.ts';
import { staffWords } from '../../src/escalation/renderTicket.ts';
import { parseStaffButton } from '../../src/escalation/staffButtons.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { isUndeliverable } from '../middlewares/handleBotError.ts';
import { parentWords } from '../render/parentWords.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { staffOnly } from '../staffOnly.ts';

/**
 * Tickets in the staff group: claim / resolve buttons, and a staff member's
 * reply to a ticket message delivered to the parent as from that person.
 * A reply is routed only by the message it answers (every ticket message the
 * bot posts is recorded); a reply to any other bot message is not sent to
 * anyone, and the staff member is told how to answer instead.
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

/** Shows the ticket's new status and buttons on its newest announcement; a stale message is not an error. */
async function refreshTicket(ctx: BotContext, e: Escalation): Promise<void> {
  if (e.groupChatId === null || e.groupMessageId === null) return;
  const m = await ctx.app.escalation.ticketMessage(e.id);
  if (!m) return;
  await ctx.api
    .editMessageText(e.groupChatId, e.groupMessageId, m.text, {
      parse_mode: 'HTML',
      reply_markup: inlineKeyboard(m.buttons ?? []),
      link_preview_options: { is_disabled: true },
    })
    .catch((err) => ctx.log.debug({ escalationId: e.id, err: (err as Error).message }, 'ticket message not updated'));
}

async function claimIfOpen(ctx: BotContext, e: Escalation, staff: StaffMember): Promise<Escalation> {
  if (e.status !== 'open') return e;
  return ctx.app.escalation.claim(e.id, staff.telegramUserId);
}

/** The family is told, in their language and script, who took their question. */
async function tellClaimed(ctx: BotContext, e: Escalation, staff: StaffMember): Promise<void> {
  const say = parentWords(e.parentLocale);
  await tellParent(ctx, e, escapeHtml(say((w) => w.claimedNotice(staff.name))));
}

escalationsFeature.on('callback_query:data', async (ctx, next) => {
  const b = parseStaffButton(ctx.callbackQuery.data);
  if (!b || (b.kind !== 'claim' && b.kind !== 'resolve')) return next();
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const { app } = ctx;
  const w = staffWords();
  const e = await app.escalation.get(b.escalationId);
  if (!e) {
    await ctx.answerCallbackQuery({ text: w.notFound });
    return;
  }
  if (e.status === 'resolved') {
    await ctx.answerCallbackQuery({ text: w.alreadyResolved });
    await refreshTicket(ctx, e);
    return;
  }
  if (b.kind === 'claim') {
    const claimed = await claimIfOpen(ctx, e, staff);
    await ctx.answerCallbackQuery({ text: w.claimedBy(claimed.claimedByName ?? staff.name) });
    await refreshTicket(ctx, claimed);
    if (e.status === 'open') await tellClaimed(ctx, e, staff);
    ctx.log.info({ escalationId: e.id }, 'ticket claimed');
    return;
  }
  const resolved = await app.escalation.resolve(e.id, staff.telegramUserId);
  await ctx.answerCallbackQuery({ text: w.resolvedBy(staff.name) });
  await refreshTicket(ctx, resolved);
  await tellParent(ctx, e, escapeHtml(parentWords(e.parentLocale)((x) => x.resolvedNotice)));
  ctx.log.info({ escalationId: e.id }, 'ticket resolved');
});

const groups = escalationsFeature.chatType(['group', 'supergroup']);

groups.on('message:text', async (ctx, next) => {
  if (ctx.chat.id !== ctx.app.config.telegram.staffGroupChatId || ctx.message.text.startsWith('/')) return next();
  const replied = ctx.message.reply_to_message;
  // Only replies to the bot's own messages are about tickets.
  if (!replied || replied.from?.id !== ctx.me.id) return next();
  // Not staff: ignored, like every other group message from non-staff.
  const staff = await ctx.app.escalation.getStaff(ctx.from.id);
  if (!staff) return;
  const w = staffWords();
  const answer = (text: string) => ctx.reply(text, { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } });
  const e = await ctx.app.escalation.findByTicketMessage(ctx.chat.id, replied.message_id);
  if (!e) {
    // The /tickets header, a roster, an unknown message: never guess a family from the text.
    await answer(w.notRoutable);
    ctx.log.info('staff reply to a message that is not a ticket; not routed');
    return;
  }
  if (e.status === 'resolved') {
    await answer(w.alreadyResolved);
    return;
  }
  const who = (await staffOnly(ctx)) ?? staff;
  const text = ctx.message.text.slice(0, 3500);
  const say = parentWords(e.parentLocale);
  // Answering an unclaimed ticket takes it: the family first learns who has
  // their question (and that their next messages go to that person).
  const delivered =
    (e.status !== 'open' || (await tellParent(ctx, e, escapeHtml(say((x) => x.claimedNotice(who.name)))))) &&
    (await tellParent(ctx, e, `<b>${escapeHtml(say((x) => x.staffReply(who.name)))}</b>${escapeHtml(text)}`));
  if (!delivered) {
    await answer(w.undeliverable);
    return;
  }
  const now = await claimIfOpen(ctx, e, who);
  if (now !== e) await refreshTicket(ctx, now);
  await ctx.app.escalation.appendMessage(e.id, 'staff', text, who.id);
  await ctx.api.setMessageReaction(ctx.chat.id, ctx.message.message_id, [{ type: 'emoji', emoji: '👍' }]).catch(() => undefined);
  ctx.log.info({ escalationId: e.id }, 'staff reply delivered');
});
