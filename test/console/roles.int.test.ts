import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterSession } from '../../src/booking/types.ts';
import { ADMIN, agent, createConsoleHarness, JL_STAFF, QP_STAFF, textOf, type Agent } from './consoleHarness.ts';

type Harness = Awaited<ReturnType<typeof createConsoleHarness>>;

/**
 * Every endpoint for each role: admins everywhere, point staff of SM-QP on
 * SM-QP only (SM-JL → 403), nobody signed in → 401. Tickets are shared by all
 * staff, as in the staff group.
 */
describe('console roles on every endpoint', () => {
  let h: Harness;
  let qpSession: RosterSession;
  let jlSession: RosterSession;
  let admin: Agent;
  let qp: Agent;
  let anonymous: Agent;

  beforeAll(async () => {
    h = await createConsoleHarness();
    const roster = await h.app.booking.roster(ADMIN, '2026-11-28');
    qpSession = roster.find((s) => s.point.code === 'SM-QP' && s.startTime === '09:00')!;
    jlSession = roster.find((s) => s.point.code === 'SM-JL' && s.startTime === '09:00')!;
    expect(qpSession.bookings.length).toBeGreaterThan(0);
    expect(jlSession.bookings.length).toBeGreaterThan(0);
    admin = await h.signedIn(ADMIN);
    qp = await h.signedIn(QP_STAFF);
    anonymous = agent(h.server);
    await anonymous.get('/signin'); // a CSRF token, so the refusal is about who, not the form
    await h.app.escalation.open({ parentId: 1001, reason: 'human_requested', question: '请问周末能带两个孩子吗？', language: 'zh' });
  });
  afterAll(async () => h?.server.close());

  const JL = 'SM-JL';
  const pages = [
    '/today',
    '/today?date=2026-11-28&point=SM-QP',
    '/timetables',
    '/timetables?point=SM-QP',
    '/points',
    '/tickets',
    '/tickets/1',
    '/reports',
    '/reports.csv?table=unmet',
  ];

  it('nobody signed in: every page and every action is 401', async () => {
    for (const p of [...pages, `/today?point=${JL}`, `/timetables?point=${JL}`]) expect((await anonymous.get(p)).statusCode, p).toBe(401);
    const posts: Array<[string, Record<string, string>]> = [
      ['/today/attendance', { ref: qpSession.bookings[0]!.refCode, status: 'attended' }],
      ['/today/close', { sessionId: String(qpSession.sessionId), reason: 'x' }],
      ['/timetables/weekly', { point: 'SM-QP', action: 'add' }],
      ['/timetables/close-day', { point: 'SM-QP', date: '2026-12-05', reason: '台风' }],
      ['/timetables/extra', { point: 'SM-QP' }],
      ['/points/import', { text: 'code\n' }],
      ['/tickets/1/claim', {}],
      ['/tickets/1/reply', { text: 'hi' }],
      ['/tickets/1/resolve', {}],
    ];
    for (const [p, form] of posts) expect((await anonymous.post(p, form)).statusCode, p).toBe(401);
    // Nothing happened.
    const r = await h.app.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_kind = 'staff'`);
    expect(r.rows[0].n).toBe(0);
    expect((await h.app.escalation.get(1))!.status).toBe('open');
  });

  it('admins: every page of every point', async () => {
    for (const p of [...pages, `/today?point=${JL}`, `/timetables?point=${JL}`]) expect((await admin.get(p)).statusCode, p).toBe(200);
    const today = textOf((await admin.get('/today?date=2026-11-28')).body);
    expect(today).toContain('SM-QP');
    expect(today).toContain('SM-JL');
  });

  it('point staff of SM-QP see SM-QP only: another point is 403 on every page and action, and nothing changes', async () => {
    for (const p of pages) expect((await qp.get(p)).statusCode, p).toBe(200);
    // Lists and reports show their point only.
    expect(textOf((await qp.get('/today?date=2026-11-28')).body)).not.toContain('SM-JL');
    const points = (await qp.get('/points')).body;
    expect(points).toContain('data-point="SM-QP"');
    expect(points).not.toContain('data-point="SM-JL"');
    expect(points).not.toContain('points-import');
    const report = (await qp.get('/reports')).body;
    expect(report).toContain('>SM-QP<');
    expect(report).not.toContain('>SM-JL<');
    const csv = (await qp.get('/reports.csv?table=points')).body;
    expect(csv).toContain('SM-QP,');
    expect(csv).not.toContain('SM-JL,');
    const timetableChoices = (await qp.get('/timetables')).body;
    expect(timetableChoices).not.toContain('value="SM-JL"');

    for (const p of [`/today?point=${JL}`, `/timetables?point=${JL}`]) expect((await qp.get(p)).statusCode, p).toBe(403);
    await qp.get('/today');
    const jlRef = jlSession.bookings[0]!.refCode;
    const refused: Array<[string, Record<string, string>]> = [
      ['/today/attendance', { ref: jlRef, status: 'no_show' }],
      ['/today/close', { sessionId: String(jlSession.sessionId), reason: '老师生病' }],
      ['/timetables/weekly', { point: JL, action: 'add', weekdays: 'mon', start: '09:00', end: '10:00', kind: 'half_day', capacity: '5' }],
      ['/timetables/close-day', { point: JL, date: '2026-12-05', reason: '台风' }],
      ['/timetables/extra', { point: JL, date: '2026-12-09', start: '15:00', end: '16:00', kind: 'half_day', capacity: '5' }],
      ['/points/import', { text: 'code,name_zh\nSM-QP,x\n' }],
    ];
    for (const [p, form] of refused) {
      const r = await qp.post(p, form);
      expect(r.statusCode, p).toBe(403);
    }
    const jl = (await h.app.booking.roster(ADMIN, '2026-11-28', jlSession.point.id)).find((s) => s.sessionId === jlSession.sessionId)!;
    expect(jl.status).toBe('open');
    expect(jl.bookings.find((b) => b.refCode === jlRef)!.status).toBe(jlSession.bookings[0]!.status);
    const audit = await h.app.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_kind = 'staff'`);
    expect(audit.rows[0].n).toBe(0);
  });

  it('point staff of SM-JL cannot touch SM-QP either', async () => {
    const jl = await h.signedIn(JL_STAFF);
    expect((await jl.get('/today?point=SM-QP')).statusCode).toBe(403);
    await jl.get('/today');
    expect((await jl.post('/today/attendance', { ref: qpSession.bookings[0]!.refCode, status: 'attended' })).statusCode).toBe(403);
    expect((await jl.get('/timetables?point=SM-JL')).statusCode).toBe(200);
  });

  it('tickets are shared by all staff, as in the staff group', async () => {
    expect(textOf((await qp.get('/tickets')).body)).toContain('请问周末能带两个孩子吗');
    expect((await qp.get('/tickets/1')).statusCode).toBe(200);
    expect((await qp.get('/tickets/999')).statusCode).toBe(404);
    expect((await qp.get('/tickets/abc')).statusCode).toBe(404);
  });

  it('no personal data in URLs (links and forms) or in the logs; requests are logged by route pattern', async () => {
    const childNames = [...qpSession.bookings, ...jlSession.bookings].map((b) => b.childName);
    const parentIds = [...qpSession.bookings, ...jlSession.bookings].map((b) => String(b.parentId));
    for (const p of pages) {
      const body = (await admin.get(p)).body;
      const urls = [...body.matchAll(/(?:href|action|src)="([^"]*)"/g)].map((m) => m[1]!);
      for (const u of urls) {
        for (const name of childNames) expect(u, `${p}: ${u}`).not.toContain(name);
        for (const id of parentIds) expect(u.split(/[/?=&]/), `${p}: ${u}`).not.toContain(id);
      }
    }
    const link = await h.signIn.createLink(ADMIN);
    const token = new URL(link.url).pathname.slice(8);
    await agent(h.server).signInWith(link.url);
    const all = h.logs.join('\n');
    expect(all).toContain('"route":"/signin/:token"');
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.slice(0, 43));
    for (const name of childNames) expect(all).not.toContain(name);
    expect(all).not.toContain('请问周末能带两个孩子吗');
    expect(all).not.toMatch(/"url"/);
  });
});
