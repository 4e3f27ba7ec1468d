import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 51, und51: "跟上次一样" with two bookings that differ asks which one is the model, and the place answered picks it;
// a correction that moves the booking just made says the booking first, the list after it.
describe('whole conversations (round 51)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('asks which booking to copy, then searches the day asked for with the one named', async () => {
    const say = chatAs(app, 9_551_001);
    await say('我女儿乐乐 2024-03-10出生');
    await say('这周六上午湖里有位吗');
    expect((await say('约第1个')).reply).toMatch(/预约成功/);
    await say('周日下午思明有位吗');
    expect((await say('约第1个')).reply).toMatch(/预约成功/);
    const asked = await say('下周六也跟上次一样帮乐乐约一个');
    expect(asked.reply).toMatch(/湖里/);
    expect(asked.reply).toMatch(/思明/);
    expect(asked.tools.map((t) => t.name)).not.toContain('book_session');
    const out = await say('思明那个');
    expect(out.reply).toMatch(/12月5日（周六）下午/);
    expect(out.reply).toMatch(/思明区/);
  });

  it('after "不對 是禮拜天" just after booking, the reply starts with the booking made', async () => {
    const say = chatAs(app, 9_551_002);
    await say('我兒子安安 2025-09-01出生');
    await say('禮拜六上午湖裡 幫安安約');
    expect((await say('預約 1')).reply).toMatch(/預約成功/);
    const out = await say('不對 是禮拜天才對');
    expect(out.reply.split('\n')[0]).toMatch(/預約成功/);
    expect(out.reply).toMatch(/已取消/);
  });
});
