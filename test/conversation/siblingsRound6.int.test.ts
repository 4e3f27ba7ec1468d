import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/** Several children in one conversation: whose list, both at once, and a booking moved to the other child. */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9800;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const booked = async (userId: number) =>
  (await app.booking.listBookings(userId, { includePast: false })).upcoming
    .filter((v) => v.status === 'confirmed')
    .map((v) => v.childName)
    .sort();

describe('several children', () => {
  it('a list for no child in particular asks which child it is for', async () => {
    const say = chatAs(app, ++userSeq);
    await say('大宝安安2024-03-15 二宝乐乐2025-10-02 都登记一下');
    const o = await say('周日上午思明有位置没');
    expect(o.tools.map((t) => t.name)).toContain('search_slots');
    expect(o.reply).toMatch(/安安/);
    expect(o.reply).toMatch(/乐乐/);
  });

  it('twins asked for together get one list whose button books both', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('双胞胎糖糖和豆豆 2025年5月8日出生 帮我登记');
    const o = await say('双胞胎两个都要去 周六上午海沧 半日托');
    expect(o.reply).toMatch(/糖糖/);
    expect(o.reply).toMatch(/豆豆/);
    const first = o.buttons.flat().find((b) => /^预约 1$/.test(b.text))!;
    const done = await say({ button: first.data });
    expect(done.tools.filter((t) => t.name === 'book_session' && t.ok)).toHaveLength(2);
    expect(await booked(userId)).toEqual(['糖糖', '豆豆'].sort());
  });

  it('a correction naming the other child right after a booking moves it to that child', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Mia 2024-02-10 and Leo 2025-08-19, please register both');
    const list = await say('Saturday afternoon Jimei for Mia please');
    await say({ button: list.buttons.flat().find((b) => /^Book 1$/.test(b.text))!.data });
    const moved = await say('oh wait, it should be for Leo not Mia');
    expect(moved.reply).toMatch(/Leo/);
    await say({ button: moved.buttons.flat().find((b) => /^Book 1$/.test(b.text))!.data });
    expect(await booked(userId)).toEqual(['Leo']);
  });

  it('a correction right after booking to another district at the same time moves the booking', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝安安2024-03-15 二宝乐乐2025-10-02 都登记一下');
    const list = await say('周六下午 book 安安 湖里');
    await say({ button: list.buttons.flat().find((b) => /^预约 1$/.test(b.text))!.data });
    const moved = await say('sorry 不是湖里 是思明');
    const done = await say({ button: moved.buttons.flat().find((b) => /^预约 1$/.test(b.text))!.data });
    expect(done.tools.filter((t) => t.name === 'book_session' && t.ok)).toHaveLength(1);
    const left = (await app.booking.listBookings(userId, { includePast: false })).upcoming.filter((v) => v.status === 'confirmed');
    expect(left.map((v) => [v.childName, v.point.district])).toEqual([['安安', 'siming']]);
  });

  it('a search for a child not registered yet runs for them once they are registered', async () => {
    const say = chatAs(app, ++userSeq);
    await say('登记孩子 朵朵 2024-01-20');
    const asked = await say('周日下午同安有半日托吗 给老二约');
    expect(asked.tools.map((t) => t.name)).not.toContain('book_session');
    const o = await say('老二叫小鱼 2025年1月6号生的');
    expect(o.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['register_child', 'search_slots']));
    expect(o.reply).toMatch(/适合小鱼的场次/);
  });
});
