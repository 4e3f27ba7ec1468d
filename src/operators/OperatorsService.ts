import { requireAdmin, requirePointAccess, requireStaff, scopeOf, scopePointIds, staffScope, type StaffScope } from '../booking/staffAccess.ts';
import { staffActor } from '../booking/staffOperations.ts';
import type { StaffMember } from '../booking/types.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { districtFromText } from './rowReader.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import { DomainError } from '../errors/DomainError.ts';
import { addDays, isValidLocalDate, localDateOf, localTimeOf, startOfWeek } from '../time/zonedTime.ts';
import { listAudit, recordAudit, type Actor, type AuditRecord } from './auditLog.ts';
import { buildReport, reportRangeProblem, type UsageReport } from './buildReport.ts';
import { closeDayIn, type CloseDayResult } from './closeDay.ts';
import { exportTimetable } from './exportTimetable.ts';
import { generateSessionsIn, horizonRange, type GenerateResult } from './generateSessions.ts';
import { importPoints } from './importPoints.ts';
import { importTimetable, importTimetableIn } from './importTimetable.ts';
import type { OperatorDeps } from './OperatorDeps.ts';
import { OperatorError } from './OperatorError.ts';
import type { Table, TableFormat } from './readTable.ts';
import { staffDirectory, type StaffInput, type StaffRecord } from './staffDirectory.ts';

export interface ExtraSessionRequest {
  pointCode: string;
  date: string;
  start: string;
  end: string;
  kind: string;
  classTitle?: string;
  capacity: string | number;
  reason?: string;
}

export interface ExtraSessionResult {
  /** null when the day is beyond the generated weeks (the worker opens it later). */
  sessionId: number | null;
  pointCode: string;
  date: string;
  start: string;
  end: string;
}

export interface CloseDayRequest {
  /** A point code, a district (id or name), or '*' for the whole city. */
  target: string;
  date: string;
  reason: string;
}

const argProblem = (field: string, reason: string, value?: string) =>
  new OperatorError('INVALID_ROWS', { problems: [{ line: 0, field, reason, ...(value ? { value } : {}) }] });

/**
 * Everything operators and staff do to the network, behind one service: the
 * CLI scripts and the bot call these (the bot never runs SQL). Staff-facing
 * methods take the Telegram user id and check role and point scope; CLI
 * methods take an Actor (an operator at the terminal has the database anyway).
 */
