import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 23 (lossp): answers round 22's listed questions took over. A doctor's note after hand, foot and mouth is the
 * return-to-care rule; a follow-up that finds the section just quoted as closely as any other is answered from it (the
 * quota back after cancelling); a follow-up kept in its topic also answers its second question (how long a trial class
 * is, and whether a parent stays); a child's medical insurance is said plainly to be outside the materials.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99_700;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('parenting and health answers', () => {
  it("a doctor's note after hand, foot and mouth is the return-to-care rule, with the note", async () => {
    const out = await sayNow(app, ++userSeq, '孩子前阵子得了手足口病 现在好了 还要去医院开什么证明才能再去托育点吗');
    expect(citedDocs(out)[0]).toBe('policy-health-check');
    expect(out.reply).toMatch(/返托证明/);
  });

  it('"那视讯跟爸爸讲话也不行吗" after a tablet at 10 months is video calls, not talking', async () => {
    const say = chatAs(app, ++userSeq);
    await say('阿嬤一直給寶寶看平板 寶寶才10個月 這樣可以嗎');
    const out = await say('那視訊跟爸爸講話也不行嗎');
    expect(citedDocs(out)).toContain('parenting-screen-time');
    expect(out.reply).toMatch(/視頻|視訊/);
  });

  it("a child's medical insurance is not covered, with a person, not the booking materials", async () => {
    const out = await sayNow(app, ++userSeq, '宝宝刚出生两个月 少儿医保在厦门要去哪里办 需要带什么材料');
    expect(out.reply).toMatch(/查不到/);
    expect(out.reply).toMatch(/工作人员/);
    expect(out.reply).not.toMatch(/只需要孩子的名字|备用衣服/);
    expect(citedDocs(out)).toEqual([]);
  });
});

describe('service follow-ups', () => {
  it('"那取消一個以後可以再約嗎" after the weekly cap: the quota comes back, not no-shows', async () => {
    const say = chatAs(app, ++userSeq);
    await say('一週最多可以約幾次週末托育');
    const out = await say('那取消一個以後可以再約嗎');
    expect(citedDocs(out)[0]).toBe('service-how-to-book');
    expect(out.reply).toMatch(/額度/);
  });

  it('"那要是我忘了取消呢" after the cancel deadline is the no-show rule, not how to cancel', async () => {
    const say = chatAs(app, ++userSeq);
    await say('约了以后去不了 要提前多久取消');
    const out = await say('那要是我忘了取消呢');
    expect(citedDocs(out)[0]).toBe('service-no-show');
    expect(out.reply).toMatch(/14 ?天/);
  });

  it('"那体验课呢 家长要陪着吗" after half-day care: a parent stays, and a trial class is 1 hour', async () => {
    const say = chatAs(app, ++userSeq);
    await say('半日托能托多久');
    const out = await say('那体验课呢 家长要陪着吗');
    expect(out.reply).toMatch(/陪/);
    expect(out.reply).toMatch(/1 ?小时/);
  });
});
