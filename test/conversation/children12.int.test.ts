import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** Booking conversations judged on how they end: the session, child and day the parent last asked for. */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 12950;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const held = (userId: number) => heldBookings(app, userId, 'code');
const kinds = async (userId: number) =>
  (await app.booking.listBookings(userId, { includePast: false })).upcoming.filter((v) => v.status === 'confirmed').map((v) => `${v.childName} ${v.startTime}`);

describe('a session picked from the list by its start time', () => {
  it('"两点半那个吧" after a day at one point books its 14:30 session', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记一下 团团 2024年5月12日出生');
    await say('周六嘉莲有哪些时间 团团想去');
    const o = await say('两点半那个吧');
    expect(o.reply).toMatch(/团团/);
    expect(await held(userId)).toEqual(['团团 2026-11-28 SM-JL']);
    expect(await kinds(userId)).toEqual(['团团 14:30']);
  });

  it('"下午一點那個好了" books the 13:00 temporary care, not the 14:30 half day', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記 子晴 2024年3月9日出生');
    await say('週六江頭有哪些時段 子晴要去');
    await say('下午一點那個好了');
    expect(await kinds(userId)).toEqual(['子晴 13:00']);
  });

  it('"Great, Jiangtou at 2:30 please" after an afternoon list of several points books Jiangtou at 14:30', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my daughter Ruby, born 6 June 2025');
    await say('Saturday afternoon in Huli for Ruby');
    await say('Great, Jiangtou at 2:30 please');
    expect(await held(userId)).toEqual(['Ruby 2026-11-28 HL-JT']);
    expect(await kinds(userId)).toEqual(['Ruby 14:30']);
  });

  it('"两点半那个" when several points start at 14:30 asks which, with a button per place, and books nothing', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记一下 团团 2024年5月12日出生');
    await say('团团周六下午湖里');
    const o = await say('两点半那个');
    expect(await held(userId)).toEqual([]);
    expect(o.buttons.flat().length).toBeGreaterThan(1);
    await say({ button: buttonData(o, /五缘湾/) });
    expect(await held(userId)).toEqual(['团团 2026-11-28 HL-WY']);
  });

  it('"两点半那场还有位吗" is a question about it, not a booking', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记一下 团团 2024年5月12日出生');
    await say('周六嘉莲有哪些时间 团团想去');
    await say('两点半那场还有位吗');
    expect(await held(userId)).toEqual([]);
  });
});

describe('a typed yes, a pick for another child, a correction, a pick for both, a move to a named point', () => {
  it('"yes please" to a list of one session books it; a bare "ok" does not', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my daughter Olivia, born 18 April 2024');
    await say('Is there space at Jialian on Saturday morning for Olivia?');
    await say('ok');
    expect(await held(userId)).toEqual([]);
    await say('yes please');
    expect(await held(userId)).toEqual(['Olivia 2026-11-28 SM-JL']);
  });

  it('"算了 換承恩去 第一個" after a list for 子晴 books the first session for 承恩, not 子晴', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記兩個孩子 子晴 2024年3月9日 承恩 2025年6月22日');
    await say('幫子晴看看週日上午集美');
    await say('算了 換承恩去 第一個');
    expect((await held(userId)).map((b) => b.split(' ').slice(0, 2).join(' '))).toEqual(['承恩 2026-11-29']);
  });

  it('"歹勢 講錯了 是下午啦" right after booking the morning moves it to the afternoon (the morning one is cancelled)', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記 子晴 2024年3月9日出生');
    await say({ button: buttonData(await say('子晴週六上午思明'), /^預約 1$/) });
    const o = await say('歹勢 講錯了 是下午啦');
    await say({ button: buttonData(o, /^預約 1$/) });
    expect(await kinds(userId)).toHaveLength(1);
    expect((await kinds(userId))[0]! >= '子晴 12:00').toBe(true);
  });

  it('"不对 我要的是上午 下午她要睡午觉" after booking the afternoon moves it, even with the second part answered apart', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记一下 圆圆 2025年8月3日出生');
    await say({ button: buttonData(await say('圆圆周六下午湖里'), /^预约 1$/) });
    const o = await say('不对 我要的是上午 下午她要睡午觉');
    await say({ button: buttonData(o, /^预约 1$/) });
    expect(await kinds(userId)).toEqual(['圆圆 09:00']);
  });

  it('"both book五缘湾那个" under one list for both children books each of them there', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('帮我登记两个孩子 Anna 2024年10月5日 Kevin 2025年4月12日');
    await say('下周六上午湖里 两个都想去');
    await say('both book五缘湾那个');
    expect(await held(userId)).toEqual(['Anna 2026-12-05 HL-WY', 'Kevin 2026-12-05 HL-WY']);
  });

  it('"承恩週六那個取消 改約週日下午 一樣在五緣灣" looks for Sunday afternoon at 五緣灣 only', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記 承恩 2025年6月22日出生');
    const list = await say('承恩週六下午五緣灣');
    await say({ button: buttonData(list, /^預約 1$/) });
    const o = await say('承恩週六那個取消 改約週日下午 一樣在五緣灣');
    expect(o.reply).toMatch(/五緣灣/);
    expect(o.reply).not.toMatch(/江頭|殿前/);
  });
});

describe('a session picked by its kind, a correction that names the mistake', () => {
  it('"the half day one please" after a list of temporary care and half day at one point books the half day', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('Please add my daughter Olivia, born 18 April 2024');
    await say('Olivia Sunday afternoon Wuyuan Bay?');
    await say('the half day one please');
    expect(await kinds(userId)).toEqual(['Olivia 14:30']);
  });

  it('"哎呀 看错日子了 是下周日" right after booking moves it to next Sunday (one booking left)', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记一下 团团 2024年5月12日出生');
    await say({ button: buttonData(await say('团团周日上午集美'), /^预约 1$/) });
    const o = await say('哎呀 看错日子了 是下周日');
    await say({ button: buttonData(o, /^预约 1$/) });
    const left = await held(userId);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^团团 2026-12-06/);
  });
});
