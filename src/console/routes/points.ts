import { words } from '../../i18n/catalogue.ts';
import type { FastifyPluginAsync } from 'fastify';
import { requireAdmin, scopeOf } from '../../booking/staffAccess.ts';
import { staffActor } from '../../booking/staffOperations.ts';
import type { District } from '../../domain/xiamenPlaces.ts';
import { describeOperatorError, describePointsResult } from '../../operators/describeOperatorError.ts';
import { isOperatorError } from '../../operators/OperatorError.ts';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import { field, staffOf, type ConsolePages } from '../consolePage.ts';
import { consoleWords } from '../consoleWords.ts';
import { pointsInScope } from '../pointsInScope.ts';

/**
 * The points a staff member serves (admins: all), and for admins the points
 * file import of `npm run points:import`: every bad row listed with its line
 * and field and nothing written, or what changed (deactivated points' families
 * told through the closure flow). The result is shown on the page itself.
 */
export function pointsRoutes(s: ConsoleServices, pages: ConsolePages): FastifyPluginAsync {
  const { app, operators } = s;

  async function show(
    req: Parameters<ConsolePages['render']>[0],
    reply: Parameters<ConsolePages['render']>[1],
    extra: Record<string, unknown> = {},
    status = 200,
  ) {
    const points = (await pointsInScope(app.db.pool, scopeOf(staffOf(req)))).map((p) => ({
      ...p,
      name: req.lang === 'en' ? p.nameEn : p.nameZh,
      districtName: words(req.lang).format.district(p.district as District),
    }));
    return pages.render(req, reply, 'points', 'points', { points, isAdmin: staffOf(req).role === 'admin', importText: '', dryRun: false, ...extra }, status);
  }

  return async (server) => {
    server.get('/points', async (req, reply) => show(req, reply));

    server.post('/points/import', async (req, reply) => {
      const staff = staffOf(req);
      requireAdmin(staff);
      const text = field(req.body, 'text');
      const fileName =
        field(req.body, 'fileName')
          .replace(/[^\w.\- ]/g, '')
          .slice(0, 100) || undefined;
      const dryRun = field(req.body, 'dryRun') === 'on';
      const w = consoleWords(req.lang);
      if (!text) return show(req, reply, { result: { kind: 'error', text: w.importEmpty } }, 400);
      try {
        const r = await operators.importPoints({
          text,
          fileName,
          dryRun,
          actor: staffActor(staff),
        });
        return show(req, reply, { result: { kind: 'ok', text: describePointsResult(r, req.lang) } });
      } catch (err) {
        if (!isOperatorError(err)) throw err;
        // The file stays in the form so it can be fixed and sent again.
        return show(req, reply, { result: { kind: 'error', text: describeOperatorError(err, req.lang) }, importText: text, dryRun }, 400);
      }
    });
  };
}
