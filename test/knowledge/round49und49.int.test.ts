import { beforeAll, describe, expect, it } from 'vitest';
import { bookedSessions, buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 49, und49 (test/fixtures/eval-tuning/und49.jsonl): whole conversations. The test clock is Wed 25 Nov 2026, 10:00 in
// Xiamen: Saturday is 28 Nov, Sunday 29 Nov; a session opens for booking 14 days ahead (13 Dec on 29 Nov); weekend half
// days start at 09:00, nothing at 09:30.
describe('round 49 conversations (und49)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('cancelling one child by name while the sibling word keeps the other cancels the child named', async () => {
    const user = 9_549_001;
    const say = chatAs(app, user);
    await say('登记两个孩子 姐姐朵朵 2024年1月20日 弟弟果果 2025年2月11日');
    for (const name of ['朵朵', '果果']) {
      const list = await say(`${name}这周日上午湖里约一个`);
      await say({ button: buttonData(list, /预约 1/) });
    }
    const ask = await say('果果周日要回奶奶家 他的退掉 姐姐照常去');
    expect(ask.reply).toMatch(/果果/);
    const confirm = ask.buttons.flat().find((b) => /确认取消/.test(b.text));
    if (confirm) await say({ button: confirm.data });
    const left = await bookedSessions(app, user);
    expect(left.some((b) => b.startsWith('朵朵 2026-11-29'))).toBe(true);
    expect(left.some((b) => b.startsWith('果果'))).toBe(false);
  });

  it('"and the other one too" with three children asks which, and the name then books that child', async () => {
    const user = 9_549_002;
    const say = chatAs(app, user);
    await say('register Ava born 2024-01-15, Ben born 2024-09-01 and Cleo born 2025-08-20');
    const list = await say('Ben, Saturday morning in Huli please');
    await say({ button: buttonData(list, /Book 1/) });
    const asked = await say('same session for my other child too');
    expect(asked.reply).toMatch(/Ava/);
    expect(asked.reply).toMatch(/Cleo/);
    expect((await bookedSessions(app, user)).length).toBe(1);
    const forCleo = await say('Cleo');
    await say({ button: buttonData(forCleo, /Book 1/) });
    const booked = await bookedSessions(app, user);
    expect(booked.some((b) => b.startsWith('Cleo 2026-11-28'))).toBe(true);
    expect(booked.some((b) => b.startsWith('Ava'))).toBe(false);
  });

  it('asked to hold a place before booking opens, the reply says when it opens', async () => {
    const user = 9_549_003;
    const say = chatAs(app, user);
    await say('register my son Leo, born 10 March 2024');
    await say('Sunday 13 December morning in Jimei for Leo?');
    const held = await say('can you hold one for me now then?');
    expect(held.reply).toMatch(/29 Nov/);
    expect(await heldBookings(app, user, 'district')).toEqual([]);
  });

  it('a half past nine asked across a district is said not to start then', async () => {
    const user = 9_549_004;
    const say = chatAs(app, user);
    await say('登记 乐乐 2024年3月10日');
    const list = await say('周日上午集美 有九点半开始的场次吗');
    expect(list.reply).toMatch(/没有09:30开始/);
    expect(list.reply).toMatch(/09:00/);
  });
});
