import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 5 follow-up classes: a short follow-up keeps the topic before it; a question about session times hears
 * the times (from the published sessions); an overwhelmed parent hears the in-the-moment section; a question for
 * one of the service's numbers is answered even when the reading calls it out of scope.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 64000;

async function say(userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}
const ask = (text: string) => say(++userSeq, text);
const TIME_RANGE = /\d{2}:\d{2}–\d{2}:\d{2}/;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('session times are said, not only where to find them', () => {
  it('"半日托几点接": the usual half-day times, that they vary, and pick-up at the end', async () => {
    const out = await ask('半日托几点接');
    expect(out.reply).toMatch(new RegExp(`半日托：周末 ${TIME_RANGE.source}`));
    expect(out.reply).toMatch(/略有不同/);
    expect(out.reply).toMatch(/场次结束/);
  });

  it('"临时托 几点 pick up": temporary care only', async () => {
    const out = await ask('临时托 几点 pick up');
    expect(out.reply).toMatch(new RegExp(`临时托：周末 ${TIME_RANGE.source}`));
    expect(out.reply).not.toMatch(/• 半日托/);
  });

  it('"what are your opening hours on weekends?": weekend times only, in English', async () => {
    const out = await ask('what are your opening hours on weekends?');
    expect(out.reply).toMatch(new RegExp(`half-day care: weekends ${TIME_RANGE.source}`));
    expect(out.reply).not.toMatch(/weekdays \(some points\)/);
  });

  it('"那体验课几点开始" after "体验课是什么": the trial class times', async () => {
    const id = ++userSeq;
    await say(id, '体验课是什么');
    const out = await say(id, '那体验课几点开始');
    expect(out.reply).toMatch(new RegExp(`体验课：.{0,12}${TIME_RANGE.source}`));
  });

  it('two time questions in one message: the timetable is said once, and the second question is said to be answered above', async () => {
    const out = await ask('你們幾點開門？下午幾點要接回來？');
    expect(out.reply.match(/半日托：週末/g)).toHaveLength(1);
    expect(out.reply).toMatch(/你還問了“下午幾點要接回來？”——上面的回答已經包括了/);
    expect(out.reply).not.toMatch(/下面接著回答/);
  });

  it('two questions with different answers keep both answers and the "you also asked" heading', async () => {
    const out = await ask('半日托几点接？另外孩子流鼻涕能去吗');
    expect(out.reply).toMatch(/半日托：周末/);
    expect(out.reply).toMatch(/下面接着回答/);
    expect(out.reply).toMatch(/流鼻涕|晨检/);
  });

  it('a question about staff or sleep times is not a session-times question', async () => {
    const out = await ask('宝宝晚上几点睡比较好');
    expect(out.reply).not.toMatch(/通常的时间是/);
  });
});

describe('a short follow-up keeps the topic before it', () => {
  it('"when do they switch to one?" after a nap answer is about naps, not milk', async () => {
    const id = ++userSeq;
    await say(id, 'how many naps does a 1 year old need?');
    const out = await say(id, 'when do they switch to one?');
    expect(out.citations[0]?.docId).toBe('parenting-sleep-routines');
    expect(out.reply).toMatch(/12.{0,3}18 months/);
  });

  it('"那要坚持多久才有效果" after a bedtime-routine question is answered from it, not out of scope', async () => {
    const id = ++userSeq;
    await say(id, '孩子两岁 晚上总是不肯睡 怎么建立睡前习惯');
    const out = await say(id, '那要坚持多久才有效果');
    expect(out.citations[0]?.docId).toBe('parenting-sleep-routines');
  });
});

describe('an overwhelmed parent hears what to do now', () => {
  it('"孩子一直发脾气 我快崩溃了 现在该怎么办": the section on the tantrum happening now, not how to prevent one', async () => {
    const out = await ask('孩子一直发脾气 我快崩溃了 现在该怎么办');
    expect(out.citations[0]?.heading).toMatch(/正在发脾气/);
    // (How to prevent one may follow, never before it.)
    const prevent = out.reply.indexOf('怎样减少孩子发脾气');
    expect(prevent === -1 || prevent > out.reply.indexOf('正在发脾气')).toBe(true);
  });

  it('an overwhelmed parent asking how to prevent tantrums still hears how to prevent them', async () => {
    const out = await ask('我快崩溃了 怎样预防孩子发脾气');
    expect(out.citations[0]?.heading).toMatch(/减少/);
  });
});

describe("the service's numbers, however the message was read", () => {
  it('"聊天紀錄你們留多久" says the configured retention, in Traditional script', async () => {
    const out = await ask('聊天紀錄你們留多久');
    expect(out.reply).toContain(String(app.config.booking.historyRetentionDays));
    expect(out.reply).toMatch(/紀錄|記錄|對話/);
  });
});

describe('two questions in one message', () => {
  it('"会把孩子信息给别人吗 聊天记录存多久": how long chats are kept and who sees the family\'s information', async () => {
    const out = await ask('会把孩子信息给别人吗 聊天记录存多久');
    expect(out.reply).toContain(String(app.config.booking.historyRetentionDays));
    expect(out.reply).toMatch(/不出售|谁能看到/);
  });
});
