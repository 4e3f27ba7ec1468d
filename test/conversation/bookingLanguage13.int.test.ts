import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** Round 13, booking language, through the whole conversation core (Wednesday 25 Nov 2026; the weekend is 28–29 Nov). */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 93300;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('"yes, both" after a list shown for two children', () => {
  it('asks which session, and its Book button books both children', async () => {
    const user = ++userSeq;
    const say = chatAs(app, user);
    await say('登记两个孩子 大宝林一诺 2024年5月3日 二宝林一然 2025年8月20日');
    const list = await say('这周六上午湖里 给两个孩子看看');
    expect(list.tools.map((t) => t.name)).toContain('search_slots');
    const both = await say('好的 两个都要');
    expect(both.reply).toMatch(/一诺/);
    expect(both.reply).toMatch(/一然/);
    expect(both.reply).not.toMatch(/没有可靠|不太明白/);
    const done = await say({ button: buttonData(both, /^预约 ?1$/) });
    expect(done.reply).toMatch(/一诺/);
    const held = await heldBookings(app, user, 'district');
    expect(held).toEqual(['林一然 2026-11-28 huli', '林一诺 2026-11-28 huli']);
  });
});

describe('a search with a younger sibling asked about', () => {
  it('searches for the registered child and says drop-off care starts at 6 months', async () => {
    const say = chatAs(app, ++userSeq);
    await say('登记孩子 小米 2024年9月1日');
    const out = await say('下周日海沧还有位置吗 另外小的才4个月 能一起送过去吗');
    const search = out.tools.find((t) => t.name === 'search_slots');
    expect(search?.args).toMatchObject({ district: 'haicang', from: '2026-12-06' });
    expect(out.reply).toMatch(/送托从6个月起/);
    expect(out.reply).not.toMatch(/先登记一下孩子/);
  });
});
