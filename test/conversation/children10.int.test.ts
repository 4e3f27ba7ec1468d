import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** How a conversation about several children ends: every request of the message is carried to a booking. */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 10950;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const held = (userId: number) => heldBookings(app, userId, 'district');
const tap = buttonData;

describe('several children: the conversation ends with what was asked', () => {
  it('waitlist for one child and a place for the other in one message: after the waitlist tap, the other list comes again', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my kids: Emma born 2024-05-12 and Noah born 2025-08-20');
    const both = await say('Put Emma on the waitlist for Qianpu Saturday morning, and book Noah somewhere else in Siming that morning');
    const waiting = await say({ button: tap(both, /^Waitlist 1$/) });
    expect(waiting.reply).toMatch(/Noah/);
    await say({ button: tap(waiting, /^Book \d$/) });
    expect(await held(userId)).toEqual(['Noah 2026-11-28 siming']);
  });

  it('"啊不对 是周日下午" after a list for both children searches again for both', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    await say('这周六下午湖里 朵朵和果果都要');
    const o = await say('啊不对 是周日下午 周六有事');
    expect(o.reply).toMatch(/朵朵/);
    expect(o.reply).toMatch(/果果/);
    expect(o.reply).not.toMatch(/这次是给哪个孩子/);
  });

  it('"Great, book both" with no number: the list\'s buttons again, each booking both children', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my kids: Emma born 2024-05-12 and Noah born 2025-08-20');
    await say('Any spots next Saturday morning in Siming for both kids?');
    const o = await say('Great, book both');
    expect(o.reply).toMatch(/Emma and Noah|Emma, Noah|Noah and Emma/);
    await say({ button: tap(o, /^Book 1$/) });
    expect((await held(userId)).map((b) => b.split(' ')[0])).toEqual(['Emma', 'Noah']);
  });

  it('"那Chloe约周日上午江头" after a waitlist for the afternoon books the morning, not the afternoon\'s waitlist', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('帮我登记 老大Lucas 2024年7月1日 老二Chloe 2025年6月10日');
    await say({ button: tap(await say('Lucas周日下午江头 half day'), /^候补 1$/) });
    const o = await say('那Chloe约周日上午江头');
    expect(o.reply).toMatch(/上午/);
    await say({ button: tap(o, /^预约 1$/) });
    expect(await held(userId)).toEqual(['Chloe 2026-11-29 huli']);
  });

  it('registering two children "都想约" lists for each, so the taps book each', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    const o = await say('我有两个娃 第一个叫小满 2024年9月1日 第二个叫小雪 2025年12月3日 都想约下周六上午湖里');
    expect(o.reply).toMatch(/已登记：小满/);
    const first = await say({ button: tap(o, /^预约 1$/) });
    expect(first.reply).not.toMatch(/给哪个孩子/);
    expect((await held(userId)).length).toBeGreaterThan(0);
  });

  it('"果果周日的取消 朵朵周六上午前埔排个候补": confirming the cancel brings the waitlist back, and the tap queues 朵朵', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    await say({ button: tap(await say('给果果约周日上午湖里'), /^预约 1$/) });
    const both = await say('果果周日的取消 朵朵周六上午前埔排个候补');
    const cancelled = await say({ button: tap(both, /确认取消/) });
    const queued = await say({ button: tap(cancelled, /^候补 1$/) });
    expect(queued.reply).toMatch(/朵朵/);
    const list = await app.booking.listBookings(userId, { includePast: false });
    expect(list.upcoming.filter((v) => v.status === 'confirmed')).toHaveLength(0);
  });

  it('"果果周日上午也去湖里 另外朵朵周六的改成下午": after 果果 is booked, 朵朵\'s afternoon list comes again and the move completes', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    await say({ button: tap(await say('朵朵周六上午去湖里'), /^预约 1$/) });
    const both = await say('果果周日上午也去湖里 另外朵朵周六的改成下午');
    const booked = await say({ button: tap(both, /^预约 1$/) });
    expect(booked.reply).toMatch(/下午/);
    await say({ button: tap(booked, /^预约 \d$/) });
    const after = (await app.booking.listBookings(userId, { includePast: false })).upcoming.filter((v) => v.status === 'confirmed');
    expect(after.map((v) => `${v.childName} ${v.localDate} ${v.startTime >= '12:00' ? 'afternoon' : 'morning'}`).sort()).toEqual([
      '朵朵 2026-11-28 afternoon',
      '果果 2026-11-29 morning',
    ]);
  });

  it('"Second one is Leo, 1 Aug 2025. Please add him and book him Sunday morning in Huli" registers Leo and searches for him', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Mia 2024-02-10, please register her');
    const o = await say('Second one is Leo, 1 Aug 2025. Please add him and book him Sunday morning in Huli');
    await say({ button: tap(o, /^Book 1$/) });
    expect(await held(userId)).toEqual(['Leo 2026-11-29 huli']);
  });

  it('"and the same for his sister" right after booking Leo books Mia into the same session', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my kids: Mia born 2024-02-10 and Leo born 2025-08-01');
    await say({ button: tap(await say('Book Leo Saturday morning in Huli'), /^Book 1$/) });
    await say('and the same for his sister');
    expect((await held(userId)).sort()).toEqual(['Leo 2026-11-28 huli', 'Mia 2026-11-28 huli']);
  });

  it('"歹勢 我搞錯了 是禮拜六" right after booking Sunday moves the booking to Saturday', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('朵朵 2024-06-15 幫我登記');
    await say({ button: tap(await say('幫朵朵約禮拜天早上集美'), /^預約 1$|^预约 1$/) });
    const o = await say('歹勢 我搞錯了 是禮拜六');
    await say({ button: tap(o, /^預約 1$|^预约 1$/) });
    expect(await held(userId)).toEqual(['朵朵 2026-11-28 jimei']);
  });
});
