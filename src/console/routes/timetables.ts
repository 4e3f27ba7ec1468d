import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { requirePointAccess, scopeOf } from '../../booking/staffAccess.ts';
import { staffActor } from '../../booking/staffOperations.ts';
import type { StaffMember } from '../../booking/types.ts';
import { CLASS_TITLES, SESSION_KINDS } from '../../domain/serviceKinds.ts';
import { OperatorError } from '../../operators/OperatorError.ts';
import { TIMETABLE_COLUMNS } from '../../operators/timetableFile.ts';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import { ConsoleRefusal } from '../consoleErrors.ts';
import { field, param, staffOf, type ConsolePages } from '../consolePage.ts';
import { consoleWords } from '../consoleWords.ts';
import { pointsInScope } from '../pointsInScope.ts';

/** A timetable row as `timetable:export` writes it and `timetable:import` reads it (JSON, empty values left out). */
type TimetableRow = Record<string, string>;

/** The weekly row's columns a form edits: the file's columns, less the row's identity and the exception-only ones. */
const NOT_EDITED = new Set<string>(['type', 'point', 'district', 'date', 'reason']);
const WEEKLY_FIELDS = TIMETABLE_COLUMNS.filter((c) => !NOT_EDITED.has(c));

const canonical = (r: TimetableRow) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(r)
        .filter(([, v]) => v !== '')
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );

/**
 * A point's timetable: weekly rows and special days. Editing goes through the
 * operators' timetable import, exactly as an exported file edited and
 * imported again: the point's weekly rows with this one changed. So the
 * console has the commands' rules and refusals (validation by row and field,
 * a capacity below what is booked refused with the figures, booked sessions
 * moved through the closure flow, families told). Closing a day and adding an
 * extra session are the operators' staff commands (/closeday, /extra).
 */
export function timetablesRoutes(s: ConsoleServices, pages: ConsolePages): FastifyPluginAsync {
  const { app, operators } = s;

  /** The point by code, if this staff member serves it (403 otherwise, 404 when unknown). */
  async function pointFor(staff: StaffMember, code: string): Promise<{ id: number; code: string }> {
    const p = (await app.db.pool.query<{ id: number; code: string }>('SELECT id, code FROM service_points WHERE code = $1', [code])).rows[0];
    if (!p) throw new OperatorError('POINT_NOT_FOUND', { code });
    requirePointAccess(staff, p.id);
    return p;
  }

  async function rowsOf(code: string): Promise<TimetableRow[]> {
    const text = await operators.exportTimetable({ format: 'json', pointCodes: [code] });
    return (JSON.parse(text) as { timetable: TimetableRow[] }).timetable;
  }

  const formRow = (req: FastifyRequest, code: string): TimetableRow => {
    const row: TimetableRow = { type: 'weekly', point: code };
    for (const f of WEEKLY_FIELDS) {
      const v = field(req.body, f);
      if (v !== '') row[f] = f === 'weekdays' ? v.toLowerCase().replace(/\s+/g, '') : v;
    }
    if (row.kind !== 'trial_class') delete row.class_title;
    return row;
  };

  return async (server) => {
    server.get('/timetables', async (req, reply) => {
      const staff = staffOf(req);
      const points = await pointsInScope(app.db.pool, scopeOf(staff));
      const code = (param(req.query, 'point') || points[0]?.code || '').toUpperCase();
      if (!code) return pages.render(req, reply, 'timetables', 'timetables', { points, point: null, weekly: [], closed: [], extras: [] });
      const point = await pointFor(staff, code);
      const rows = await rowsOf(point.code);
      const weekly = rows.filter((r) => r.type === 'weekly').map((r) => ({ ...r, orig: canonical(r) }));
      const w = consoleWords(req.lang);
      const closed = rows.filter((r) => r.type === 'closed').map((r) => ({ ...r, scope: r.point || r.district || w.scopeCity }));
      const extras = rows.filter((r) => r.type === 'extra');
      return pages.render(req, reply, 'timetables', 'timetables', {
        points,
        point: point.code,
        weekly,
        closed,
        extras,
        kinds: SESSION_KINDS,
        classTitles: CLASS_TITLES,
        fields: WEEKLY_FIELDS,
      });
    });

    /** Change, remove or add one weekly row of a point. */
    server.post('/timetables/weekly', async (req, reply) => {
      const staff = staffOf(req);
      const code = field(req.body, 'point').toUpperCase();
      const action = field(req.body, 'action');
      const point = await pointFor(staff, code);
      return pages.act(req, reply, `/timetables?point=${encodeURIComponent(point.code)}`, async () => {
        const w = consoleWords(req.lang);
        const weekly = (await rowsOf(point.code)).filter((r) => r.type === 'weekly');
        let next: TimetableRow[];
        if (action === 'add') {
          next = [...weekly, formRow(req, point.code)];
        } else {
          const at = weekly.findIndex((r) => canonical(r) === field(req.body, 'orig'));
          if (at < 0) throw new ConsoleRefusal(w.rowChanged);
          if (action === 'remove') {
            if (weekly.length === 1) throw new ConsoleRefusal(w.lastWeeklyRow);
            next = weekly.filter((_, i) => i !== at);
          } else {
            next = weekly.map((r, i) => (i === at ? formRow(req, point.code) : r));
          }
        }
        const r = await operators.importTimetable({
          text: JSON.stringify({ timetable: next }),
          format: 'json',
          fileName: `console:${point.code}`,
          actor: staffActor(staff),
        });
        const x = r.sessions;
        return w.timetableSaved({
          ...r.templates,
          created: x.created,
          updated: x.updated,
          deleted: x.deleted,
          closed: x.closed,
          bookings: x.cancelledBookings,
          offered: x.offered,
        });
      });
    });

    server.post('/timetables/close-day', async (req, reply) => {
      const staff = staffOf(req);
      const point = await pointFor(staff, field(req.body, 'point').toUpperCase());
      return pages.act(req, reply, `/timetables?point=${encodeURIComponent(point.code)}`, async () => {
        const date = field(req.body, 'date');
        const r = await operators.closeDay(staff.telegramUserId, { target: point.code, date, reason: field(req.body, 'reason') });
        return consoleWords(req.lang).closeDayResult({
          scope: r.scope,
          date,
          sessions: r.sessionsClosed,
          bookings: r.cancelledBookings,
          waitlist: r.waitlistCancelled,
        });
      });
    });

    server.post('/timetables/extra', async (req, reply) => {
      const staff = staffOf(req);
      const point = await pointFor(staff, field(req.body, 'point').toUpperCase());
      return pages.act(req, reply, `/timetables?point=${encodeURIComponent(point.code)}`, async () => {
        const kind = field(req.body, 'kind');
        const r = await operators.addExtraSession(staff.telegramUserId, {
          pointCode: point.code,
          date: field(req.body, 'date'),
          start: field(req.body, 'start'),
          end: field(req.body, 'end'),
          kind,
          classTitle: kind === 'trial_class' ? field(req.body, 'class_title') || undefined : undefined,
          capacity: field(req.body, 'capacity'),
          reason: field(req.body, 'reason') || undefined,
        });
        return consoleWords(req.lang).extraResult({ point: r.pointCode, date: r.date, start: r.start, end: r.end, sessionId: r.sessionId });
      });
    });
  };
}
