import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/errors/DomainError.ts';
import { ADMIN, agent, createConsoleHarness, PARENT, QP_STAFF, textOf } from './consoleHarness.ts';

type Harness = Awaited<ReturnType<typeof createConsoleHarness>>;

describe('console sign-in: one-time links, sessions, CSRF, rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createConsoleHarness({ signInPerMinute: 100 });
  });
  afterAll(async () => h?.server.close());

  const pathOf = (url: string) => new URL(url).pathname;

  it('a link signs a staff member in once: HttpOnly, SameSite=Lax session cookie, not Secure over plain HTTP; a second use is refused', async () => {
    const link = await h.signIn.createLink(ADMIN);
    expect(link.url).toMatch(/^http:\/\/console\.test\/signin\/[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{32}$/);
    expect(link.expiresAt.getTime() - h.app.clock.now().getTime()).toBe(10 * 60_000);
    const a = agent(h.server);
    // Opening the link (or a link preview fetching it) only shows a button.
    expect((await a.get(pathOf(link.url))).statusCode).toBe(200);
    const confirm = await a.get(pathOf(link.url));
    expect(textOf(confirm.body)).toContain('点击下面的按钮登录工作台');
    const res = await a.post('/signin', { token: pathOf(link.url).slice(8) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/today');
    const cookie = String(([] as string[]).concat(res.headers['set-cookie'] as string[]).find((c) => c.startsWith('console_session=')));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await a.get('/today')).statusCode).toBe(200);

    const again = agent(h.server);
    expect((await again.get(pathOf(link.url))).statusCode).toBe(410);
    await again.get('/signin');
    const reused = await again.post('/signin', { token: pathOf(link.url).slice(8) });
    expect(reused.statusCode).toBe(410);
    expect(textOf(reused.body)).toContain('此登录链接已过期或已被使用');
    expect((await again.get('/today')).statusCode).toBe(401);
  });

  it('an expired link is refused (10 minutes), and a forged or malformed one never reaches a session', async () => {
    const link = await h.signIn.createLink(QP_STAFF);
    h.app.clock.advance(10 * 60_000 + 1000);
    try {
      const a = agent(h.server);
      expect((await a.get(pathOf(link.url))).statusCode).toBe(410);
      await a.get('/signin');
      expect((await a.post('/signin', { token: pathOf(link.url).slice(8) })).statusCode).toBe(410);
    } finally {
      h.app.clock.advance(-(10 * 60_000 + 1000));
    }
    const good = pathOf((await h.signIn.createLink(QP_STAFF)).url).slice(8);
    const forged = `${good.slice(0, 43)}.${'A'.repeat(32)}`;
    const a = agent(h.server);
    for (const token of [forged, 'x', `${'A'.repeat(43)}.${'B'.repeat(32)}`, '../../etc/passwd']) {
      const r = await a.get(`/signin/${encodeURIComponent(token)}`);
      expect([404, 410]).toContain(r.statusCode);
    }
    // The forged attempt did not use up the real link.
    await a.get('/signin');
    expect((await a.post('/signin', { token: good })).statusCode).toBe(303);
  });

  it('non-staff get no link; staff deactivated after signing in lose the console at once', async () => {
    const refused = await h.signIn.createLink(PARENT).catch((e) => e);
    expect(isDomainError(refused, 'NOT_STAFF')).toBe(true);
    const qp = await h.signedIn(QP_STAFF);
    expect((await qp.get('/today')).statusCode).toBe(200);
    await h.app.db.pool.query('UPDATE staff SET active = false WHERE telegram_user_id = $1', [QP_STAFF]);
    try {
      expect((await qp.get('/today')).statusCode).toBe(401);
      expect((await qp.post('/today/attendance', { ref: 'ABCDEF', status: 'attended' })).statusCode).toBe(401);
      // And a link made before the deactivation no longer signs in.
      await h.app.db.pool.query('UPDATE staff SET active = true WHERE telegram_user_id = $1', [QP_STAFF]);
      const link = await h.signIn.createLink(QP_STAFF);
      await h.app.db.pool.query('UPDATE staff SET active = false WHERE telegram_user_id = $1', [QP_STAFF]);
      const b = agent(h.server);
      expect((await b.signInWith(link.url)).statusCode).toBe(410);
    } finally {
      await h.app.db.pool.query('UPDATE staff SET active = true WHERE telegram_user_id = $1', [QP_STAFF]);
    }
  });

  it('signing out ends the session: the same cookie opens nothing', async () => {
    const a = await h.signedIn(ADMIN);
    const cookie = a.jar.get('console_session')!;
    expect((await a.post('/signout')).statusCode).toBe(200);
    const b = agent(h.server);
    b.jar.set('console_session', cookie);
    expect((await b.get('/today')).statusCode).toBe(401);
  });

  it('every change needs the form’s CSRF token, sign-in included', async () => {
    const a = await h.signedIn(ADMIN);
    await a.get('/today');
    expect((await a.post('/today/close', { sessionId: '1', reason: 'test' }, { withCsrf: false })).statusCode).toBe(403);
    expect((await a.post('/today/close', { sessionId: '1', reason: 'test', _csrf: 'forged' }, { withCsrf: false })).statusCode).toBe(403);
    expect((await a.post('/tickets/1/resolve', {}, { withCsrf: false })).statusCode).toBe(403);
    const link = await h.signIn.createLink(ADMIN);
    const b = agent(h.server);
    await b.get(pathOf(link.url));
    expect((await b.post('/signin', { token: pathOf(link.url).slice(8) }, { withCsrf: false })).statusCode).toBe(403);
    // Refused before use: the link still works with the token.
    expect((await b.post('/signin', { token: pathOf(link.url).slice(8) })).statusCode).toBe(303);
  });

  it('the language switch keeps the page and speaks English', async () => {
    const a = await h.signedIn(ADMIN);
    await a.get('/tickets');
    const r = await a.post('/lang', { lang: 'en', back: '/tickets' });
    expect(r.headers.location).toBe('/tickets');
    expect(textOf((await a.get('/tickets')).body)).toContain('Tickets');
    // Never to another site.
    expect((await a.post('/lang', { lang: 'zh', back: '//evil.example/x' })).headers.location).toBe('/today');
  });
});

describe('console sign-in over HTTPS and under attack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createConsoleHarness({ signInPerMinute: 3, baseUrl: 'https://console.example.org' });
  });
  afterAll(async () => h?.server.close());

  it('marks the session and CSRF cookies Secure when the console is served over HTTPS', async () => {
    const link = await h.signIn.createLink(ADMIN);
    const a = agent(h.server);
    const page = await a.get(new URL(link.url).pathname);
    expect(String(page.headers['set-cookie'])).toMatch(/_csrf=.*Secure/);
    const res = await a.post('/signin', { token: new URL(link.url).pathname.slice(8) });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]).find((c) => c.startsWith('console_session='));
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('rate-limits sign-in attempts per address (429 after the limit)', async () => {
    const a = agent(h.server);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await a.get(`/signin/${'A'.repeat(43)}.${'B'.repeat(32)}`)).statusCode);
    // Three attempts a minute (the HTTPS test above used some): refused links first, then 429.
    expect(codes[0]).not.toBe(200);
    expect(codes).toContain(429);
    expect(codes.at(-1)).toBe(429);
    expect(textOf((await a.get(`/signin/${'A'.repeat(43)}.${'C'.repeat(32)}`)).body)).toContain('尝试次数太多');
  });
});
