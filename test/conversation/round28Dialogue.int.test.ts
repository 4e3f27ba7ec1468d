import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 28 (the lead's probes, test/fixtures/eval-tuning/lead28.jsonl): what a parent says across the turns of a booking —
// a refusal right after booking, a pick that repeats the list's own part of day, a pick by part of day, a child swapped
// because the other is ill, "I booked the wrong day", siblings of different ages booked together, "the same one too",
// and registering a child while picking. The test clock is Wed 25 Nov 2026, 10:00 in Xiamen.
describe('round 28 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('"等等 先不要了" right after booking asks to cancel that booking, and cancels only when confirmed', async () => {
    const say = chatAs(app, 9_528_001);
    await say('朵朵 2024-05-01');
    await say('周六湖里上午');
    expect((await say('第一个')).reply).toMatch(/预约成功/);
    const asked = await say('等等 先不要了');
    expect(asked.reply).toMatch(/确定要取消预约 [A-Z0-9]+ 吗/);
    expect(asked.tools.map((t) => t.name)).not.toContain('cancel_booking');
    expect(asked.citations).toEqual([]);
    const done = await say({ button: buttonData(asked, /确认取消/) });
    expect(done.tools.map((t) => t.name)).toContain('cancel_booking');
  });

  it('"那就下午第一个吧" under the afternoon list books its first session instead of listing it again', async () => {
    const say = chatAs(app, 9_528_002);
    await say('朵朵 2024-05-01');
    await say('周六上午思明');
    const list = await say('下午呢');
    const first = /1\. ([^（]+)（/.exec(list.reply)?.[1];
    const out = await say('那就下午第一个吧');
    expect(out.tools.map((t) => t.name)).toContain('book_session');
    expect(out.reply).toMatch(/预约：思明区 · 11月28日（周六）下午 · 朵朵/);
    expect(out.reply).toContain(first!);
  });

  it('"the morning one at wuyuan bay please" books the one morning session of the Wuyuan Bay list', async () => {
    const say = chatAs(app, 9_528_003);
    await say('Emma 2024-03-10');
    await say('Do you have anything near Wuyuan Bay on Sunday?');
    const out = await say('the morning one at wuyuan bay please');
    expect(out.tools.map((t) => t.name)).toContain('book_session');
    expect(out.reply).toMatch(/Wuyuan Bay/);
    expect(out.reply).toMatch(/Sun 29 Nov 09:00–12:00/);
  });

  it('"actually make it Emma, Leo has a cold" searches again for Emma, not a health answer', async () => {
    const say = chatAs(app, 9_528_004);
    await say('Emma 2024-03-10');
    await say('Leo 2025-04-02');
    await say('anything saturday afternoon in huli for Leo?');
    const out = await say('actually make it Emma, Leo has a cold');
    expect(out.citations).toEqual([]);
    expect(out.reply).toMatch(/Sessions for Emma, Sat 28 Nov afternoon/);
  });

  it('"sorry I booked the wrong day for Emma, I meant next saturday" moves her booking, and "ok" books the same point', async () => {
    const say = chatAs(app, 9_528_005);
    await say('Emma 2024-03-10');
    await say('saturday morning jimei');
    expect((await say('book 1')).reply).toMatch(/Booked/);
    const offer = await say('sorry I booked the wrong day for Emma, I meant next saturday', 120);
    expect(offer.reply).toMatch(/Moving Emma's booking on Sat 28 Nov/);
    expect(offer.reply).toMatch(/Sat 5 Dec/);
    const moved = await say('ok');
    expect(moved.reply).toMatch(/Sat 5 Dec/);
    expect(moved.reply).toMatch(/is cancelled/);
  });

  it('"朵朵也要 同一个" right after booking 果果 books 朵朵 into the same session', async () => {
    const say = chatAs(app, 9_528_007);
    await say('我家两个娃 朵朵2024年5月1号 果果2025年6月15号');
    await say('周日上午思明有位吗');
    const first = await say('给果果约第一个');
    const place = /】果果 · [^\n]+\n\s+([^，\n]+)/.exec(first.reply)?.[1];
    const out = await say('朵朵也要 同一个');
    expect(out.tools.map((t) => t.name)).toContain('book_session');
    expect(out.reply).toMatch(/朵朵 · 11月29日（周日） 09:00/);
    expect(out.reply).toContain(place!);
  });

  it('"好 就第一个吧 孩子一岁半 叫乐乐 2025年5月3号生的" under a list registers 乐乐 and books the first session', async () => {
    const say = chatAs(app, 9_528_008);
    await say('这个周末有没有那个半日托的位置啊我们住在集美杏林那边');
    await say('礼拜天的');
    const out = await say('好 就第一个吧 孩子一岁半 叫乐乐 2025年5月3号生的');
    expect(out.reply).toMatch(/已登记：乐乐/);
    expect(out.tools.map((t) => t.name)).toContain('book_session');
    expect(out.reply).toMatch(/预约成功/);
  });

  it('twins registered and asked for together get one list for both, and "book 1" books both', async () => {
    const say = chatAs(app, 9_528_010);
    const list = await say('I have twins, Ava and Noah, born March 3 2024. Can they both go Sunday morning in Siming?');
    expect(list.reply).toMatch(/Registered: Ava/);
    expect(list.reply).toMatch(/Sessions for Ava(,| and) Noah/);
    const out = await say('book 1');
    expect(out.tools.filter((t) => t.name === 'book_session')).toHaveLength(2);
  });

  it('two children told with birth months only: each is asked for the day, not "out of scope"', async () => {
    const out = await chatAs(app, 9_528_011)('我有兩個小孩 大的叫小安 2023年12月 小的叫小樂 2025年3月');
    expect(out.reply).toMatch(/小安是2023年12月幾號出生的/);
  });

  it('"老大3岁2个月 老二1岁 周六湖里有位吗": the older one cannot come, the places for the younger are listed', async () => {
    const out = await chatAs(app, 9_528_012)('老大3岁2个月 老二1岁 周六湖里有位吗');
    expect(out.reply).toMatch(/超过3岁的孩子不能预约/);
    expect(out.tools.map((t) => t.name)).toContain('search_slots');
    expect(out.tools.find((t) => t.name === 'search_slots')?.args).toMatchObject({ childAgeMonths: 12 });
  });

  it('"生日登记错了 应该是6月20号" keeps the birth year on record', async () => {
    const say = chatAs(app, 9_528_013);
    await say('果果 2025-06-02');
    const out = await say('生日登记错了 应该是6月20号');
    expect(out.reply).toMatch(/2025-06-20/);
  });
});
