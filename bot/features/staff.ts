import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { describeError } from '../../src/errors/describeError.ts';
import { isDomainError } from '../../src/errors/DomainError.ts';
import { isValidLocalDate, localDateOf } from '../../src/time/zonedTime.ts';
import { staffWords } from '../../src/escalation/renderTicket.ts';
import { parseStaffButton } from '../../src/escalation/staffButtons.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { rosterPages } from '../render/formatRoster.ts';
import { inlineKeyboard } from '../render/sendTurnOutput.ts';
import { staffOnly } from '../staffOnly.ts';

/** /tickets shows at most this many (one message each, inside the group's ~20 messages a minute). */
const TICKETS_PER_LIST = 10;

/**
 * Staff commands, in the staff group or a private chat, for staff only:
 * /today, /roster <date>, /attend <ref>, /noshow <ref>, /close <session> <reason>, /tickets.
 */
export const staffFeature = new Composer<BotContext>();

/** A refusal from the booking rules is told to staff; anything else goes to the error boundary. */
async function explain(ctx: BotContext, err: unknown): Promise<void> {
  if (!isDomainError(err)) throw err;
  await ctx.reply(escapeHtml(staffWords().error(describeError(err, 'zh').message)), { parse_mode: 'HTML' });
}

/** One message: page 1 of the day's roster (the page buttons show the rest in place). */
async function sendRoster(ctx: BotContext, date: string): Promise<void> {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  try {
    const [first] = rosterPages(date, await ctx.app.booking.roster(ctx.from!.id, date));
    await ctx.reply(first!.html, { parse_mode: 'HTML', ...(first!.keyboard ? { reply_markup: first!.keyboard } : {}) });
  } catch (err) {
    await explain(ctx, err);
  }
}

staffFeature.command('today', (ctx) => sendRoster(ctx, localDateOf(ctx.app.clock.now(), ctx.app.config.timeZone)));

staffFeature.command('roster', async (ctx) => {
  const date = ctx.match.trim();
  if (!isValidLocalDate(date)) {
    if (await staffOnly(ctx)) await ctx.reply(staffWords().rosterUsage);
    return;
  }
  await sendRoster(ctx, date);
});

async function mark(ctx: BotContext, ref: string, outcome: 'attended' | 'no_show'): Promise<void> {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const refCode = ref.trim().toUpperCase();
  if (!/^[A-Z0-9]{4,10}$/.test(refCode)) {
    await ctx.reply(staffWords().attendUsage);
    return;
  }
  try {
    await ctx.app.booking.markAttendance(ctx.from!.id, refCode, outcome);
    await ctx.reply(staffWords().marked(refCode, outcome));
  } catch (err) {
    await explain(ctx, err);
  }
}

staffFeature.command('attend', (ctx) => mark(ctx, ctx.match, 'attended'));
staffFeature.command('noshow', (ctx) => mark(ctx, ctx.match, 'no_show'));

staffFeature.command('close', async (ctx) => {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const m = /^\s*#?(\d{1,9})\s+(.{2,300})$/s.exec(ctx.match);
  if (!m) {
    await ctx.reply(staffWords().closeUsage);
    return;
  }
  const sessionId = Number(m[1]);
  try {
    const result = await ctx.app.booking.closeSession(ctx.from!.id, sessionId, m[2]!.trim());
    const cancelled = result.cancelledBookings;
    ctx.log.info({ sessionId, cancelled }, 'session closed by staff');
    await ctx.reply(staffWords().closed(sessionId, cancelled));
  } catch (err) {
    await explain(ctx, err);
  }
});

/**
 * Each open ticket as its own message (recorded like an announcement), so a
 * reply to any of them reaches that family; oldest first, at most
 * TICKETS_PER_LIST, and the header says when there are more.
 */
staffFeature.command('tickets', async (ctx) => {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const w = staffWords();
  const open = await ctx.app.escalation.listUnresolved();
  if (open.length === 0) {
    await ctx.reply(w.noTickets);
    return;
  }
  const shown = open.slice(0, TICKETS_PER_LIST);
  await ctx.reply(w.ticketsTitle(shown.length, open.length));
  const inGroup = ctx.chat!.id === ctx.app.config.telegram.staffGroupChatId;
  for (const e of shown) {
    const m = await ctx.app.escalation.ticketMessage(e.id, { withButtons: true });
    if (!m) continue;
    const sent = await ctx.reply(m.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: inlineKeyboard(m.buttons ?? []) });
    // Replies are routed in the staff group only; a private list is for reading.
    if (inGroup) await ctx.app.escalation.recordTicketMessage(e.id, ctx.chat!.id, sent.message_id, 'listing');
  }
});

// Attendance buttons under a roster page, and the page buttons (the same message shows another page).
staffFeature.on('callback_query:data', async (ctx, next) => {
  const b = parseStaffButton(ctx.callbackQuery.data);
  if (!b || (b.kind !== 'attendance' && b.kind !== 'roster_page')) return next();
  const staff = await staffOnly(ctx);
  if (!staff) return;
  if (b.kind === 'roster_page') {
    try {
      const pages = rosterPages(b.date, await ctx.app.booking.roster(ctx.from.id, b.date));
      const page = pages[Math.min(Math.max(b.page, 1), pages.length) - 1]!;
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(page.html, { parse_mode: 'HTML', ...(page.keyboard ? { reply_markup: page.keyboard } : {}) });
    } catch (err) {
      if (!isDomainError(err)) throw err;
      await ctx.answerCallbackQuery({ text: describeError(err, 'zh').message.slice(0, 190), show_alert: true });
    }
    return;
  }
  try {
    await ctx.app.booking.markAttendance(ctx.from.id, b.refCode, b.outcome);
    await ctx.answerCallbackQuery({ text: staffWords().marked(b.refCode, b.outcome) });
  } catch (err) {
    if (!isDomainError(err)) throw err;
    await ctx.answerCallbackQuery({ text: describeError(err, 'zh').message.slice(0, 190), show_alert: true });
  }
});
