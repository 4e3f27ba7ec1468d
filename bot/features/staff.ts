import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { describeError } from '../../src/errors/describeError.ts';
import { isDomainError } from '../../src/errors/DomainError.ts';
import { isValidLocalDate, localDateOf } from '../../src/time/zonedTime.ts';
import { STAFF_TEXTS } from '../i18n/staffTexts.ts';
import { escapeHtml } from '../render/escapeHtml.ts';
import { formatRoster } from '../render/formatRoster.ts';
import { staffOnly } from '../staffOnly.ts';
import { parseStaffButton } from '../tickets/staffButtons.ts';
import { ticketTag } from '../tickets/formatTicket.ts';

/**
 * Staff commands, in the staff group or a private chat, for staff only:
 * /today, /roster <date>, /attend <ref>, /noshow <ref>, /close <session> <reason>, /tickets.
 */
export const staffFeature = new Composer<BotContext>();

/** A refusal from the booking rules is told to staff; anything else goes to the error boundary. */
async function explain(ctx: BotContext, err: unknown): Promise<void> {
  if (!isDomainError(err)) throw err;
  await ctx.reply(escapeHtml(STAFF_TEXTS.error(describeError(err, 'zh').message)), { parse_mode: 'HTML' });
}

async function sendRoster(ctx: BotContext, date: string): Promise<void> {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  try {
    const sessions = await ctx.app.booking.roster(ctx.from!.id, date);
    for (const m of formatRoster(date, sessions).slice(0, 20)) {
      await ctx.reply(m.html, { parse_mode: 'HTML', ...(m.keyboard ? { reply_markup: m.keyboard } : {}) });
    }
  } catch (err) {
    await explain(ctx, err);
  }
}

staffFeature.command('today', (ctx) => sendRoster(ctx, localDateOf(ctx.app.clock.now(), ctx.app.config.timeZone)));

staffFeature.command('roster', async (ctx) => {
  const date = ctx.match.trim();
  if (!isValidLocalDate(date)) {
    if (await staffOnly(ctx)) await ctx.reply(STAFF_TEXTS.rosterUsage);
    return;
  }
  await sendRoster(ctx, date);
});

async function mark(ctx: BotContext, ref: string, outcome: 'attended' | 'no_show'): Promise<void> {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const refCode = ref.trim().toUpperCase();
  if (!/^[A-Z0-9]{4,10}$/.test(refCode)) {
    await ctx.reply(STAFF_TEXTS.attendUsage);
    return;
  }
  try {
    await ctx.app.booking.markAttendance(ctx.from!.id, refCode, outcome);
    await ctx.reply(STAFF_TEXTS.marked(refCode, outcome));
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
    await ctx.reply(STAFF_TEXTS.closeUsage);
    return;
  }
  const sessionId = Number(m[1]);
  try {
    const result = await ctx.app.booking.closeSession(ctx.from!.id, sessionId, m[2]!.trim());
    const cancelled = result.cancelledBookings;
    ctx.log.info({ sessionId, cancelled }, 'session closed by staff');
    await ctx.reply(STAFF_TEXTS.closed(sessionId, cancelled));
  } catch (err) {
    await explain(ctx, err);
  }
});

staffFeature.command('tickets', async (ctx) => {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const open = await ctx.app.escalation.listUnresolved();
  if (open.length === 0) {
    await ctx.reply(STAFF_TEXTS.noTickets);
    return;
  }
  const lines = open.slice(0, 30).map((e) => {
    const q = e.question.length > 60 ? `${e.question.slice(0, 60)}…` : e.question;
    return `🎫 ${ticketTag(e.id)} ${escapeHtml(STAFF_TEXTS.status[e.status])}${e.claimedByName ? ` (${escapeHtml(e.claimedByName)})` : ''} · ${escapeHtml(q)}`;
  });
  await ctx.reply(`<b>${escapeHtml(STAFF_TEXTS.ticketsTitle)}</b>\n${lines.join('\n')}`, { parse_mode: 'HTML' });
});

// Attendance buttons under a roster.
staffFeature.on('callback_query:data', async (ctx, next) => {
  const b = parseStaffButton(ctx.callbackQuery.data);
  if (!b || b.kind !== 'attendance') return next();
  const staff = await staffOnly(ctx);
  if (!staff) return;
  try {
    await ctx.app.booking.markAttendance(ctx.from.id, b.refCode, b.outcome);
    await ctx.answerCallbackQuery({ text: STAFF_TEXTS.marked(b.refCode, b.outcome) });
  } catch (err) {
    if (!isDomainError(err)) throw err;
    await ctx.answerCallbackQuery({ text: describeError(err, 'zh').message.slice(0, 190), show_alert: true });
  }
});
