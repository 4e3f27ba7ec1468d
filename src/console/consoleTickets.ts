import type { Escalation, EscalationService, StaffMember } from '../escalation/EscalationService.ts';
import { words } from '../i18n/catalogue.ts';
import { inLocale } from '../i18n/languages.ts';
import type { Logger } from '../logging/createLogger.ts';
import { escapeHtml } from '../notifications/escapeHtml.ts';
import { isUndeliverable, type TelegramOutlet } from './TelegramOutlet.ts';

export type TicketOutcome =
  | { ok: true; escalation: Escalation }
  | { ok: false; reason: 'not_found' | 'already_resolved' | 'undeliverable' | 'no_telegram' | 'empty' };

/**
 * Claim, reply and resolve from the console, the way the staff group does it
 * (bot/features/escalations.ts): the escalation service changes the ticket,
 * the family is told in their language and script (claimed, the reply in the
 * staff member's name, resolved), and the ticket message in the staff group
 * is edited to show the new status and the reply among its recent turns.
 */
export function consoleTickets({ escalation, telegram, logger }: { escalation: EscalationService; telegram?: TelegramOutlet; logger: Logger }) {
  /** Sends to the family; false when Telegram says they cannot be reached. */
  async function tellParent(e: Escalation, html: string): Promise<boolean> {
    if (!telegram) return false;
    try {
      await telegram.sendMessage(e.parentId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      return true;
    } catch (err) {
      if (!isUndeliverable(err)) throw err;
      logger.warn({ escalationId: e.id }, 'parent unreachable (bot blocked)');
      return false;
    }
  }

  const say = (e: Escalation, pick: (w: ReturnType<typeof words>['bot']) => string) => inLocale(e.parentLocale, pick(words(e.parentLocale).bot));

  /** The group's ticket message shows the ticket as it is now; a stale message is not an error. */
  async function refreshGroup(e: Escalation): Promise<void> {
    if (!telegram || e.groupChatId === null || e.groupMessageId === null) return;
    const m = await escalation.ticketMessage(e.id);
    if (!m) return;
    const keyboard = (m.buttons ?? []).map((row) => row.map((b) => ({ text: b.text, callback_data: b.data })));
    await telegram
      .editMessageText(e.groupChatId, e.groupMessageId, m.text, {
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: keyboard },
        link_preview_options: { is_disabled: true },
      })
      .catch((err) => logger.debug({ escalationId: e.id, err: (err as Error).message }, 'ticket message not updated'));
  }

  async function current(id: number): Promise<Escalation | TicketOutcome> {
    const e = await escalation.get(id);
    if (!e) return { ok: false, reason: 'not_found' };
    if (e.status === 'resolved') return { ok: false, reason: 'already_resolved' };
    if (!telegram) return { ok: false, reason: 'no_telegram' };
    return e;
  }
  const refused = (x: Escalation | TicketOutcome): x is TicketOutcome => 'ok' in x;

  async function claimIfOpen(e: Escalation, staff: StaffMember): Promise<Escalation> {
    if (e.status !== 'open') return e;
    const claimed = await escalation.claim(e.id, staff.telegramUserId);
    await tellParent(e, escapeHtml(say(e, (w) => w.claimedNotice(staff.name))));
    return claimed;
  }

  return {
    async claim(id: number, staff: StaffMember): Promise<TicketOutcome> {
      const e = await current(id);
      if (refused(e)) return e;
      const claimed = await claimIfOpen(e, staff);
      await refreshGroup(claimed);
      logger.info({ escalationId: id }, 'ticket claimed in the console');
      return { ok: true, escalation: claimed };
    },

    /** The reply reaches the family first; only a delivered reply is stored on the ticket. */
    async reply(id: number, staff: StaffMember, text: string): Promise<TicketOutcome> {
      const body = text.trim().slice(0, 3500);
      if (!body) return { ok: false, reason: 'empty' };
      const e = await current(id);
      if (refused(e)) return e;
      const header = say(e, (w) => w.staffReply(staff.name));
      if (!(await tellParent(e, `<b>${escapeHtml(header)}</b>${escapeHtml(body)}`))) return { ok: false, reason: 'undeliverable' };
      await escalation.appendMessage(e.id, 'staff', body, staff.id);
      const now = await claimIfOpen(e, staff);
      await refreshGroup(now);
      logger.info({ escalationId: id }, 'staff reply delivered from the console');
      return { ok: true, escalation: now };
    },

    async resolve(id: number, staff: StaffMember): Promise<TicketOutcome> {
      const e = await current(id);
      if (refused(e)) return e;
      const resolved = await escalation.resolve(e.id, staff.telegramUserId);
      await refreshGroup(resolved);
      await tellParent(e, escapeHtml(say(e, (w) => w.resolvedNotice)));
      logger.info({ escalationId: id }, 'ticket resolved in the console');
      return { ok: true, escalation: resolved };
    },
  };
}

export type ConsoleTickets = ReturnType<typeof consoleTickets>;
