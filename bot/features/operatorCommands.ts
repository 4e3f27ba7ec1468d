import { Composer } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { BotContext } from '../BotContext.ts';
import { describeError } from '../../src/errors/describeError.ts';
import { isDomainError } from '../../src/errors/DomainError.ts';
import { DISTRICT_INFO } from '../../src/domain/xiamenPlaces.ts';
import type { UsageReport } from '../../src/operators/buildReport.ts';
import { describeOperatorError, operatorWords } from '../../src/operators/describeOperatorError.ts';
import { isOperatorError } from '../../src/operators/OperatorError.ts';
import { createOperatorsService, type OperatorsService } from '../../src/operators/OperatorsService.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { staffOnly } from '../staffOnly.ts';
import { stripControlCharacters } from '../../src/text/controlCharacters.ts';

/**
 * Operator commands for staff (point staff act on their own points; admins on
 * all): /extra (an extra session), /closeday (close a point, district or the
 * city for a day — a typhoon), /week (this week's figures), and for admins
 * /staffadd, /staffoff, /stafflist and /audit. Each handler is one service
 * call and one reply; the service checks roles and scope and writes the audit log.
 */
export const operatorCommandsFeature = new Composer<BotContext>();

const services = new WeakMap<BotApp, OperatorsService>();
/** One operators service per app, built from the app's own pool, clock and config. */
function operators(app: BotApp): OperatorsService {
  let s = services.get(app);
  if (!s) {
    s = createOperatorsService({
      pool: app.db.pool,
      clock: app.clock,
      timeZone: app.config.timeZone,
      rules: app.config.booking,
      horizonWeeks: app.config.sessionHorizonWeeks,
    });
    services.set(app, s);
  }
  return s;
}

const w = operatorWords('zh');

async function reply(ctx: BotContext, text: string): Promise<void> {
  // Telegram's limit is 4096 characters; long lists are cut with a pointer to the CLI.
  const body = text.length > 3900 ? `${text.slice(0, 3900)}\n…` : text;
  await ctx.reply(escapeHtml(body), { parse_mode: 'HTML' });
}

