import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import { Eta } from 'eta';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { OperatorsService } from '../operators/OperatorsService.ts';
import type { ConsoleApp, ConsoleServices } from './ConsoleDeps.ts';
import { createConsoleSignIn, type ConsoleSignIn } from './ConsoleSignIn.ts';
import { describeFailure } from './consoleErrors.ts';
import { consolePages } from './consolePage.ts';
import { consoleTickets } from './consoleTickets.ts';
import { consoleWords, isConsoleLang } from './consoleWords.ts';
import { pointsRoutes } from './routes/points.ts';
import { reportsRoutes } from './routes/reports.ts';
import { signInRoutes } from './routes/signIn.ts';
import { ticketsRoutes } from './routes/tickets.ts';
import { timetablesRoutes } from './routes/timetables.ts';
import { todayRoutes } from './routes/today.ts';
import type { TelegramOutlet } from './TelegramOutlet.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHART_JS_DIR = dirname(createRequire(import.meta.url).resolve('chart.js'));

export const SESSION_COOKIE = 'console_session';
export const LANG_COOKIE = 'console_lang';

export interface CreateConsoleOptions {
  app: ConsoleApp;
  /** Telegram for telling families about ticket actions (grammY's Api); without it those actions are refused. */
  telegram?: TelegramOutlet;
  /** Defaults: built from the app, and the app's own operators service. */
  signIn?: ConsoleSignIn;
  operators?: OperatorsService;
  /** Sign-in attempts per minute from one address (default 10). */
  signInPerMinute?: number;
}

/**
 * The staff console: a Fastify app serving server-rendered pages (Eta) in
 * Chinese and English. Staff sign in with a one-time link from the bot; the
 * session cookie is HttpOnly, SameSite=Lax and Secure over HTTPS; every change
 * is a POST with a CSRF token; every route checks who is asking through the
 * services' own role and point-scope checks. Nothing personal is logged: a
 * request is logged by its route pattern, never its URL.
 */
