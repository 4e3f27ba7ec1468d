import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 21 (left21): a short follow-up is answered from the topic it leans on; an illness told before "can she go on
 * Saturday?" is the return-to-care rule; numbered questions, one naming the ferry, are both answered; household
 * registration asked with a young baby's age hears both facts.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99210;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('follow-ups stay with the topic they lean on', () => {
  it("\"那一天要喝多少才夠\" after switching to cow's milk: a toddler's milk a day, not a baby's formula feeds", async () => {
    const say = chatAs(app, ++userSeq);
    await say('寶寶滿一歲了 可以開始喝鮮奶了嗎 要怎麼從配方奶換過去');
    const out = await say('那一天要喝多少才夠');
    expect(citedDocs(out)).toEqual(['parenting-toddler-nutrition']);
    expect(out.reply).toMatch(/500/);
  });
  it('"那会一直有人陪着他吗" after a late pickup: the carers stay with the child, not a community point\'s rule for parents', async () => {
    const say = chatAs(app, ++userSeq);
    await say('下午场结束了我还没赶到 孩子怎么办');
    const out = await say('那会一直有人陪着他吗');
    expect(citedDocs(out)).toContain('policy-pickup-safety');
    expect(citedDocs(out)).not.toContain('service-point-types');
  });
  it('twins and the waitlist: each child joins separately', async () => {
    const say = chatAs(app, ++userSeq);
    await say('我家是双胞胎 要是一场只剩一个位置了咋办');
    const out = await say('那候补是俩一起排还是各排各的');
    expect(citedDocs(out)).toContain('service-waitlist');
    expect(out.reply).toMatch(/分别候补/);
  });
});

describe('whole questions', () => {
  it("a fever yesterday, gone today, Saturday's care: the 24-hour rule, no search", async () => {
    const out = await sayNow(app, ++userSeq, '小孩昨天發燒38度 今天退燒了 禮拜六的臨托可以去嗎');
    expect(out.reply).toMatch(/24\s*小時/);
    expect(out.tools.map((c) => c.name)).not.toContain('search_slots');
  });
  it('two numbered questions, one naming the ferry: both answered', async () => {
    const out = await sayNow(app, ++userSeq, '问两个事 一是体验课收不收钱 二是坐轮渡去鼓浪屿 海风把娃脸吹得又红又干 擦点啥好');
    expect(out.reply).toMatch(/免费/);
    expect(out.reply).toMatch(/润肤/);
    expect(citedDocs(out)).toContain('parenting-weather-travel');
  });
  it('no Xiamen hukou and a 4-month-old: no 户籍 limit, and care from 6 months', async () => {
    const out = await sayNow(app, ++userSeq, '户口不在厦门 孩子4个月大 你们那里收不收');
    expect(out.reply).toMatch(/不限户籍/);
    expect(out.reply).toMatch(/6个月/);
    expect(out.reply).toMatch(/亲子/);
  });
});
