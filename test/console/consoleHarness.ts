import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createConsoleSignIn, type ConsoleSignIn } from '../../src/console/ConsoleSignIn.ts';
import { createConsoleServer } from '../../src/console/createConsoleServer.ts';
import type { TelegramOutlet } from '../../src/console/TelegramOutlet.ts';
import { createTestApp } from '../helpers/testApp.ts';

/** The demo network's staff (src/demo/seedDemo.ts): an admin, and point staff of SM-QP. */
export const ADMIN = 900001;
export const QP_STAFF = 900002;
/** Point staff of SM-JL only (added by the harness). */
export const JL_STAFF = 900003;
/** A parent: not staff. */
export const PARENT = 1001;
export const STAFF_GROUP = -100123;
/** Saturday 28 November 2026, 10:00 in Xiamen: the 09:00 sessions have started and are booked. */
export const SATURDAY = '2026-11-28T10:00:00+08:00';

export interface RecordedTelegramCall {
  method: 'sendMessage' | 'editMessageText';
  chatId: number;
  text: string;
  messageId?: number;
}

/** Records what the console asks Telegram to do; `blocked` chats answer like a family that blocked the bot. */
export function recordingTelegram(blocked = new Set<number>()): TelegramOutlet & { calls: RecordedTelegramCall[] } {
  const calls: RecordedTelegramCall[] = [];
  let next = 900;
  return {
    calls,
    async sendMessage(chatId, text) {
      if (blocked.has(chatId))
        throw Object.assign(new Error('Forbidden: bot was blocked by the user'), { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      calls.push({ method: 'sendMessage', chatId, text });
      return { message_id: next++ };
    },
    async editMessageText(chatId, messageId, text) {
      calls.push({ method: 'editMessageText', chatId, messageId, text });
      return true;
    },
  };
}

/**
 * A browser-like client over fastify.inject: keeps cookies, and sends the
 * CSRF token of the last page it read with every form (like the pages' forms).
 */
export function agent(server: FastifyInstance) {
  const jar = new Map<string, string>();
  let csrf = '';
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  function keep(res: Awaited<ReturnType<FastifyInstance['inject']>>) {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      if (c.value === '' || c.maxAge === 0) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) csrf = m[1]!;
    return res;
  }
  const a = {
    jar,
    csrf: () => csrf,
    async get(url: string) {
      return keep(await server.inject({ method: 'GET', url, headers: { cookie: cookieHeader() } }));
    },
    async post(url: string, form: Record<string, string> = {}, { withCsrf = true }: { withCsrf?: boolean } = {}) {
      const body = new URLSearchParams({ ...(withCsrf ? { _csrf: csrf } : {}), ...form }).toString();
      return keep(
        await server.inject({ method: 'POST', url, payload: body, headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' } }),
      );
    },
    /** Opens a one-time link and presses "sign in", as a staff member does. */
    async signInWith(linkUrl: string) {
      const path = new URL(linkUrl).pathname;
      const page = await a.get(path);
      if (page.statusCode !== 200) return page;
      return a.post('/signin', { token: path.slice('/signin/'.length) });
    },
  };
  return a;
}

export type Agent = ReturnType<typeof agent>;

/** The app on the test database (demo network, Saturday clock), the console on it, and a sign-in service. */
export async function createConsoleHarness({
  telegram = recordingTelegram(),
  signInPerMinute,
  baseUrl = 'http://console.test',
}: {
  telegram?: TelegramOutlet | null;
  signInPerMinute?: number;
  baseUrl?: string;
} = {}) {
  const app = await createTestApp({
    knowledge: false,
    env: { STAFF_GROUP_CHAT_ID: String(STAFF_GROUP), BUTTON_SECRET: 'test-button-secret-console', CONSOLE_BASE_URL: baseUrl },
  });
  app.clock.set(SATURDAY);
  await app.db.pool.query(
    `INSERT INTO staff (telegram_user_id, name, role, point_id) SELECT $1, '嘉莲点老师', 'point_staff', id FROM service_points WHERE code = 'SM-JL'`,
    [JL_STAFF],
  );
  await app.db.pool.query(`INSERT INTO staff_points (staff_id, point_id) SELECT id, point_id FROM staff WHERE telegram_user_id = $1`, [JL_STAFF]);
  // Everything the console logs, to check that no personal data or sign-in token reaches the logs.
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const server = await createConsoleServer({ app: { ...app, logger }, telegram: telegram ?? undefined, signInPerMinute });
  const signIn: ConsoleSignIn = createConsoleSignIn({
    pool: app.db.pool,
    clock: app.clock,
    baseUrl: app.config.console.baseUrl,
    secret: app.config.console.sessionSecret!,
  });
  /** A client signed in as this staff member. */
  async function signedIn(telegramUserId: number): Promise<Agent> {
    const a = agent(server);
    const res = await a.signInWith((await signIn.createLink(telegramUserId)).url);
    if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
    return a;
  }
  return { app, server, signIn, signedIn, telegram, logs };
}

/** The page's text without tags (for asserting on what staff read). */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
