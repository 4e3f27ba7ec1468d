import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

/** Several children: a child named by age, a cancellation picked in words, siblings past or below the age asked for. */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 14950;

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const held = (userId: number) => heldBookings(app, userId, 'district');

describe('a child named by age', () => {
  it('"一岁多那个" is the 14-month-old of a family with a two-year-old too, and the tap books her', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('登记两个孩子 小鱼 2024年3月15日 豆包 2025年9月12日');
    const o = await say('一岁多那个 这周日下午想去思明');
    expect(o.reply).toMatch(/豆包/);
    await say({ button: buttonData(o, /^预约 ?1/) });
    expect(await held(userId)).toEqual(['豆包 2026-11-29 siming']);
  });
});

describe('which booking to cancel, said in words', () => {
  it('"禮拜天海滄那個" after "which one?" asks to confirm that one only', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記 宇恆 2024年7月11日 芊芊 2025年8月19日');
    for (const ask of ['宇恆禮拜六上午湖裡', '宇恆禮拜天上午海滄']) {
      const list = await say(ask);
      await say({ button: buttonData(list, /^預約 ?1/) });
    }
    expect(await held(userId)).toEqual(['宇恆 2026-11-28 huli', '宇恆 2026-11-29 haicang']);
    await say('哥哥的預約取消一下');
    const o = await say('禮拜天海滄那個');
    await say({ button: buttonData(o, /確認取消|确认取消/) });
    expect(await held(userId)).toEqual(['宇恆 2026-11-28 huli']);
  });
});

describe('several children asked for together', () => {
  it('a child over 3 among three is said to be past the age, and the two younger ones are booked', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('幫我登記 睿睿 2023年4月16日 宇恆 2024年7月11日 芊芊 2025年8月19日');
    const o = await say('三個小孩這週日上午都想去集美');
    expect(o.reply).toMatch(/睿睿.*3/);
    const both = await say('那就兩個小的 幫他們約');
    await say({ button: buttonData(both, /^預約 ?1/) });
    expect(await held(userId)).toEqual(['宇恆 2026-11-29 jimei', '芊芊 2026-11-29 jimei']);
  });

  it('a baby too young for the point is said so, and the others get one list with one tap', async () => {
    const userId = ++userSeq;
    const say = chatAs(app, userId);
    await say('帮我register三个: 老大Kai 2024年10月13, 老二Luna 2025/11/15, 还有小的Noa 今年June 18出生');
    const o = await say('三个都book这周日上午殿前');
    expect(o.reply).toMatch(/Noa.*6个月/);
    await say({ button: buttonData(o, /^预约 ?1/) });
    expect(await held(userId)).toEqual(['Kai 2026-11-29 huli', 'Luna 2026-11-29 huli']);
  });
});
