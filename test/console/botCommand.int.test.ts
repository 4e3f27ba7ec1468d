import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createConsoleServer } from '../../src/console/createConsoleServer.ts';
import { createHarness, createTestApp, PARENT, STAFF, STAFF_GROUP, type Harness } from '../bot/harness.ts';
import { agent, textOf } from './consoleHarness.ts';

/** The bot's /console command: a one-time link for staff, in private only; nothing for anyone else. */
describe('/console in the bot', () => {
  let app: Awaited<ReturnType<typeof createTestApp>>;
  let h: Harness;
  let server: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp({ CONSOLE_BASE_URL: 'https://console.example.org' });
    h = createHarness(app);
    server = await createConsoleServer({ app });
  });
  afterAll(async () => server?.close());

  const linkIn = (text: string) => /https:\/\/console\.example\.org(\/signin\/[A-Za-z0-9_.-]+)/.exec(text)?.[1];

  it('a staff member in a private chat gets a link without preview, and it signs them in once', async () => {
    h.clear();
    await h.command('console', STAFF);
    const sent = h.sentTo(STAFF.id).at(-1)!;
    expect(sent.payload.link_preview_options).toEqual({ is_disabled: true });
    const path = linkIn(sent.payload.text)!;
    expect(sent.payload.text).toContain('10分钟内有效');
    const a = agent(server);
    expect((await a.signInWith(`https://console.example.org${path}`)).statusCode).toBe(303);
    expect(textOf((await a.get('/today')).body)).toContain('今日场次');
    expect((await agent(server).signInWith(`https://console.example.org${path}`)).statusCode).toBe(410);
  });

  it('in the staff group the link goes to the private chat, never the group', async () => {
    h.clear();
    await h.command('console', STAFF, STAFF_GROUP);
    expect(
      h
        .sentTo(STAFF_GROUP)
        .map((c) => c.payload.text)
        .join('\n'),
    ).not.toMatch(/signin/);
    expect(h.lastTextTo(STAFF_GROUP)).toContain('私信');
    expect(linkIn(h.lastTextTo(STAFF.id))).toBeDefined();
  });

  it('when the staff member never opened a private chat, the group is told how, with no link', async () => {
    const blocked = createHarness(app, {
      fail: (c) =>
        c.method === 'sendMessage' && c.payload.chat_id === STAFF.id
          ? { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" }
          : undefined,
    });
    // A second harness numbers its updates from 1 again: forget the first one's.
    await app.db.pool.query('DELETE FROM processed_updates');
    await blocked.command('console', STAFF, STAFF_GROUP);
    expect(blocked.lastTextTo(STAFF_GROUP)).toContain('私聊');
    expect(
      blocked
        .sentTo(STAFF_GROUP)
        .map((c) => c.payload.text)
        .join('\n'),
    ).not.toMatch(/signin/);
  });

  it('a parent gets no link', async () => {
    h.clear();
    await h.command('console', PARENT);
    expect(
      h
        .sentTo(PARENT.id)
        .map((c) => c.payload.text)
        .join('\n'),
    ).not.toMatch(/signin/);
    const links = await app.db.pool.query(`SELECT count(*)::int AS n FROM console_sign_in_links WHERE telegram_user_id = $1`, [PARENT.id]);
    expect(links.rows[0].n).toBe(0);
  });
});
