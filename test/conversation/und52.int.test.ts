import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 52, und52: "还有别的吗" past the last page says the list has no more and shows what else there is that day; a day
// correction read as a move ("訂錯天了") of the booking just made books the same point on the corrected day.
describe('whole conversations (round 52)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"还有别的吗" after the whole list offers the other part of the same day, bookable', async () => {
    const say = chatAs(app, 9_552_001);
    await say('我儿子辰辰 2024-05-02出生');
    await say('礼拜天上午集美 辰辰有位吗');
    const out = await say('还有别的吗');
    expect(out.reply).not.toMatch(/没有更多结果/);
    expect(out.reply).toMatch(/就这些了/);
    expect(out.reply).toMatch(/11月29日（周日） 1[3-5]:/);
    expect(
      out.buttons
        .flat()
        .map((b) => b.text)
        .join(' '),
    ).toMatch(/预约 1/);
  });

  it('「訂錯天了 是禮拜天」 just after booking moves it to the same point, said first', async () => {
    const say = chatAs(app, 9_552_002);
    await say('我女兒安安 2025-09-01出生');
    await say('這週六下午湖裡 幫安安預約');
    expect((await say('預約 1')).reply).toMatch(/預約成功/);
    const out = await say('欸 剛剛訂錯天了 是禮拜天才對');
    expect(out.reply.split('\n')[0]).toMatch(/預約成功/);
    expect(out.reply).toMatch(/已取消/);
  });
});
