import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { scopeOf } from '../../booking/staffAccess.ts';
import { DISTRICT_INFO, DISTRICTS, type District } from '../../domain/xiamenPlaces.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { UsageReport } from '../../operators/buildReport.ts';
import { operatorWords } from '../../operators/describeOperatorError.ts';
import { reportCsv, type ReportTable } from '../../operators/formatReport.ts';
import { addDays, isValidLocalDate, localDateOf, startOfWeek } from '../../time/zonedTime.ts';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import { param, staffOf, type ConsolePages } from '../consolePage.ts';
import { consoleWords } from '../consoleWords.ts';
import { pointsInScope } from '../pointsInScope.ts';

const TABLES: ReportTable[] = ['points', 'weekly', 'unmet'];

/** JSON for a <script type="application/json"> block: nothing in it can close the tag. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/**
 * The operators' usage report for a date range, scoped like every staff view
 * (admins: every point and district; point staff: their points and their
 * districts' unmet demand): a utilisation heat map (point × weekday × part of
 * day), unmet demand by district and part of day and the weekly no-show and
 * late-cancellation trend (Chart.js), and the report's CSV tables.
 */
export function reportsRoutes(s: ConsoleServices, pages: ConsolePages): FastifyPluginAsync {
  const { app, operators } = s;

  /** The range asked for, or the last four weeks and the next two. */
  function range(req: FastifyRequest): { from: string; to: string } {
    const monday = startOfWeek(localDateOf(app.clock.now(), app.config.timeZone));
    const from = param(req.query, 'from');
    const to = param(req.query, 'to');
    return { from: isValidLocalDate(from) ? from : addDays(monday, -28), to: isValidLocalDate(to) ? to : addDays(monday, 13) };
  }

  async function report(req: FastifyRequest): Promise<UsageReport> {
    const scope = scopeOf(staffOf(req));
    let pointCodes: string[] | undefined;
    if (!scope.all) {
      pointCodes = (await pointsInScope(app.db.pool, scope)).map((p) => p.code);
      // No points means nothing to report, never everything.
      if (!pointCodes.length) throw new DomainError('FORBIDDEN', {});
    }
    return operators.report({ ...range(req), pointCodes });
  }

  return async (server) => {
    server.get('/reports', async (req, reply) => {
      const r = await report(req);
      const w = consoleWords(req.lang);
      const lang = req.lang;
      // Heat map: one row per point, 14 cells (weekday × morning/afternoon), fill = booked / places.
      const byPoint = new Map<string, { code: string; name: string; cells: Array<{ pct: number | null; title: string }> }>();
      for (const x of r.slots) {
        let row = byPoint.get(x.pointCode);
        if (!row) {
          row = { code: x.pointCode, name: lang === 'en' ? x.pointNameEn : x.pointNameZh, cells: Array.from({ length: 14 }, () => ({ pct: null, title: '' })) };
          byPoint.set(x.pointCode, row);
        }
        const i = (x.weekday - 1) * 2 + (x.partOfDay === 'morning' ? 0 : 1);
        const pct = x.capacity > 0 ? Math.round((x.booked / x.capacity) * 100) : null;
        row.cells[i] = { pct, title: `${x.booked}/${x.capacity}` };
      }
      const heat = [...byPoint.values()].map((row) => ({
        ...row,
        cells: row.cells.map((c) => ({ ...c, level: c.pct === null ? 'none' : String(Math.min(10, Math.floor(c.pct / 10))) })),
      }));

      const districts: Array<District | null> = [...DISTRICTS, null];
      const unmetBy = (part: string) =>
        districts.map((d) => r.unmet.filter((u) => u.district === d && u.partOfDay === part).reduce((n, u) => n + u.searches, 0));
      const charts = {
        unmet: {
          labels: districts.map((d) => (d ? DISTRICT_INFO[d][lang] : w.anyLabel)),
          datasets: [
            { label: w.morningLabel, data: unmetBy('morning') },
            { label: w.afternoonLabel, data: unmetBy('afternoon') },
            { label: w.anyLabel, data: unmetBy('any') },
          ],
        },
        trend: {
          labels: r.weeks.map((x) => x.weekStart),
          datasets: [
            { label: w.noShows, data: r.weeks.map((x) => x.noShows) },
            { label: w.lateCancellations, data: r.weeks.map((x) => x.lateCancellations) },
            { label: w.unmetSearches, data: r.weeks.map((x) => x.unmetSearches) },
          ],
        },
      };
      const t = r.totals;
      return pages.render(req, reply, 'reports', 'reports', {
        from: r.from,
        to: r.to,
        heat,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        weekdayNames: operatorWords(lang).weekdays,
        totals: w.totals({
          sessions: t.sessions,
          capacity: t.capacity,
          booked: t.booked,
          attended: t.attended,
          noShows: t.noShows,
          late: t.lateCancellations,
          unmet: t.unmetSearches,
        }),
        chartJson: scriptJson(charts),
        tables: TABLES,
      });
    });

    server.get('/reports.csv', async (req, reply) => {
      const table = param(req.query, 'table') as ReportTable;
      const which = TABLES.includes(table) ? table : 'points';
      const r = await report(req);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="usage-${which}-${r.from}-${r.to}.csv"`)
        .send(reportCsv(r, which));
    });
  };
}
