import type { StaffMember } from '../src/escalation/EscalationService.ts';
import type { BotContext } from './BotContext.ts';
import { staffWords } from '../src/escalation/renderTicket.ts';
import { parentLocale } from './parentLocale.ts';
import { parentWords } from './render/parentWords.ts';

/**
 * The staff member behind this update, or null after a polite refusal.
 * Staff are recognised by Telegram user id only, never by chat: a parent in
 * the staff group has no powers, a staff member has them anywhere. A staff
 * member still known by a placeholder ("staff 9001") gets their Telegram
 * name, which is what families read.
 */
export async function staffOnly(ctx: BotContext): Promise<StaffMember | null> {
  const id = ctx.from?.id;
  const staff = id === undefined ? null : await ctx.app.escalation.getStaff(id);
  if (staff) return ctx.app.escalation.noteStaffName(staff, ctx.from?.first_name);
  ctx.log.info('staff-only action refused');
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: staffWords().notStaff, show_alert: true });
  } else if (ctx.chat?.type === 'private') {
    await ctx.reply(parentWords(await parentLocale(ctx))((w) => w.notStaff));
  } else if (ctx.chat) {
    await ctx.reply(staffWords().notStaff, ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {});
  }
  return null;
}