export function createOperatorsService(deps: OperatorDeps) {
  const { pool, clock, timeZone } = deps;
  const staff = staffDirectory({ pool, clock });

  async function admin(telegramUserId: number): Promise<StaffMember> {
    const s = await requireStaff(pool, telegramUserId);
    requireAdmin(s);
    return s;
  }

  return {
    importPoints: (input: Parameters<typeof importPoints>[1]) => importPoints(deps, input),
    importTimetable: (input: Parameters<typeof importTimetable>[1]) => importTimetable(deps, input),
    exportTimetable: (args: { format: TableFormat; pointCodes?: string[] }) => exportTimetable(pool, { ...args, now: clock.now(), timeZone }),

    /**
     * The worker's job: sessions for today and the next SESSION_HORIZON_WEEKS,
     * created where missing. Idempotent (a second run creates nothing).
     */
    generateSessions: (days?: number): Promise<GenerateResult> => generateSessionsIn(pool, deps, horizonRange(deps, days)),

    /** Which points a Telegram user may see; null when they are not (or no longer) staff. */
    scope: (telegramUserId: number): Promise<StaffScope | null> => staffScope(pool, telegramUserId),

    staff,

    async listStaff(adminUserId: number): Promise<StaffRecord[]> {
      await admin(adminUserId);
      return staff.list();
    },
    async saveStaff(adminUserId: number, input: StaffInput) {
      const a = await admin(adminUserId);
      return staff.save(staffActor(a), input);
    },
    async deactivateStaff(adminUserId: number, telegramUserId: number) {
      const a = await admin(adminUserId);
      return staff.deactivate(staffActor(a), telegramUserId);
    },

    async auditLog(adminUserId: number, limit = 20): Promise<AuditRecord[]> {
      await admin(adminUserId);
      return listAudit(pool, { limit });
    },
    auditLogCli: (q: Parameters<typeof listAudit>[1]) => listAudit(pool, q),

    /** Staff command: an extra session today or later at one of the staff member's points. */
    async addExtraSession(staffUserId: number, req: ExtraSessionRequest): Promise<ExtraSessionResult> {
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const s = await requireStaff(client, staffUserId);
        const code = req.pointCode.trim().toUpperCase();
        const p = await client.query<{ id: number }>('SELECT id FROM service_points WHERE code = $1', [code]);
        if (!p.rows[0]) throw new OperatorError('POINT_NOT_FOUND', { code });
        requirePointAccess(s, p.rows[0].id);
        const today = localDateOf(now, timeZone);
        if (req.date.trim() === today && /^\d{2}:\d{2}$/.test(req.start) && req.start <= localTimeOf(now, timeZone)) {
          throw new OperatorError('INVALID_ROWS', {
            problems: [{ line: 0, field: 'start', reason: 'time_in_past', value: req.start, facts: { now: localTimeOf(now, timeZone) } }],
          });
        }
        const values = {
          type: 'extra',
          point: code,
          date: req.date,
          start: req.start,
          end: req.end,
          kind: req.kind,
          class_title: req.classTitle ?? '',
          capacity: String(req.capacity),
          reason: req.reason ?? 'extra',
        };
        const table: Table = { format: 'json', columns: Object.keys(values), rows: [{ line: 0, values }] };
        const actor = staffActor(s);
        const horizon = horizonRange(deps);
        await importTimetableIn(client, deps, table, { actor, audit: false, horizon });
        const sess = await client.query<{ id: number }>(
          `SELECT id FROM sessions WHERE point_id = $1 AND starts_at = (($2::date + $3::time) AT TIME ZONE $4::text) AND kind = $5 AND status = 'open'`,
          [p.rows[0].id, req.date, req.start, timeZone, req.kind],
        );
        const sessionId = sess.rows[0]?.id ?? null;
        await recordAudit(client, now, actor, {
          action: 'session.add_extra',
          targetType: 'session',
          targetId: sessionId ?? `${code} ${req.date} ${req.start}`,
          pointId: p.rows[0].id,
          details: { date: req.date, start: req.start, end: req.end, kind: req.kind, classTitle: req.classTitle ?? null, capacity: Number(req.capacity) },
        });
        return { sessionId, pointCode: code, date: req.date, start: req.start, end: req.end };
      });
    },

    /**
     * Staff command: close a point (point staff: theirs), a district or the
     * city (admins) for a day — a typhoon. Families are told with alternatives.
     */
    async closeDay(staffUserId: number, req: CloseDayRequest): Promise<CloseDayResult & { scope: string }> {
      const now = clock.now();
      const today = localDateOf(now, timeZone);
      const date = req.date.trim();
      if (!isValidLocalDate(date)) throw argProblem('date', 'bad_date', date);
      if (date < today)
        throw new OperatorError('INVALID_ROWS', { problems: [{ line: 0, field: 'date', reason: 'date_in_past', value: date, facts: { today } }] });
      const reason = req.reason.trim();
      if (!reason) throw argProblem('reason', 'missing');
      if (reason.length > 300) throw argProblem('reason', 'too_long');
      return withTransaction(pool, async (client) => {
        const s = await requireStaff(client, staffUserId);
        const target = req.target.trim();
        let pointId: number | null = null;
        let district: District | null = null;
        let scope = target;
        if (target === '*' || target.toLowerCase() === 'all' || target === '全市') {
          requireAdmin(s);
          scope = '*';
        } else {
          const p = await client.query<{ id: number; code: string }>('SELECT id, code FROM service_points WHERE code = $1', [target.toUpperCase()]);
          if (p.rows[0]) {
            requirePointAccess(s, p.rows[0].id);
            pointId = p.rows[0].id;
            scope = p.rows[0].code;
          } else {
            district = districtFromText(target) ?? null;
            if (!district) throw new OperatorError('POINT_NOT_FOUND', { code: target });
            requireAdmin(s);
            scope = district;
          }
        }
        const r = await closeDayIn(client, deps, { day: date, pointId, district, reason }, now);
        await recordAudit(client, now, staffActor(s), {
          action: 'point.close_day',
          targetType: pointId ? 'point' : district ? 'district' : 'city',
          targetId: scope,
          pointId,
          details: { date, reason, sessionsClosed: r.sessionsClosed, cancelledBookings: r.cancelledBookings, waitlistCancelled: r.waitlistCancelled },
        });
        return { ...r, scope };
      });
    },

    /** The usage report for the CLI (every point, or the given codes). */
    async report(args: { from: string; to: string; pointCodes?: string[] }): Promise<UsageReport> {
      for (const [field, v] of [
        ['from', args.from],
        ['to', args.to],
      ] as const)
        if (!isValidLocalDate(v)) throw argProblem(field, 'bad_date', v);
      const bad = reportRangeProblem(args.from, args.to);
      if (bad) throw argProblem('to', bad);
      let pointIds: number[] | null = null;
      if (args.pointCodes?.length) {
        const codes = args.pointCodes.map((c) => c.toUpperCase());
        const r = await pool.query<{ id: number; code: string }>('SELECT id, code FROM service_points WHERE code = ANY($1::text[])', [codes]);
        const missing = codes.filter((c) => !r.rows.some((p) => p.code === c));
        if (missing.length) throw new OperatorError('POINT_NOT_FOUND', { code: missing.join(', ') });
        pointIds = r.rows.map((p) => p.id);
      }
      return buildReport(pool, { from: args.from, to: args.to, timeZone, now: clock.now(), pointIds });
    },

    /** Staff command: this week (Monday–Sunday) for the staff member's points; admins: all. */
    async weekSummary(staffUserId: number): Promise<UsageReport> {
      const s = await requireStaff(pool, staffUserId);
      const from = startOfWeek(localDateOf(clock.now(), timeZone));
      const pointIds = scopePointIds(scopeOf(s));
      if (pointIds && !pointIds.length) throw new DomainError('FORBIDDEN', {});
      return buildReport(pool, { from, to: addDays(from, 6), timeZone, now: clock.now(), pointIds });
    },
  };
}

export type OperatorsService = ReturnType<typeof createOperatorsService>;
export type { Actor };