export async function createConsoleServer(opts: CreateConsoleOptions): Promise<FastifyInstance> {
  const { app } = opts;
  const { config } = app;
  const secret = config.console.sessionSecret;
  if (!secret) throw new Error('CONSOLE_SESSION_SECRET is not set: production needs a console session secret of its own (16+ characters).');
  const log = app.logger.child({ component: 'console' });
  const signIn = opts.signIn ?? createConsoleSignIn({ pool: app.db.pool, clock: app.clock, baseUrl: config.console.baseUrl, secret });
  const operators = opts.operators ?? app.operators;
  const services: ConsoleServices = {
    app,
    signIn,
    operators,
    tickets: consoleTickets({ escalation: app.escalation, telegram: opts.telegram, logger: log }),
    secureCookies: config.console.baseUrl.startsWith('https:'),
  };
  const pages = consolePages(services);

  // A reverse proxy on this machine (HTTPS in front) passes the client's address: the sign-in rate limit is per
  // client, not per proxy. Forwarded headers from anywhere else are ignored, so no one can spoof their way round it.
  const server = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024, trustProxy: 'loopback' });
  server.decorateRequest('staff', null);
  server.decorateRequest('sessionToken', null);
  server.decorateRequest('lang', 'zh');

  await server.register(fastifyCookie, { secret });
  await server.register(fastifyFormbody);
  await server.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure: services.secureCookies, path: '/' },
  });
  await server.register(fastifyRateLimit, { global: false });
  await server.register(fastifyView, {
    engine: { eta: new Eta({ views: join(HERE, 'views'), cache: true }) },
    templates: join(HERE, 'views'),
  });
  await server.register(fastifyStatic, { root: join(HERE, 'public'), prefix: '/static/', index: false, cacheControl: true, maxAge: '1h' });
  // Chart.js from the installed package, not a copy.
  server.get('/static/chart.umd.min.js', (_req, reply) => reply.sendFile('chart.umd.min.js', CHART_JS_DIR, { maxAge: '1h' }));

  server.addHook('onRequest', async (req: FastifyRequest) => {
    const lang = req.cookies[LANG_COOKIE];
    req.lang = isConsoleLang(lang) ? lang : 'zh';
    (req as FastifyRequest & { startedAt: number }).startedAt = performance.now();
  });

  server.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (!req.url.startsWith('/static/')) {
      reply.header('Cache-Control', 'no-store');
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
      );
    }
    return payload;
  });

  // The route pattern (/signin/:token), never the URL: sign-in tokens and dates stay out of the logs.
  server.addHook('onResponse', async (req, reply) => {
    const ms = Math.round(performance.now() - (req as FastifyRequest & { startedAt: number }).startedAt);
    log.info({ method: req.method, route: req.routeOptions.url ?? '(unmatched)', status: reply.statusCode, ms }, 'console request');
  });

  server.setErrorHandler(async (err, req, reply) => {
    const f = describeFailure(err, req.lang);
    if (f.status >= 500)
      log.error({ route: req.routeOptions.url, err: { name: (err as Error).name, code: (err as { code?: string }).code } }, 'console request failed');
    if (f.status === 401 && !req.staff) return signedOutPage(req, reply, 401);
    return pages.render(req, reply, 'error', 'signin', { message: f.message }, f.status, null);
  });

  server.setNotFoundHandler(async (req, reply) => pages.render(req, reply, 'error', 'signin', { message: consoleWords(req.lang).notFound }, 404, null));

  async function signedOutPage(req: FastifyRequest, reply: FastifyReply, status: number) {
    return pages.render(req, reply, 'signin', 'signin', { state: 'how' }, status, null);
  }

  /** Who is asking: a live session of someone who is still active staff (read now, not remembered). */
  async function authenticate(req: FastifyRequest): Promise<void> {
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) return;
    const u = req.unsignCookie(raw);
    if (!u.valid || !u.value) return;
    const session = await signIn.session(u.value);
    if (!session) return;
    const staff = await app.booking.getStaff(session.telegramUserId);
    if (!staff) return;
    req.staff = staff;
    req.sessionToken = u.value;
  }

  server.addHook('preHandler', async (req, reply) => {
    if (req.url.startsWith('/static/')) return;
    await authenticate(req);
    // Every change carries the form's CSRF token (sign-in too: no one can sign a browser in as someone else).
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await new Promise<void>((resolve, reject) => {
        server.csrfProtection(req, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
      if (reply.sent) return reply;
    }
  });

  // Language switch: a preference cookie, no server state.
  server.post('/lang', async (req, reply) => {
    const to = (req.body as Record<string, unknown> | undefined)?.lang;
    reply.setCookie(LANG_COOKIE, isConsoleLang(to) ? to : 'zh', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: services.secureCookies,
      maxAge: 365 * 86_400,
    });
    return reply.redirect(safeBack((req.body as Record<string, unknown> | undefined)?.back), 303);
  });

  await server.register(signInRoutes(services, pages, { perMinute: opts.signInPerMinute ?? 10, sessionCookie: SESSION_COOKIE }));

  await server.register(async (staffOnly) => {
    staffOnly.addHook('preHandler', async (req, reply) => {
      if (!req.staff) {
        if (req.method === 'GET') return signedOutPage(req, reply, 401);
        return pages.render(req, reply, 'error', 'signin', { message: consoleWords(req.lang).sessionEnded }, 401, null);
      }
    });
    staffOnly.get('/', async (_req, reply) => reply.redirect('/today', 303));
    await staffOnly.register(todayRoutes(services, pages));
    await staffOnly.register(timetablesRoutes(services, pages));
    await staffOnly.register(pointsRoutes(services, pages));
    await staffOnly.register(ticketsRoutes(services, pages));
    await staffOnly.register(reportsRoutes(services, pages));
  });

  return server;
}

/** Where to go back to: one of the console's own paths, never another site. */
export function safeBack(v: unknown): string {
  return typeof v === 'string' && /^\/(?!\/)[A-Za-z0-9/_?=&.%-]{0,300}$/.test(v) ? v : '/today';
}
