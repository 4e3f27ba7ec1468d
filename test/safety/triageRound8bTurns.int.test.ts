import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-8b triage through the conversation core: 120 already called (first aid first, no second 'call 120'), swollen
 * lips with normal breathing (a doctor today), and a fever with 'can she still go Saturday?' (the drop-off rule too).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 78500;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('round 8b turns', () => {
  it('a fit with the ambulance on its way: acknowledged, first aid first, still a medical ticket', async () => {
    const user = ++userSeq;
    const out = await chat(user)('两岁儿子突然抽筋了 已经打了120 救护车在路上 我现在该干嘛');
    expect(firstLine(out)).not.toMatch(/立即拨打/);
    expect(out.reply).toMatch(/侧躺/);
    expect(await ticketsOf(user)).toContain('medical');
  });

  it("'called, ambulance coming, what else?' after a 120 answer: that emergency's first aid, not 'call 120' again", async () => {
    const say = chat(++userSeq);
    await say('宝宝洗澡滑到水里 捞上来一直咳 呼吸很费力');
    const out = await say('打了 救护车在路上了 等的时候我还要做什么');
    expect(firstLine(out)).not.toMatch(/立即拨打/);
    expect(out.reply).toMatch(/溺水/);
  });

  it('lips swollen after a food, breathing fine: a doctor today with the 120 signs, no ticket', async () => {
    const user = ++userSeq;
    const out = await chat(user)("her lips swelled up after peanut butter toast, she's breathing fine and playing");
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/today/);
    expect(out.reply).toMatch(/tongue or throat/);
    expect(await ticketsOf(user)).toHaveLength(0);
  });

  it('a fever and Saturday care: the fever advice and the 24-hour drop-off rule, both documents cited', async () => {
    const out = await chat(++userSeq)('孩子昨晚发烧38度5 今天精神还可以 周六的托还能去吗');
    expect(out.reply).toMatch(/24小时/);
    expect(out.reply).toMatch(/取消预约/);
    expect(out.reply).toMatch(/爱邻护幼的健康检查/);
  });

  it('a mixed follow-up in a Chinese health conversation is answered in Chinese (and Traditional stays Traditional)', async () => {
    const say = chat(++userSeq);
    await say('孩子今天拉肚子拉了六次 还在喝奶');
    const out = await say('no wet diaper since morning 要去医院');
    expect(out.lang).toBe('zh');
    expect(out.reply).toMatch(/医生|医院/);
    const sayHant = chat(++userSeq);
    await sayHant('寶寶今天拉肚子拉了六次 還在喝奶');
    const hant = await sayHant('no wet diaper since morning 要去醫院');
    expect(hant.locale).toBe('zh-Hant');
  });

  it('a follow-up written in English alone still switches to English', async () => {
    const say = chat(++userSeq);
    await say('孩子今天拉肚子拉了六次 还在喝奶');
    const out = await say('no wet diaper since this morning, should we go to hospital?');
    expect(out.lang).toBe('en');
  });
});
