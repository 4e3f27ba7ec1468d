import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** How a conversation ends: what is booked after cancels that keep something, a second child's request, a point corrected. */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9900;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const held = (userId: number) => heldBookings(app, userId, 'code');
const tap = buttonData;

describe('a conversation ends with what the parent last asked for', () => {
  it('"actually keep Saturday, just cancel Sunday" cancels Sunday only', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Mia 2024-02-10, please register her');
    await say({ button: tap(await say('Saturday morning in Huli for Mia'), /^Book 1$/) });
    await say({ button: tap(await say('Sunday morning in Huli for Mia'), /^Book 1$/) });
    await say("Cancel both of Mia's weekend bookings please");
    const o = await say('actually keep Saturday, just cancel Sunday');
    await say({ button: tap(o, /Yes, cancel/) });
    expect((await held(userId)).map((b) => b.split(' ')[1])).toEqual(['2026-11-28']);
  });

  it("'果果周六去不了了 他的那个取消 朵朵的留着' asks to cancel 果果's only", async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    await say({ button: tap(await say('两个都要 周六上午湖里'), /^预约 1$/) });
    const o = await say('果果周六去不了了 他的那个取消 朵朵的留着');
    await say({ button: tap(o, /确认取消/) });
    expect((await held(userId)).map((b) => b.split(' ')[0])).toEqual(['朵朵']);
  });

  it("two children's requests in one message: booking the first brings the second child's list back", async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    const lists = await say('帮朵朵约周六上午湖里 再给果果约周日上午湖里');
    const first = await say({ button: tap(lists, /^预约 1$/) });
    expect(first.reply).toMatch(/果果/);
    await say({ button: tap(first, /^预约 1$/) });
    expect((await held(userId)).map((b) => b.split(' ').slice(0, 2).join(' '))).toEqual(['朵朵 2026-11-28', '果果 2026-11-29']);
  });

  it('"再给老二也约同一场" books the session just booked for the second child', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-03-10 小宝豆豆2026-04-20 都登记一下');
    await say({ button: tap(await say('给小的约周日上午海沧'), /^预约 1$/) });
    await say('再给老二也约同一场');
    const all = await held(userId);
    expect(all.map((b) => b.split(' ')[0]).sort()).toEqual(['果果', '豆豆'].sort());
    expect(new Set(all.map((b) => b.split(' ').slice(1).join(' '))).size).toBe(1);
  });

  it('"I meant Jiangtou, not Wuyuan Bay" after booking moves the booking to Jiangtou', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Leo 2025-06-03, please register him');
    await say({ button: tap(await say('Book Leo at Wuyuan Bay Saturday afternoon half day'), /^Book 1$/) });
    const o = await say('Oh wait, I meant Jiangtou, not Wuyuan Bay');
    expect(o.reply).toMatch(/Jiangtou/);
    await say({ button: tap(o, /^Book 1$/) });
    expect((await held(userId)).map((b) => b.split(' ')[2])).toEqual(['HL-JT']);
  });
});
