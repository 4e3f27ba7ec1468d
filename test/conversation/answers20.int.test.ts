import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 20 (ans20): answers that came from the wrong section or from none. Taking the child along to a class ("带宝宝去上")
 * is the class itself, not something brought to it; a startle in sleep is answered, not sent to 120, while a real fit
 * still is; a follow-up about brown-sugar water after honey is answered; a residence question for a baby too young for
 * care hears the 6-month minimum. Worded apart from the tuning sets and the probe file.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 86000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('weekday classes asked with the child taken along', () => {
  it('answers which classes there are and that each lasts an hour, not the age rule for drop-off', async () => {
    const out = await say(++userSeq, '工作日能带孩子去上什么体验课 一次上多长时间');
    expect(citedDocs(out)).toContain('service-kinds');
    expect(out.reply).toMatch(/绘本/);
    expect(out.reply).toMatch(/1小时/);
  });
});

describe('sleep startles and real fits', () => {
  it('a startle in sleep is answered from the knowledge base, not with 120 first', async () => {
    const out = await say(++userSeq, '宝宝3个月 晚上睡着了胳膊常常突然一弹 自己把自己吓醒 会不会是惊厥');
    expect(out.escalated).toBeFalsy();
    expect(out.reply.slice(0, 100)).not.toMatch(/120/);
    expect(out.reply).toMatch(/惊跳反射/);
  });
  it('a real fit in sleep is 120 first', async () => {
    const out = await say(++userSeq, '宝宝睡着的时候突然全身僵硬 手脚一抽一抽的 叫不醒');
    expect(out.reply.slice(0, 40)).toMatch(/120/);
  });
});

describe('brown-sugar water after honey', () => {
  it('the follow-up is answered: no added sugar, brown sugar does not build blood', async () => {
    const u = ++userSeq;
    await say(u, '宝宝8个月了 能喝蜂蜜水吗');
    const out = await say(u, '那喝点红糖水呢 老人说补血');
    expect(citedDocs(out)).toContain('parenting-toddler-nutrition');
    expect(out.reply).toMatch(/补不了血|不建议/);
  });
});

describe('residence with a baby too young for drop-off care', () => {
  it('hears that there is no hukou rule and that drop-off care starts at 6 months', async () => {
    const out = await say(++userSeq, '我们是外省户口 宝宝才4个月 能不能用你们的托育');
    expect(out.reply).toMatch(/户籍|户口/);
    expect(out.reply).toMatch(/6个月/);
  });
});
