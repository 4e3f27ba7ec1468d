import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 27 (the lead's probes, test/fixtures/eval-tuning/lead27.jsonl): what the dialogue does with a sibling told with
// a birth month, a pick beside a changed search, and a booking moved or corrected when its own point has the new day.
// The test clock is Wed 25 Nov 2026, 10:00 in Xiamen.
describe('round 27 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('registers 小宝, asks only the day for 妞妞 (October 2025), and "12号" registers her', async () => {
    const say = chatAs(app, 9_527_001);
    const first = await say('帮我登记一下 大儿子小宝 2023年8月8号 还有闺女妞妞 去年10月生的');
    expect(first.reply).toMatch(/已登记：小宝/);
    expect(first.reply).toMatch(/妞妞是2025年10月几号出生的/);
    expect((await say('12号')).reply).toMatch(/已登记：妞妞/);
    const list = (await say('我的孩子')).reply;
    expect(list).toMatch(/小宝（2023-08-08/);
    expect(list).toMatch(/妞妞（2025-10-12/);
  });

  it('"算了 还是上午吧 约第一个" after the afternoon list books the first of the morning list', async () => {
    const say = chatAs(app, 9_527_002);
    await say('朵朵 2024-05-01');
    await say('周六上午思明有位吗');
    await say('那下午呢');
    const out = await say('算了 还是上午吧 约第一个');
    const booked = out.tools.find((t) => t.name === 'book_session');
    expect(booked).toBeDefined();
    expect(out.reply).toMatch(/预约：思明区 · 11月28日（周六）上午 · 朵朵/);
  });

  it('a move offers its own point on the new day, and "确认" moves the booking there', async () => {
    const say = chatAs(app, 9_527_003);
    await say('朵朵 2024-05-01');
    await say('这周六上午思明有位吗');
    expect((await say('约第1个')).reply).toMatch(/预约成功/);
    // (An hour later: no longer a correction of the booking just made, which moves at once — see the next test.)
    const offer = await say('周六上午那个改到周日上午吧', 60);
    expect(offer.tools.map((t) => t.name)).not.toContain('book_session');
    expect(offer.reply).toMatch(/第\d个就在原来的服务点/);
    const moved = await say('确认');
    expect(moved.reply).toMatch(/11月29日（周日）/);
    expect(moved.reply).toMatch(/原来 11月28日（周六） 的预约【[A-Z0-9]+】已取消/);
  });

  it('"不好意思 我搞錯了 是週日" just after booking moves it to the same point on Sunday', async () => {
    const say = chatAs(app, 9_527_004);
    await say('小寶 2024-04-04');
    await say('這週六上午思明');
    const made = await say('約第1個');
    const point = /】小寶 · 11月28日（週六） [^\n]+\n\s+([^，\n]+)/.exec(made.reply)?.[1];
    expect(point).toBeTruthy();
    const out = await say('不好意思 我搞錯了 是週日');
    expect(out.reply).toMatch(/預約成功/);
    expect(out.reply).toMatch(/11月29日（週日）上午 · 小寶/);
    expect(out.reply).toContain(point!);
    expect(out.reply).toMatch(/已取消/);
  });

  it('the ferry to Gulangyu is out of scope, with nothing quoted', async () => {
    const out = await chatAs(app, 9_527_006)('鼓浪屿船票怎么买');
    expect(out.reply).toMatch(/不在我能帮忙的范围/);
    expect(out.citations).toEqual([]);
  });

  it('a helper who does not speak Chinese: the answer stays in English', async () => {
    const out = await chatAs(app, 9_527_005)("can my helper drop off my son instead of me? she's filipino and doesn't speak chinese");
    expect(out.reply).not.toMatch(/中文/);
    expect(out.reply).toMatch(/drop off|collect/i);
  });
});
