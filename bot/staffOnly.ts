import type { StaffMember } from '../src/escalation/EscalationService.ts';
import type { BotContext } from './BotContext.ts';
import { BOT_TEXTS } from './i18n/botTexts.ts';
import { STAFF_TEXTS } from './i18n/staffTexts.ts';
import { hintLang } from './hintLang.ts';

/**
 * The staff member behind this update, or null after a polite refusal.
 * Staff are recognised by Telegram user id only, never by chat: a parent in
 * the staff group has no powers, a staff member has them anywhere.
 */
export async function staffOnly(ctx: BotContext): Promise<StaffMember | null> {
  const id = ctx.from?.id;
  const staff = id === undefined ? null : await ctx.app.escalation.getStaff(id);
  if (staff) return staff;
  ctx.log.info('staff-only action refused');
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: STAFF_TEXTS.notStaff, show_alert: true });
  } else if (ctx.chat?.type === 'private') {
    await ctx.reply(BOT_TEXTS.notStaff[hintLang(ctx.from?.language_code)]);
  } else if (ctx.chat) {
    await ctx.reply(STAFF_TEXTS.notStaff, ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {});
  }
  return null;
}
