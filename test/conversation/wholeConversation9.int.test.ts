import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** How a conversation ends: two requests in one message, a move to another place, a pet name, "book them both". */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9950;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const held = (userId: number) => heldBookings(app, userId, 'district');
const tap = buttonData;

describe('a conversation ends with what the parent last asked for', () => {
  it('"帮老大约周六上午湖里，老二周日的取消": confirming the cancel brings the list back, and the tap books 老大', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('大宝朵朵2024-06-15 二宝果果2025-10-02 都登记一下');
    await say({ button: tap(await say('给果果约周日上午湖里'), /^预约 1$/) });
    const both = await say('帮老大约周六上午湖里，老二周日的取消');
    const cancelled = await say({ button: tap(both, /确认取消/) });
    expect(cancelled.reply).toMatch(/朵朵/);
    await say({ button: tap(cancelled, /^预约 1$/) });
    expect(await held(userId)).toEqual(['朵朵 2026-11-28 huli']);
  });

  it('"Cancel Leo\'s Sunday and book Mia for Saturday morning in Haicang": the list comes again after the cancel is confirmed', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my kids: Mia born 2024-02-10 and Leo born 2025-06-03');
    await say({ button: tap(await say('Book Leo for Sunday morning in Haicang'), /^Book 1$/) });
    const both = await say("Cancel Leo's Sunday and book Mia for Saturday morning in Haicang");
    const cancelled = await say({ button: tap(both, /Yes, cancel/) });
    expect(cancelled.reply).toMatch(/Mia/);
    await say({ button: tap(cancelled, /^Book 1$/) });
    expect(await held(userId)).toEqual(['Mia 2026-11-28 haicang']);
  });

  it('"周六思明那个 改到湖里吧 时间不变" moves the booking to Huli, same day', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('果果 2025-10-02 帮我登记');
    await say({ button: tap(await say('给果果约周六下午思明'), /^预约 1$/) });
    const o = await say('周六思明那个 改到湖里吧 时间不变');
    expect(o.reply).toMatch(/湖里/);
    await say({ button: tap(o, /^预约 1$/) });
    expect(await held(userId)).toEqual(['果果 2026-11-28 huli']);
  });

  it('"改成下午" after a booking lists the afternoon (the list says so) and the tap moves it', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('朵朵 2024-06-15 帮我登记');
    await say({ button: tap(await say('周日上午思明 给朵朵约一个'), /^预约 1$/) });
    const o = await say('改成下午');
    expect(o.reply).toMatch(/11月29日（周日）下午/);
    await say({ button: tap(o, /^预约 1$/) });
    const after = (await app.booking.listBookings(userId, { includePast: false })).upcoming.filter((v) => v.status === 'confirmed');
    expect(after.map((v) => `${v.localDate} ${v.startTime >= '12:00' ? 'afternoon' : 'morning'}`)).toEqual(['2026-11-29 afternoon']);
  });

  it('"幫晴晴約禮拜六下午集美" finds 黃子晴 by her pet name', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('哥哥黃子睿 2024年1月5日 妹妹黃子晴 2025年3月10日 幫我登記');
    const o = await say('幫晴晴約禮拜六下午集美');
    expect(o.reply).toMatch(/子晴/);
    await say({ button: tap(o, /^預約 1$|^预约 1$/) });
    expect((await held(userId)).map((b) => b.split(' ')[0])).toEqual([expect.stringMatching(/^[黃黄]子晴$/)]);
  });

  it('"book them both for Sunday morning in Jimei" books each child', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my two: Olivia born 2024-07-14 and Lucas born 2025-09-30');
    const o = await say('book them both for Sunday morning in Jimei');
    await say({ button: tap(o, /^Book 1$/) });
    expect((await held(userId)).map((b) => b.split(' ')[0])).toEqual(['Lucas', 'Olivia']);
  });

  it('"never mind, switch it to Sunday instead" after booking moves it: Saturday cancelled, Sunday kept', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Mia 2024-02-10, please register her');
    await say({ button: tap(await say('Book Mia Saturday afternoon Huli'), /^Book 1$/) });
    const o = await say('never mind, switch it to Sunday instead');
    await say({ button: tap(o, /^Book 1$/) });
    expect(await held(userId)).toEqual(['Mia 2026-11-29 huli']);
  });
});
