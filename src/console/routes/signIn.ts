import type { FastifyPluginAsync } from 'fastify';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import type { ConsolePages } from '../consolePage.ts';
import { field } from '../consolePage.ts';
import { consoleWords } from '../consoleWords.ts';

/**
 * Signing in with the bot's one-time link. Opening the link only shows a
 * button (link previews and scanners fetch URLs; a GET never uses the link);
 * pressing it uses the link once and starts a session. Rate limited per
 * address; the token never reaches the logs (routes are logged by pattern).
 */
export function signInRoutes(s: ConsoleServices, pages: ConsolePages, opts: { perMinute: number; sessionCookie: string }): FastifyPluginAsync {
  const rateLimit = { max: opts.perMinute, timeWindow: '1 minute' };
  return async (server) => {
    server.get('/signin', async (req, reply) => pages.render(req, reply, 'signin', 'signin', { state: 'how' }, 200, null));

    server.get<{ Params: { token: string } }>('/signin/:token', { config: { rateLimit } }, async (req, reply) => {
      const token = req.params.token;
      if (!(await s.signIn.linkIsUsable(token))) return pages.render(req, reply, 'signin', 'signin', { state: 'invalid' }, 410, null);
      return pages.render(req, reply, 'signin', 'signin', { state: 'confirm', token }, 200, null);
    });

    server.post('/signin', { config: { rateLimit } }, async (req, reply) => {
      const used = await s.signIn.redeem(field(req.body, 'token'));
      if (!used) return pages.render(req, reply, 'signin', 'signin', { state: 'invalid' }, 410, null);
      reply.setCookie(opts.sessionCookie, used.sessionToken, {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        secure: s.secureCookies,
        path: '/',
        // Relative to the browser's clock; the server checks the session's own expiry on every request.
        maxAge: Math.max(60, Math.floor((used.session.expiresAt.getTime() - s.app.clock.now().getTime()) / 1000)),
      });
      s.app.logger.child({ component: 'console' }).info('staff signed in to the console');
      return reply.redirect('/today', 303);
    });

    server.post('/signout', async (req, reply) => {
      if (req.sessionToken) await s.signIn.end(req.sessionToken);
      reply.clearCookie(opts.sessionCookie, { path: '/' });
      req.staff = null;
      req.sessionToken = null;
      return pages.render(req, reply, 'signin', 'signin', { state: 'signedOut', notice: consoleWords(req.lang).signedOut }, 200, null);
    });
  };
}
