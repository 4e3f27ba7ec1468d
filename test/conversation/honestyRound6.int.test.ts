import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 6 of honest availability: what the points do not offer parents (jobs, parties, the rooms, tours) is said to be
 * outside the service with staff on offer, not searched or answered from a neighbouring passage; "remind me then" in
 * words sets the reminder; a weekday with nothing left offers the same day next week. "Now" is Wednesday
 * 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9600;

beforeAll(async () => {
  app = await createTestApp();
});

const searches = (out: { tools: Array<{ name: string; args: unknown }> }) => out.tools.filter((t) => t.name === 'search_slots');

describe('honest availability, round 6', () => {
  it.each([
    ['你们周六招不招兼职的阿姨', /招聘.*找工作人员/s],
    ["Can we book the room for my son's birthday party on Sunday?", /Parties.*Talk to staff/s],
    ['我們公司週日想租你們的場地辦活動 要怎麼預約', /租借.*場地.*找工作人員/s],
  ])('%s: outside the service, staff offered, no search and no citation', async (text, said) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(out.reply).toMatch(said);
    expect(searches(out)).toHaveLength(0);
    expect(out.citations ?? []).toHaveLength(0);
    expect(out.buttons.flat().some((b) => /工作人员|工作人員|staff/i.test(b.text))).toBe(true);
  });

  it('"那到时候提醒我一下" after a day not open yet sets the reminder for when it opens', async () => {
    const say = chatAs(app, ++userSeq);
    const list = await say('12月19号周六思明上午有位吗');
    expect(list.reply).toMatch(/12月5日/);
    const set = await say('那到时候提醒我一下');
    expect(set.reply).toMatch(/提醒/);
    expect(set.reply).toMatch(/12月5日/);
    expect(set.citations ?? []).toHaveLength(0);
    const rows = await app.db.pool.query(`SELECT 1 FROM outbox WHERE chat_id = $1 AND kind = 'booking_opens'`, [userSeq]);
    expect(rows.rows).toHaveLength(1);
  });

  it('"下下下周六可以约吗": that Saturday is three weeks on, not open yet, and the reply says when it opens', async () => {
    const out = await chatAs(app, ++userSeq)('下下下周六可以约吗');
    expect(out.reply).toMatch(/12月19日/);
    expect(out.reply).toMatch(/12月5日/);
  });

  it('a day that has passed is said to be over once, then the next question', async () => {
    const out = await chatAs(app, ++userSeq)('昨天的还能补约吗');
    expect(out.reply).toMatch(/已经过去了/);
    expect(out.reply.match(/想约哪一天/g) ?? []).toHaveLength(1);
  });

  it('an age said for a baby, far from the registered child’s, is the age searched and told (care from 6 months)', async () => {
    const userId = ++userSeq;
    await app.booking.ensureParent({ parentId: userId, displayName: 'age test', language: 'zh' });
    await app.booking.recordConsent(userId);
    await app.booking.registerChild(userId, { name: '朵朵', birthDate: '2024-06-15' });
    const out = await chatAs(app, userId)('宝宝5个月 周六能去半日托吗');
    expect(out.reply).toMatch(/5个月.*满6个月/s);
    const first = searches(out)[0]?.args as { childAgeMonths?: number; childId?: number } | undefined;
    expect(first?.childAgeMonths).toBe(5);
    expect(first?.childId).toBeUndefined();
  });

  it('a weekday with nothing bookable left offers the same day next week first', async () => {
    const out = await chatAs(app, ++userSeq)('what about Wednesday then');
    expect(out.reply).toMatch(/same day next week \(Wed 2 Dec\)/);
    expect(out.reply).toMatch(/Wed 2 Dec 09:00–11:30 half-day/);
  });
});