/** A refusal is told to staff in their words; anything else goes to the error boundary. */
async function run(ctx: BotContext, work: (operatorsService: OperatorsService, userId: number) => Promise<string>): Promise<void> {
  if (!(await staffOnly(ctx))) return;
  try {
    await reply(ctx, await work(operators(ctx.app), ctx.from!.id));
  } catch (err) {
    if (isOperatorError(err)) return reply(ctx, describeOperatorError(err, 'zh'));
    if (isDomainError(err)) return reply(ctx, describeError(err, 'zh').message);
    throw err;
  }
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

operatorCommandsFeature.command('extra', (ctx) =>
  run(ctx, async (o, uid) => {
    const a = words(ctx.match);
    const m = a[2] ? /^(\d{1,2}[:：]\d{2})[-–~](\d{1,2}[:：]\d{2})$/.exec(a[2]) : null;
    const hasClass = a[3] === 'trial_class';
    if (!m || a.length !== (hasClass ? 6 : 5)) return w.usageExtra;
    const r = await o.addExtraSession(uid, {
      pointCode: a[0]!,
      date: a[1]!,
      start: m[1]!,
      end: m[2]!,
      kind: a[3]!,
      classTitle: hasClass ? a[4] : undefined,
      capacity: a[hasClass ? 5 : 4]!,
    });
    ctx.log.info({ sessionId: r.sessionId, point: r.pointCode }, 'extra session added by staff');
    return r.sessionId
      ? w.extraAdded({ sessionId: r.sessionId, point: r.pointCode, date: r.date, start: r.start, end: r.end })
      : w.extraBeyondHorizon({ point: r.pointCode, date: r.date });
  }),
);

operatorCommandsFeature.command('closeday', (ctx) =>
  run(ctx, async (o, uid) => {
    const m = /^\s*(\S+)\s+(\d{4}-\d{2}-\d{2})\s+(.{1,300})$/s.exec(ctx.match);
    if (!m) return w.usageCloseDay;
    const r = await o.closeDay(uid, { target: m[1]!, date: m[2]!, reason: m[3]!.trim() });
    ctx.log.info({ scope: r.scope, date: r.day, sessions: r.sessionsClosed }, 'day closed by staff');
    const scope = r.scope === '*' ? w.cityWide : r.scope in DISTRICT_INFO ? DISTRICT_INFO[r.scope as keyof typeof DISTRICT_INFO].zh : r.scope;
    if (!r.sessionsClosed && !r.newClosure) return w.dayAlreadyClosed({ scope, date: r.day });
    return w.dayClosed({ scope, date: r.day, sessions: r.sessionsClosed, bookings: r.cancelledBookings, families: r.families });
  }),
);

/** Compact: the points with the most pressure first (fill, waitlist), at most 15 lines. */
function formatWeek(r: UsageReport): string {
  const byPoint = new Map<string, { capacity: number; booked: number; noShows: number; waitlist: number; closed: number }>();
  for (const s of r.slots) {
    const p = byPoint.get(s.pointCode) ?? { capacity: 0, booked: 0, noShows: 0, waitlist: 0, closed: 0 };
    p.capacity += s.capacity;
    p.booked += s.booked;
    p.noShows += s.noShows;
    p.waitlist += s.waitlistJoins;
    p.closed += s.closedSessions;
    byPoint.set(s.pointCode, p);
  }
  const lines = [w.weekTitle({ from: r.from, to: r.to })];
  if (!byPoint.size) lines.push(w.weekNoSessions);
  const ranked = [...byPoint.entries()].sort(
    (a, b) => b[1].waitlist - a[1].waitlist || b[1].booked / (b[1].capacity || 1) - a[1].booked / (a[1].capacity || 1),
  );
  for (const [code, p] of ranked.slice(0, 15)) {
    const fill = p.capacity ? `${Math.round((p.booked / p.capacity) * 100)}%` : '–';
    lines.push(w.weekPointLine({ point: code, capacity: p.capacity, booked: p.booked, fill, noShows: p.noShows, waitlist: p.waitlist, closed: p.closed }));
  }
  if (ranked.length > 15) lines.push(w.weekMore({ n: ranked.length - 15 }));
  const unmet = new Map<string, number>();
  for (const u of r.unmet) {
    const k = `${u.district ? DISTRICT_INFO[u.district].zh : w.district_any} ${u.partOfDay === 'morning' ? w.part_morning : u.partOfDay === 'afternoon' ? w.part_afternoon : w.part_any}`;
    unmet.set(k, (unmet.get(k) ?? 0) + u.searches);
  }
  const top = [...unmet.entries()].sort((a, b) => b[1] - a[1])[0];
  lines.push(w.weekUnmet({ n: r.totals.unmetSearches, top: top ? `${top[0]} ${top[1]}` : '' }));
  return lines.join('\n');
}

operatorCommandsFeature.command('week', (ctx) => run(ctx, async (o, uid) => formatWeek(await o.weekSummary(uid))));

operatorCommandsFeature.command('staffadd', (ctx) =>
  run(ctx, async (o, uid) => {
    const m = /^\s*(\d{1,15})\s+(admin|point_staff)\s+(\S+)\s+(.{1,60})$/s.exec(ctx.match);
    if (!m) return w.usageStaffAdd;
    const role = m[2] as 'admin' | 'point_staff';
    const points =
      role === 'admin'
        ? []
        : m[3]!
            .toUpperCase()
            .split(/[,，、]/)
            .filter(Boolean);
    const r = await o.saveStaff(uid, { telegramUserId: Number(m[1]), name: stripControlCharacters(m[4]!).trim(), role, points, active: true });
    return w.staffSaved({ name: r.staff.name, id: r.staff.telegramUserId, role: r.staff.role, points: r.staff.points.join(', '), outcome: r.outcome });
  }),
);

operatorCommandsFeature.command('staffoff', (ctx) =>
  run(ctx, async (o, uid) => {
    const id = ctx.match.trim();
    if (!/^\d{1,15}$/.test(id)) return w.usageStaffOff;
    const r = await o.deactivateStaff(uid, Number(id));
    return r.alreadyInactive ? w.staffAlreadyInactive({ id: Number(id) }) : w.staffDeactivated({ id: Number(id) });
  }),
);

operatorCommandsFeature.command('stafflist', (ctx) =>
  run(ctx, async (o, uid) => {
    const list = await o.listStaff(uid);
    return [
      w.staffListTitle,
      ...list.map((s) => w.staffLine({ name: s.name, id: s.telegramUserId, role: s.role, points: s.points.join(', '), active: s.active, source: s.source })),
    ].join('\n');
  }),
);

operatorCommandsFeature.command('audit', (ctx) =>
  run(ctx, async (o, uid) => {
    const n = ctx.match.trim();
    if (n && !/^\d{1,3}$/.test(n)) return w.usageAudit;
    const rows = await o.auditLog(uid, n ? Math.min(Number(n), 50) : 20);
    if (!rows.length) return w.auditEmpty;
    const at = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: ctx.app.config.timeZone }).slice(5, 16);
    return [
      w.auditTitle,
      ...rows.map((r) =>
        w.auditLine({
          at: at(r.at),
          who: r.actorLabel,
          action: r.action,
          target: `${r.targetType ?? ''}:${r.targetId ?? ''}${r.pointCode ? ` @${r.pointCode}` : ''}`,
          details: JSON.stringify(r.details).slice(0, 160),
        }),
      ),
    ].join('\n');
  }),
);
