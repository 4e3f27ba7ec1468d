import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createButtonCodec } from '../../src/conversation/buttonCodec.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { NOTIFICATION_KINDS } from '../../src/notifications/kinds/index.ts';
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

describe('a day beyond the sessions published so far', () => {
  it('offers "remind me when booking opens", and the tap queues one message for that day at its opening', async () => {
    const user = ++userSeq;
    const say = chatAs(app, user);
    await say('登记孩子 朵朵 2024年5月10日');
    const out = await say('12月26号思明上午有位吗');
    expect(out.reply).toMatch(/还没开放预约/);
    expect(out.tools.filter((t) => t.name === 'book_session')).toEqual([]);
    const set = await say({ button: buttonData(out, /开放时提醒我/) });
    expect(set.reply).toMatch(/开放预约时我会发消息提醒你/);
    const { rows } = await app.db.pool.query<{ kind: string; payload: { date: string; district?: string; partOfDay?: string }; due_at: Date }>(
      `SELECT kind, payload, due_at FROM outbox WHERE chat_id = $1 AND kind = 'day_opens'`,
      [user],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ date: '2026-12-26', district: 'siming', partOfDay: 'morning' });
    // Booking opens at local midnight 14 days before the day.
    expect(rows[0]!.due_at.toISOString()).toBe('2026-12-11T16:00:00.000Z');
    const again = await say({ button: buttonData(out, /开放时提醒我/) });
    expect(again.reply).toMatch(/已经设好了/);
  });

  it('"元旦那个周末 1月2号 湖里" is 2 Jan 2027, with the reminder offered', async () => {
    const say = chatAs(app, ++userSeq);
    await say('登记孩子 朵朵 2024年5月10日');
    const out = await say('元旦那个周末 1月2号 湖里有吗');
    expect(out.reply).toMatch(/1月2日/);
    expect(out.reply).not.toMatch(/11月28日/);
    expect(out.buttons.flat().map((b) => b.text)).toContain(words('zh').search.remindDay);
  });

  it('the message at the opening names the day and its button looks for that day’s places', async () => {
    const user = ++userSeq;
    const codec = createButtonCodec('test-secret-123');
    const m = NOTIFICATION_KINDS.day_opens.render(
      { date: '2026-12-26', district: 'siming', partOfDay: 'morning', opensAt: new Date('2026-12-11T16:00:00Z') },
      { locale: 'en', w: words('en'), timeZone: 'Asia/Shanghai', button: (a, ...args) => codec.encode(user, a, ...args) },
    );
    expect(m.text).toMatch(/Sat 26 Dec/);
    expect(m.text).toMatch(/Siming/);
    const data = m.buttons![0]![0]!.data;
    expect(codec.decode(user, data)).toMatchObject({ ok: true, button: { action: 'sd', args: ['20261226', 'siming', 'am'] } });
  });
});
