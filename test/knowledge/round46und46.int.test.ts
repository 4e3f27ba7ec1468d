import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp, heldBookings, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 46, und46 (test/fixtures/eval-tuning/und46.jsonl): whole booking conversations with several children. The test
// clock is Wed 25 Nov 2026, 10:00 in Xiamen: Saturday is 28 Nov, booking opens 14 days ahead.
describe('round 46 conversations with several children (und46)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"约错了 是给果果的 不是朵朵" right after booking 朵朵 moves the place to 果果; her other booking stays', async () => {
    const user = 9_546_601;
    const say = chatAs(app, user);
    await say('登记 朵朵 2024年6月15日');
    await say('登记 果果 2025年10月2日');
    const sun = await say('周日上午湖里 给朵朵约');
    await say({ button: buttonData(sun, /预约 1/) });
    const sat = await say('周六上午集美 给朵朵约一个');
    await say({ button: buttonData(sat, /预约 1/) });
    const fix = await say('哎呀约错了 是给果果的 不是朵朵');
    expect(fix.reply).toMatch(/果果/);
    const tap = fix.buttons.flat().find((b) => /^预约 1$|^确认/.test(b.text));
    if (tap && !/已取消/.test(fix.reply)) await say({ button: tap.data });
    expect(await heldBookings(app, user, 'district')).toEqual(['朵朵 2026-11-29 huli', '果果 2026-11-28 jimei']);
  });

  it('"幫妹妹預約禮拜六早上海滄" in a family of one books that child, with no request to register 妹妹', async () => {
    const user = 9_546_602;
    const say = chatAs(app, user);
    await say('登記 子晴 2025年7月15日');
    const list = await say('禮拜六早上想幫妹妹預約 海滄');
    expect(searched(list)).toBe(true);
    expect(list.reply).toMatch(/子晴/);
    expect(list.reply).not.toMatch(/沒有找到叫/);
    await say({ button: buttonData(list, /預約 1/) });
    expect(await heldBookings(app, user, 'district')).toEqual(['子晴 2026-11-28 haicang']);
  });

  it('"her too" right after booking Leo books Mia into the same session', async () => {
    const user = 9_546_603;
    const say = chatAs(app, user);
    await say('register my son Leo, born 3 June 2025');
    const mia = await say('and his big sister Mia, 10 Feb 2024');
    expect(mia.reply).toMatch(/Mia/);
    const list = await say('book the little one Saturday morning in Huli');
    await say({ button: buttonData(list, /Book 1/) });
    const too = await say('her too');
    expect(too.reply).toMatch(/Mia/);
    expect(await heldBookings(app, user, 'code')).toEqual(['Leo 2026-11-28 HL-JT', 'Mia 2026-11-28 HL-JT']);
  });

  it('a child who is 3 by 12 December hears why, not when booking opens for that day', async () => {
    const user = 9_546_604;
    const say = chatAs(app, user);
    await say('登記 宥宥 2023年12月10日');
    const out = await say('12月12號禮拜六早上湖裡 幫宥宥預約');
    expect(out.reply).toMatch(/滿3歲/);
    expect(out.reply).not.toMatch(/最早.{0,16}可以約/);
  });
});
