import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Api, type Bot } from 'grammy';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../bot/createBot.ts';
import type { BotContext } from '../../bot/BotContext.ts';
import { BOT_INFO } from '../bot/harness.ts';
import { startFakeBotApi, type FakeBotApi } from '../bot/fakeBotApi.ts';
import { ADMIN, createConsoleHarness, PARENT, QP_STAFF, STAFF_GROUP } from '../console/consoleHarness.ts';
import { launchChromium } from './launchChromium.ts';

const TOKEN = '123456:TEST-token-for-the-harness-000';
/** Where each page's screenshot goes (committed for the README; CI may point it elsewhere). */
const SHOTS = process.env.CONSOLE_SCREENSHOTS_DIR ?? 'notes/console-screenshots';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The staff console in Debian's chromium: a staff member signs in with the
 * link the bot sends (through the fake Bot API), runs the day at a point,
 * meets the timetable's refusal, answers a family and reads the charts.
 */
describe('staff console in a real browser', () => {
  let fake: FakeBotApi;
  let h: Awaited<ReturnType<typeof createConsoleHarness>>;
  let bot: Bot<BotContext>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let updateId = 1;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fake = await startFakeBotApi({ botInfo: BOT_INFO });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    h = await createConsoleHarness({ telegram: new Api(TOKEN, { apiRoot: fake.apiRoot }), baseUrl: base });
    await h.server.listen({ port, host: '127.0.0.1' });
    bot = createBot({ app: h.app, botInfo: BOT_INFO, apiRoot: fake.apiRoot, token: TOKEN });

    // Three families booked next Saturday at SM-QP (the timetable refusal needs bookings).
    const next = (
      await h.app.db.pool.query<{ id: number }>(
        `SELECT s.id FROM sessions s JOIN service_points p ON p.id = s.point_id
          WHERE p.code = 'SM-QP' AND s.kind = 'half_day' AND s.starts_at = '2026-12-05T09:00:00+08:00'`,
      )
    ).rows[0]!;
    for (const parentId of [7001, 7002, 7003]) {
      await h.app.db.pool.query(`INSERT INTO parents (id, display_name, language) VALUES ($1, 'p', 'zh')`, [parentId]);
      const c = await h.app.db.pool.query<{ id: number }>(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, '小满', '2025-01-15') RETURNING id`, [
        parentId,
      ]);
      await h.app.booking.bookSession({ parentId, childId: c.rows[0]!.id, sessionId: next.id });
    }
    // Searches that found no place, and a no-show, so the charts have data.
    await h.app.db.pool.query(
      `INSERT INTO unmet_searches (searched_at, district, wanted_from, wanted_to, part_of_day, kind, age_band)
       SELECT $1, d, '2026-11-28', '2026-11-29', p, 'half_day', '12-23'
         FROM unnest(ARRAY['siming','siming','siming','huli','huli','jimei']) d, unnest(ARRAY['morning','afternoon']) p`,
      [h.app.clock.now()],
    );

    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('dialog', (d) => void d.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await h?.server.close();
    await fake?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('signs in through the link the bot sends for /console', async () => {
    await bot.handleUpdate({
      update_id: updateId++,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: QP_STAFF, type: 'private', first_name: '前埔点老师' },
        from: { id: QP_STAFF, is_bot: false, first_name: '前埔点老师', language_code: 'zh' },
        text: '/console',
        entities: [{ type: 'bot_command', offset: 0, length: 8 }],
      },
    });
    const sent = fake.calls.find((c) => c.method === 'sendMessage' && c.payload.chat_id === QP_STAFF)!;
    const link = /(http:\/\/127\.0\.0\.1:\d+\/signin\/\S+)/.exec(sent.payload.text)![1]!;
    await page.goto(link);
    await shot('01-sign-in');
    await page.click('#sign-in');
    await page.waitForURL(`${base}/today`);
    expect(await page.textContent('header')).toContain('前埔点老师');
    await shot('02-today');
    // The link is used up.
    await page.goto(link);
    expect(await page.textContent('#signin-invalid')).toContain('已过期或已被使用');
  });

  it('marks attendance and a no-show on today’s roster', async () => {
    await page.goto(`${base}/today?point=SM-QP`);
    const rows = page.locator('tr[data-ref]');
    const first = await rows.nth(0).getAttribute('data-ref');
    const second = await rows.nth(1).getAttribute('data-ref');
    await page.click(`tr[data-ref="${first}"] button[data-mark="attended"]`);
    await page.waitForSelector('#flash');
    expect(await page.textContent('#flash')).toContain(`已将 ${first} 记为「已到」`);
    expect(await page.textContent(`tr[data-ref="${first}"] td.status`)).toBe('已到');
    await page.click(`tr[data-ref="${second}"] button[data-mark="no_show"]`);
    await page.waitForSelector('#flash');
    expect(await page.textContent(`tr[data-ref="${second}"] td.status`)).toBe('未到');
    await shot('03-today-attendance');
  });

  it('edits a weekly row: a capacity below what is booked is refused with the figures', async () => {
    await page.goto(`${base}/timetables?point=SM-QP`);
    // In-page code as text: the project's TypeScript has no DOM types.
    const index = await page.evaluate<number>(`
      [...document.querySelectorAll('tr.weekly-row input[name=orig]')]
        .map((i) => JSON.parse(i.value))
        .findIndex((o) => o.kind === 'half_day' && o.start === '09:00')`);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.fill(`input[form="row-${index}"][name="capacity"]`, '1');
    await page.click(`[data-save="${index}"]`);
    await page.waitForSelector('#flash.error');
    const refusal = await page.textContent('#flash');
    expect(refusal).toMatch(/场次 #\d+（SM-QP 12-05 09:00）已有3人预约；容量改为1被拒绝/);
    await shot('04-timetables-refusal');
    // Nothing changed: the form shows the stored capacity again.
    expect(await page.inputValue(`input[form="row-${index}"][name="capacity"]`)).not.toBe('1');
  });

  it('replies to a ticket and the family receives it through the (fake) Bot API; the group’s ticket is updated', async () => {
    const { escalation: e } = await h.app.escalation.open({
      parentId: PARENT,
      reason: 'human_requested',
      question: '周六上午还有名额吗？孩子20个月。',
      language: 'zh',
    });
    await h.app.db.pool.query('UPDATE escalations SET group_chat_id = $2, group_message_id = 77 WHERE id = $1', [e.id, STAFF_GROUP]);
    await page.goto(`${base}/tickets`);
    await shot('05-tickets');
    await page.click(`tr[data-ticket="${e.id}"] a >> nth=0`);
    await page.fill('#reply-form textarea[name=text]', '您好，周日上午还有2个名额，可以在小助手里直接预约。');
    await page.click('#send-reply');
    await page.waitForSelector('#flash');
    expect(await page.textContent('#flash')).toContain(`回复已发送给工单 #${e.id} 的家长`);
    await fake.waitFor(
      (calls) => calls.some((c) => c.method === 'sendMessage' && c.payload.chat_id === PARENT && String(c.payload.text).includes('周日上午还有2个名额')),
      10_000,
    );
    const delivered = fake.calls.find(
      (c) => c.method === 'sendMessage' && c.payload.chat_id === PARENT && String(c.payload.text).includes('周日上午还有2个名额'),
    )!;
    expect(delivered.payload.text).toContain('前埔点老师');
    expect(fake.calls.some((c) => c.method === 'editMessageText' && c.payload.chat_id === STAFF_GROUP && c.payload.message_id === 77)).toBe(true);
    expect(await page.textContent('#ticket-status')).toBe('处理中');
    await shot('06-ticket-replied');
  });

  it('points: an admin imports a file and reads the row-by-row report', async () => {
    // Point staff see only their point and no import form.
    await page.goto(`${base}/points`);
    expect(await page.locator('tr[data-point]').count()).toBe(1);
    expect(await page.locator('#points-import').count()).toBe(0);
    await page.click('#sign-out');
    const link = await h.signIn.createLink(ADMIN);
    await page.goto(link.url);
    await page.click('#sign-in');
    await page.goto(`${base}/points`);
    await page.fill(
      '#points-import textarea[name=text]',
      'code,name_zh,district,address_zh,latitude,longitude,phone,point_type,operator\nSM-NEW,新点,siming,思明区某路1号,24.48,118.10,0592-5100109,institution_embedded,演示运营方\nSM-BAD,,nowhere,思明区某路2号,31.2,121.4,123,community_shared,演示运营方',
    );
    await page.click('#points-import button[type=submit]');
    await page.waitForSelector('#import-result');
    const report = await page.textContent('#import-result');
    expect(report).toContain('什么都没有写入');
    expect(report).toContain('第3行 district "nowhere"');
    await shot('07-points-import-report');
  });

  it('reports: the heat map and the Chart.js charts render with data', async () => {
    await page.goto(`${base}/reports?from=2026-11-23&to=2026-12-06`);
    await page.waitForFunction(
      `Boolean(window.Chart && Chart.getChart(document.getElementById('unmet-chart')) && Chart.getChart(document.getElementById('trend-chart')))`,
    );
    // What Chart.js holds (datasets) and what it drew (canvas pixels with ink), in the page.
    const charts = await page.evaluate<{ unmet: number; trend: number; unmetInk: number; trendInk: number }>(`(() => {
      const sum = (id) => Chart.getChart(document.getElementById(id)).data.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0);
      const inked = (id) => {
        const c = document.getElementById(id);
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        return n;
      };
      return { unmet: sum('unmet-chart'), trend: sum('trend-chart'), unmetInk: inked('unmet-chart'), trendInk: inked('trend-chart') };
    })()`);
    expect(charts.unmet).toBeGreaterThan(0);
    expect(charts.trend).toBeGreaterThan(0);
    expect(charts.unmetInk).toBeGreaterThan(1000);
    expect(charts.trendInk).toBeGreaterThan(500);
    expect(await page.locator('#heatmap td[class^="heat-"]:not(.heat-none)').count()).toBeGreaterThan(10);
    await shot('08-reports');
  });

  it('switches to English', async () => {
    await page.goto(`${base}/today?point=SM-QP`);
    await page.click('#lang-switch');
    await page.waitForSelector('text=Sessions · 2026-11-28');
    expect(await page.textContent('nav')).toContain('Timetables');
    await shot('09-today-english');
  });
});
