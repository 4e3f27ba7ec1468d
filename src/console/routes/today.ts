import type { FastifyPluginAsync } from 'fastify';
import { scopeOf } from '../../booking/staffAccess.ts';
import { words } from '../../i18n/catalogue.ts';
import { DomainError } from '../../errors/DomainError.ts';
import { OperatorError } from '../../operators/OperatorError.ts';
import { isValidLocalDate, localDateOf } from '../../time/zonedTime.ts';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import { field, param, staffOf, type ConsolePages } from '../consolePage.ts';
import { consoleWords } from '../consoleWords.ts';
import { pointsInScope } from '../pointsInScope.ts';

const REF = /^[A-Z0-9]{4,10}$/;
const CODE = /^[A-Z0-9-]{2,24}$/;

/**
 * A day at the points: every session with its roster, attendance and no-show
 * marking once it has started, and closing a session with a reason. All
 * through the booking engine's staff operations (scope, audit log, families
 * told through the outbox, no-show pauses) — the same calls as /today,
 * /attend, /noshow and /close in the bot.
 */
export function todayRoutes(s: ConsoleServices, pages: ConsolePages): FastifyPluginAsync {
  const { app } = s;
  const today = () => localDateOf(app.clock.now(), app.config.timeZone);
  const back = (date: string, point: string) =>
    `/today?date=${isValidLocalDate(date) ? date : today()}${CODE.test(point) ? `&point=${encodeURIComponent(point)}` : ''}`;

  return async (server) => {
    server.get('/today', async (req, reply) => {
      const staff = staffOf(req);
      const date = isValidLocalDate(param(req.query, 'date')) ? param(req.query, 'date') : today();
      const code = param(req.query, 'point').toUpperCase();
      const points = await pointsInScope(app.db.pool, scopeOf(staff));
      let pointId: number | undefined;
      if (code) {
        const p = (await app.db.pool.query<{ id: number }>('SELECT id FROM service_points WHERE code = $1', [code])).rows[0];
        if (!p) throw new OperatorError('POINT_NOT_FOUND', { code });
        pointId = p.id;
      }
      // The engine checks the scope: another point's roster is FORBIDDEN (403).
      const sessions = await app.booking.roster(staff.telegramUserId, date, pointId);
      const now = app.clock.now();
      const w = consoleWords(req.lang);
      const view = sessions.map((x) => ({
        ...x,
        started: new Date(x.startsAt) <= now,
        service: words(req.lang).format.service(x.kind, x.classTitle),
        pointName: req.lang === 'en' ? x.point.nameEn : x.point.nameZh,
        head: w.sessionHead({
          time: `${x.startTime}–${x.endTime}`,
          service: words(req.lang).format.service(x.kind, x.classTitle),
          booked: x.booked,
          capacity: x.capacity,
          waiting: x.waiting,
        }),
      }));
      return pages.render(req, reply, 'today', 'today', { date, point: code, points, sessions: view, back: back(date, code) });
    });

    server.post('/today/attendance', async (req, reply) => {
      const staff = staffOf(req);
      const ref = field(req.body, 'ref').toUpperCase();
      const status = field(req.body, 'status');
      const to = back(field(req.body, 'date'), field(req.body, 'point').toUpperCase());
      return pages.act(req, reply, to, async () => {
        if (!REF.test(ref) || (status !== 'attended' && status !== 'no_show')) throw new DomainError('INVALID_INPUT', { field: 'ref' });
        const r = await app.booking.markAttendance(staff.telegramUserId, ref, status);
        const w = consoleWords(req.lang);
        const done = w.marked(ref, w.bookingStatus[status]!);
        return r.pausedUntil ? `${done} ${w.pausedNotice(localDateOf(new Date(r.pausedUntil), app.config.timeZone))}` : done;
      });
    });

    server.post('/today/close', async (req, reply) => {
      const staff = staffOf(req);
      const sessionId = Number(field(req.body, 'sessionId'));
      const reason = field(req.body, 'reason');
      const to = back(field(req.body, 'date'), field(req.body, 'point').toUpperCase());
      return pages.act(req, reply, to, async () => {
        if (!Number.isSafeInteger(sessionId) || sessionId <= 0) throw new DomainError('INVALID_INPUT', { field: 'sessionId' });
        const r = await app.booking.closeSession(staff.telegramUserId, sessionId, reason);
        const w = consoleWords(req.lang);
        return r.alreadyClosed ? w.alreadyClosed(sessionId) : w.closedResult({ sessionId, bookings: r.cancelledBookings, waitlist: r.waitlistCancelled });
      });
    });
  };
}
