import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterSession } from '../../src/booking/types.ts';
import { ADMIN, createConsoleHarness, PARENT, QP_STAFF, recordingTelegram, STAFF_GROUP, textOf, type Agent } from './consoleHarness.ts';

type Harness = Awaited<ReturnType<typeof createConsoleHarness>>;

const count = async (h: Harness, sql: string, params: unknown[] = []) => (await h.app.db.pool.query<{ n: number }>(sql, params)).rows[0]!.n;

describe('console pages: a day at a point, timetables, points, tickets, reports', () => {
  const telegram = recordingTelegram(new Set([4242]));
  let h: Harness;
  let qp: Agent;
  let admin: Agent;
  let session: RosterSession;

  beforeAll(async () => {
    h = await createConsoleHarness({ telegram });
    qp = await h.signedIn(QP_STAFF);
    admin = await h.signedIn(ADMIN);
    session = (await h.app.booking.roster(QP_STAFF, '2026-11-28')).find((s) => s.point.code === 'SM-QP' && s.startTime === '09:00')!;
  });
  afterAll(async () => h?.server.close());

  it('today: the roster with attendance; marking goes through the engine (audited), shown on the page', async () => {
    const page = await qp.get('/today');
    const text = textOf(page.body);
    expect(text).toContain('场次 · 2026-11-28');
    expect(text).toContain(session.bookings[0]!.childName);
    const [first, second] = session.bookings;
    let r = await qp.post('/today/attendance', { ref: first!.refCode, status: 'attended', date: '2026-11-28', point: 'SM-QP' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/today?date=2026-11-28&point=SM-QP');
    let after = await qp.get(r.headers.location as string);
    expect(textOf(after.body)).toContain(`已将 ${first!.refCode} 记为「已到」`);
    expect(after.body).toMatch(new RegExp(`data-ref="${first!.refCode}"[\\s\\S]*?status-attended`));
    r = await qp.post('/today/attendance', { ref: second!.refCode, status: 'no_show', date: '2026-11-28', point: 'SM-QP' });
    after = await qp.get(r.headers.location as string);
    expect(textOf(after.body)).toContain(`已将 ${second!.refCode} 记为「未到」`);
    expect(await count(h, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'attendance.mark' AND actor_label LIKE '%(${QP_STAFF})'`)).toBe(2);
    // The flash is shown once.
    expect(textOf((await qp.get('/today')).body)).not.toContain('记为');
  });

  it('today: a session not started yet cannot be marked (the engine’s words), a later day has no buttons', async () => {
    const sunday = (await h.app.booking.roster(QP_STAFF, '2026-11-29')).find((s) => s.bookings.length > 0)!;
    const page = await qp.get('/today?date=2026-11-29');
    expect(textOf(page.body)).toContain('场次开始后才能点名');
    const r = await qp.post('/today/attendance', { ref: sunday.bookings[0]!.refCode, status: 'attended', date: '2026-11-29' });
    expect(r.statusCode).toBe(303);
    const shown = textOf((await qp.get(r.headers.location as string)).body);
    expect(shown).not.toContain('记为');
    expect(shown).toMatch(/开始|not started/);
  });

  it('today: closing a session with a reason cancels it and tells every family through the outbox', async () => {
    const sunday = (await h.app.booking.roster(QP_STAFF, '2026-11-29')).find((s) => s.bookings.length > 0 && s.status === 'open')!;
    const r = await qp.post('/today/close', { sessionId: String(sunday.sessionId), reason: '老师生病', date: '2026-11-29', point: 'SM-QP' });
    const page = textOf((await qp.get(r.headers.location as string)).body);
    expect(page).toContain(`场次 #${sunday.sessionId} 已关闭：取消 ${sunday.bookings.length} 个预约`);
    expect(page).toContain('已关闭：老师生病');
    expect(
      await count(h, `SELECT count(*)::int AS n FROM outbox WHERE kind = 'session_closed' AND payload->>'sessionId' = $1`, [String(sunday.sessionId)]),
    ).toBe(sunday.bookings.length);
    // A reason is required (the engine's validation, shown as a refusal).
    const again = await qp.post('/today/close', { sessionId: String(session.sessionId), reason: '', date: '2026-11-28' });
    expect(textOf((await qp.get(again.headers.location as string)).body)).not.toContain(`场次 #${session.sessionId} 已关闭`);
  });

  it('timetables: a capacity below what is booked is refused with the figures and nothing changes; a higher one is saved', async () => {
    const page = await qp.get('/timetables?point=SM-QP');
    const orig = [...page.body.matchAll(/name="orig" value="([^"]+)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    const weekend = orig.find((o) => JSON.parse(o).kind === 'half_day' && JSON.parse(o).start === '09:00')!;
    const row = JSON.parse(weekend) as Record<string, string>;
    // Three families booked next Saturday.
    const next = (
      await h.app.db.pool.query<{ id: number }>(
        `SELECT s.id FROM sessions s JOIN service_points p ON p.id = s.point_id
        WHERE p.code = 'SM-QP' AND s.kind = 'half_day' AND s.starts_at = '2026-12-05T09:00:00+08:00'`,
      )
    ).rows[0]!;
    for (const parentId of [7001, 7002, 7003]) {
      await h.app.db.pool.query(`INSERT INTO parents (id, display_name, language) VALUES ($1, 'p', 'zh')`, [parentId]);
      const c = await h.app.db.pool.query<{ id: number }>(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, '宝宝', '2025-01-15') RETURNING id`, [
        parentId,
      ]);
      await h.app.booking.bookSession({ parentId, childId: c.rows[0]!.id, sessionId: next.id });
    }
    const before = await count(
      h,
      `SELECT max(capacity)::int AS n FROM session_templates t JOIN service_points p ON p.id = t.point_id WHERE p.code = 'SM-QP' AND t.kind = 'half_day' AND t.start_time = '09:00'`,
    );
    const r = await qp.post('/timetables/weekly', { ...row, point: 'SM-QP', action: 'save', orig: weekend, capacity: '1' });
    expect(r.statusCode).toBe(303);
    const refused = textOf((await qp.get(r.headers.location as string)).body);
    expect(refused).toContain('时间表修改会影响已有预约的场次');
    expect(refused).toContain(`场次 #${next.id}（SM-QP 12-05 09:00）已有3人预约；容量改为1被拒绝`);
    expect(
      await count(
        h,
        `SELECT max(capacity)::int AS n FROM session_templates t JOIN service_points p ON p.id = t.point_id WHERE p.code = 'SM-QP' AND t.kind = 'half_day' AND t.start_time = '09:00'`,
      ),
    ).toBe(before);

    const ok = await qp.post('/timetables/weekly', { ...row, point: 'SM-QP', action: 'save', orig: weekend, capacity: String(before + 2) });
    expect(textOf((await qp.get(ok.headers.location as string)).body)).toContain('已保存：新增 0 条、修改 1 条、删除 0 条安排');
    expect(await count(h, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'timetable.import' AND actor_label LIKE '%(${QP_STAFF})'`)).toBe(1);
    // The form's old row no longer matches: refused, not guessed.
    const stale = await qp.post('/timetables/weekly', { ...row, point: 'SM-QP', action: 'save', orig: weekend, capacity: '30' });
    expect(textOf((await qp.get(stale.headers.location as string)).body)).toContain('这条安排已被其他人修改');
  });

  it('timetables: bad values are refused by row and field; a day closed for a typhoon; an extra session added', async () => {
    const bad = await qp.post('/timetables/weekly', {
      point: 'SM-QP',
      action: 'add',
      weekdays: 'someday',
      start: '10:00',
      end: '09:00',
      kind: 'half_day',
      capacity: '0',
    });
    const text = textOf((await qp.get(bad.headers.location as string)).body);
    expect(text).toContain('什么都没有写入');
    expect(text).toMatch(/weekdays/);
    expect(text).toMatch(/capacity/);
    const closed = await qp.post('/timetables/close-day', { point: 'SM-QP', date: '2026-12-05', reason: '台风' });
    expect(textOf((await qp.get(closed.headers.location as string)).body)).toMatch(/SM-QP 2026-12-05 已停开：关闭 \d+ 个场次/);
    const extra = await qp.post('/timetables/extra', {
      point: 'SM-QP',
      date: '2026-12-09',
      start: '15:00',
      end: '16:00',
      kind: 'trial_class',
      class_title: 'picture_books',
      capacity: '10',
      reason: '加开',
    });
    const shown = textOf((await qp.get(extra.headers.location as string)).body);
    expect(shown).toMatch(/已加开 SM-QP 2026-12-09 15:00–16:00（场次 #\d+，家长现在即可预约）/);
    expect(shown).toContain('2026-12-05 SM-QP · 台风');
  });

  it('points: an admin imports a file; every bad row is listed with line and field and nothing is written', async () => {
    await admin.get('/points');
    const file = [
      'code,name_zh,district,address_zh,latitude,longitude,phone,point_type,operator',
      'SM-NEW,新点,siming,思明区某路1号,24.48,118.10,0592-5100109,institution_embedded,演示运营方',
      'SM-BAD,,nowhere,思明区某路2号,31.2,121.4,123,institution_embedded,演示运营方',
    ].join('\n');
    const r = await admin.post('/points/import', { text: file, fileName: 'points.csv' });
    expect(r.statusCode).toBe(400);
    const text = textOf(r.body);
    expect(text).toContain('什么都没有写入');
    expect(text).toMatch(/第3行 name_zh/);
    expect(text).toMatch(/第3行 district "nowhere"/);
    expect(text).toMatch(/第3行 latitude/);
    expect(text).toMatch(/第3行 phone/);
    expect(await count(h, `SELECT count(*)::int AS n FROM service_points WHERE code IN ('SM-NEW','SM-BAD')`)).toBe(0);
    // The file stays in the form to be fixed.
    expect(r.body).toContain('SM-BAD,,nowhere');

    const dry = await admin.post('/points/import', { text: file.split('\n').slice(0, 2).join('\n'), fileName: 'points.csv', dryRun: 'on' });
    expect(dry.statusCode).toBe(200);
    expect(await count(h, `SELECT count(*)::int AS n FROM service_points WHERE code = 'SM-NEW'`)).toBe(0);
    const done = await admin.post('/points/import', { text: file.split('\n').slice(0, 2).join('\n'), fileName: 'points.csv' });
    expect(done.statusCode).toBe(200);
    expect(await count(h, `SELECT count(*)::int AS n FROM service_points WHERE code = 'SM-NEW'`)).toBe(1);
    expect(done.body).toContain('data-point="SM-NEW"');
  });

  it('tickets: claim, reply and resolve tell the family and keep the staff group’s ticket message in step', async () => {
    const { escalation: e } = await h.app.escalation.open({ parentId: PARENT, reason: 'human_requested', question: '孩子发烧了还能去吗？', language: 'zh' });
    // As if the announcement had been posted in the group.
    await h.app.db.pool.query('UPDATE escalations SET group_chat_id = $2, group_message_id = 77 WHERE id = $1', [e.id, STAFF_GROUP]);
    telegram.calls.length = 0;
    const list = textOf((await qp.get('/tickets')).body);
    expect(list).toContain('孩子发烧了还能去吗');
    await qp.get(`/tickets/${e.id}`);
    let r = await qp.post(`/tickets/${e.id}/claim`);
    expect(textOf((await qp.get(r.headers.location as string)).body)).toContain(`已接手工单 #${e.id}`);
    expect(telegram.calls.find((c) => c.method === 'sendMessage' && c.chatId === PARENT)!.text).toContain('前埔点老师');
    const edit = telegram.calls.find((c) => c.method === 'editMessageText')!;
    expect(edit).toMatchObject({ chatId: STAFF_GROUP, messageId: 77 });

    telegram.calls.length = 0;
    r = await qp.post(`/tickets/${e.id}/reply`, { text: '可以先在家休息，退烧24小时后再来。' });
    const page = textOf((await qp.get(r.headers.location as string)).body);
    expect(page).toContain(`回复已发送给工单 #${e.id} 的家长`);
    expect(page).toContain('可以先在家休息');
    const toParent = telegram.calls.find((c) => c.method === 'sendMessage' && c.chatId === PARENT)!;
    expect(toParent.text).toContain('（工作人员）：');
    expect(toParent.text).toContain('可以先在家休息，退烧24小时后再来。');
    expect(telegram.calls.find((c) => c.method === 'editMessageText')!.text).toContain('可以先在家休息');
    expect((await h.app.escalation.messages(e.id)).map((m) => m.author)).toEqual(['parent', 'staff']);

    telegram.calls.length = 0;
    r = await qp.post(`/tickets/${e.id}/resolve`);
    expect(textOf((await qp.get(r.headers.location as string)).body)).toContain(`工单 #${e.id} 已标记为已解决`);
    expect((await h.app.escalation.get(e.id))!.status).toBe('resolved');
    expect(telegram.calls.some((c) => c.method === 'sendMessage' && c.chatId === PARENT)).toBe(true);
    const again = await qp.post(`/tickets/${e.id}/reply`, { text: '再补充一句' });
    expect(textOf((await qp.get(again.headers.location as string)).body)).toContain('这个工单已经解决了');
  });

  it('tickets: a family that blocked the bot gets nothing stored as sent; without Telegram ticket actions are refused', async () => {
    const { escalation: e } = await h.app.escalation.open({ parentId: 4242, reason: 'complaint', question: '预约不上', language: 'zh' });
    await qp.get(`/tickets/${e.id}`);
    const r = await qp.post(`/tickets/${e.id}/reply`, { text: '我们看一下' });
    expect(textOf((await qp.get(r.headers.location as string)).body)).toContain('家长无法接收消息');
    expect((await h.app.escalation.messages(e.id)).map((m) => m.author)).toEqual(['parent']);
  });

  it('reports: heat map per point × weekday × part of day, unmet demand and trend as chart data, CSV downloads', async () => {
    await h.app.db.pool.query(
      `INSERT INTO unmet_searches (searched_at, district, wanted_from, wanted_to, part_of_day, kind, age_band)
       VALUES ($1, 'siming', '2026-11-28', '2026-11-28', 'morning', 'half_day', '12-23'),
              ($1, 'siming', '2026-11-28', '2026-11-28', 'morning', 'half_day', '24-36'),
              ($1, 'huli', '2026-11-29', '2026-11-29', 'afternoon', NULL, NULL)`,
      [h.app.clock.now()],
    );
    const page = await admin.get('/reports?from=2026-11-23&to=2026-12-06');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<table class="heat" id="heatmap">/);
    expect(page.body).toMatch(/class="heat-\d+" title="\d+\/\d+">\d+%/);
    const json = JSON.parse(/<script type="application\/json" id="chart-data">([\s\S]*?)<\/script>/.exec(page.body)![1]!);
    expect(json.unmet.labels[0]).toBe('思明区');
    expect(json.unmet.datasets[0]).toEqual({ label: '上午', data: [2, 0, 0, 0, 0, 0, 0] });
    expect(json.unmet.datasets[1].data[1]).toBe(1);
    expect(json.trend.labels).toEqual(['2026-11-23', '2026-11-30']);
    expect(json.trend.datasets.map((d: { label: string }) => d.label)).toEqual(['未到', '迟取消', '无空位的搜索']);
    const csv = await admin.get('/reports.csv?from=2026-11-23&to=2026-12-06&table=unmet');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain('usage-unmet-2026-11-23-2026-12-06.csv');
    expect(csv.body.split('\n')[0]).toBe('district,date,part,searches');
    expect(csv.body).toContain('siming,2026-11-28,morning,2');
  });
});

describe('console without Telegram', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createConsoleHarness({ telegram: null });
  });
  afterAll(async () => h?.server.close());

  it('refuses ticket actions that must tell a family, and changes nothing', async () => {
    const a = await h.signedIn(ADMIN);
    const { escalation: e } = await h.app.escalation.open({ parentId: PARENT, reason: 'other', question: '你好', language: 'zh' });
    await a.get(`/tickets/${e.id}`);
    for (const action of ['claim', 'reply', 'resolve']) {
      const r = await a.post(`/tickets/${e.id}/${action}`, { text: '好的' });
      expect(textOf((await a.get(r.headers.location as string)).body)).toContain('这里没有连接 Telegram');
    }
    expect((await h.app.escalation.get(e.id))!.status).toBe('open');
  });
});
