import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, ticketsOf } from '../helpers/testApp.ts';

/**
 * Round 10 of honest availability and reaching a person: a reminder asked for in the first message ("12月12号 开放了提醒我",
 * "ping me when Dec 12 opens") is set for the day named, saying when booking opens; "我刚才说的有人处理吗" while a
 * ticket is open is answered about that ticket; "hello?? still waiting" at night says when staff are back. "Now" is
 * Wednesday 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 10_900;

beforeAll(async () => {
  app = await createTestApp();
});

describe('honest availability and reaching a person, round 10', () => {
  it.each([
    ['12月12号思明上午的 开放了提醒我一下', /11月28日/],
    ['Can you ping me when bookings for Dec 12 open? Huli, morning', /28 Nov/],
  ])('%s: the reminder is set for that day, saying when booking opens', async (text, opens) => {
    const userId = ++userSeq;
    const out = await chatAs(app, userId)(text);
    expect(out.tools.some((t) => t.name === 'remind_when_booking_opens')).toBe(true);
    expect(out.reply).toMatch(opens);
    const rows = await app.db.pool.query(`SELECT 1 FROM outbox WHERE chat_id = $1 AND kind = 'booking_opens'`, [userId]);
    expect(rows.rows).toHaveLength(1);
  });

  it('"我刚才说的有人处理吗" after a complaint: about that ticket, no second one', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('我要投诉 周六去前埔 老师让我们在门口等了一个小时都没人管');
    const out = await say('我刚才说的有人处理吗 都一个小时了', 60);
    expect(await ticketsOf(app, userId)).toEqual(['complaint']);
    expect(out.reply).toMatch(/已经转给工作人员/);
  });

  it('today after the one-hour cutoff: said plainly, and on a Saturday Sunday’s places follow, never a closed session to book', async () => {
    const say = chatAs(app, ++userSeq);
    const out = await say('今天下午两点半湖里那场还能约吗', 3 * 24 * 60 + 4 * 60); // Saturday 28 November, 14:00
    expect(out.reply).toMatch(/已截止预约（场次开始前60分钟截止）/);
    expect(out.reply).toMatch(/11月29日（周日）/);
    expect(out.reply).not.toMatch(/11月28日（周六） 14:30/);
  });

  it('"hello?? still waiting" at night: staff are back in the morning, no second ticket', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('I need to talk to a real person about my booking', 13 * 60); // 23:00
    const out = await say('hello?? still waiting', 10);
    expect(await ticketsOf(app, userId)).toEqual(['human_requested']);
    expect(out.reply).toMatch(/08:00/);
  });
});
