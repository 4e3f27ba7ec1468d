import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, ticketsOf } from '../helpers/testApp.ts';

/**
 * Round 9 of honest availability and reaching a person: a reminder asked for in words ("好 提醒我", "ok remind me")
 * after a day not open yet is set from the list just shown, with no new search; a hand-over in the day gives the ticket
 * number and roughly when a person picks it up; "有人回了吗" while the ticket is open is answered about that ticket;
 * a day already past asked to be made up is said to be over; a carer's job and a visit to look around a point are
 * outside the service. "Now" is Wednesday 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9900;

beforeAll(async () => {
  app = await createTestApp();
});

const searches = (out: { tools: Array<{ name: string }> }) => out.tools.filter((t) => t.name === 'search_slots');

describe('honest availability and reaching a person, round 9', () => {
  it.each([
    ['下下周六思明上午有位吗', '好 提醒我', /11月28日/],
    ['Any places in Siming on Saturday 12 December?', 'ok remind me', /28 Nov/],
  ])('%s then "%s": the reminder is set from the list shown, no new search', async (ask, remind, opens) => {
    const say = chatAs(app, ++userSeq);
    const list = await say(ask);
    expect(list.reply).toMatch(opens);
    const set = await say(remind);
    expect(searches(set)).toHaveLength(0);
    expect(set.tools.some((t) => t.name === 'remind_when_booking_opens')).toBe(true);
    expect(set.reply).toMatch(opens);
    const rows = await app.db.pool.query(`SELECT 1 FROM outbox WHERE chat_id = $1 AND kind = 'booking_opens'`, [userSeq]);
    expect(rows.rows).toHaveLength(1);
  });

  it.each([
    ['人工', /工单号 #\d+.*08:00—21:30.*1小时/s],
    ['can I speak to someone please', /ticket is #\d+.*08:00–21:30.*within an hour/s],
  ])('%s in the day: handed over with the ticket number and roughly when', async (text, said) => {
    const userId = ++userSeq;
    const out = await chatAs(app, userId)(text);
    expect(await ticketsOf(app, userId)).toEqual(['human_requested']);
    expect(out.reply).toMatch(said);
  });

  it('"有人回了吗" while the ticket is open: about that ticket, no second one', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('转人工');
    const out = await say('有人回了吗');
    expect(await ticketsOf(app, userId)).toEqual(['human_requested']);
    expect(out.reply).toMatch(/已经转给工作人员/);
    expect(searches(out)).toHaveLength(0);
  });

  it('"上周六的还能补吗" on a Monday: that day has passed, nothing looked up for it', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('你好', 5 * 24 * 60 - 1); // Monday 30 November
    const out = await say('上周六的还能补吗 那天有事没去成');
    expect(out.reply).toMatch(/已经过去了/);
    expect(out.citations ?? []).toHaveLength(0);
  });

  it.each([
    ['你们周末还招托育老师吗 我有保育员证 想报名', /招聘.*找工作人员/s],
    ['這禮拜六可以預約先去你們的點參觀一下環境嗎', /參觀.*找工作人員/s],
    ["Can I book the room at Xinyang for my daughter's birthday party on Saturday?", /Parties.*Talk to staff/s],
  ])('%s: outside the service, no search and no citation', async (text, said) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(out.reply).toMatch(said);
    expect(searches(out)).toHaveLength(0);
    expect(out.citations ?? []).toHaveLength(0);
  });
});
