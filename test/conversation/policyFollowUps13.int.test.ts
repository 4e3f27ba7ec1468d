import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 13 policy follow-ups: something named alone after a question ("那体验课呢", "那孩子的名字和出生日期呢") is the
 * question before asked of it, answered from the section that answers the question before and names it; a follow-up
 * to a service rule does not take its section from a parenting page its few words happen to find; "somewhere else"
 * leans on the answer before; and the weekday and baby-age answers cite their rule without a search.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 73000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('something named alone after a question is the question before asked of it', () => {
  it('"那体验课呢" after how long half-day and temporary care last: a class is 1 hour, not how to ease into care', async () => {
    const id = ++userSeq;
    await say(id, '半日托一次大概多长时间');
    await say(id, '那临时托呢');
    const out = await say(id, '那体验课呢');
    expect(docs(out)).not.toContain('parenting-separation-anxiety');
    expect(docs(out).some((d) => d === 'service-faq' || d === 'service-kinds')).toBe(true);
    expect(out.reply).toMatch(/体验课(?:每节)?1小时/);
  });

  it('"那孩子的名字和出生日期呢" after how long chats are kept: kept until /forget, not why they are kept', async () => {
    const id = ++userSeq;
    await say(id, '你们的聊天记录会一直留着吗');
    const out = await say(id, '那孩子的名字和出生日期呢');
    expect(docs(out)).toContain('policy-privacy');
    expect(out.reply).toMatch(/\/forget/);
    expect(out.reply).not.toMatch(/为什么要保存/);
  });

  it('what is named again is a question of its own: "那开始前一个小时才取消呢" is cancelling late', async () => {
    const id = ++userSeq;
    await say(id, '周六下午那场 要是我前一天晚上才取消 会留记录吗');
    const out = await say(id, '那开始前一个小时才取消呢');
    expect(docs(out)).toContain('service-change-cancel');
    expect(out.reply).toMatch(/迟取消/);
  });
});

describe('a follow-up to a service rule stays with the service rules', () => {
  it('"那平日的體驗課也算在裡面嗎" after the weekly cap: weekday sessions do not count (Traditional)', async () => {
    const id = ++userSeq;
    await say(id, '一個小朋友一個禮拜可以約幾次');
    const out = await say(id, '那平日的體驗課也算在裡面嗎');
    expect(docs(out)).toContain('service-how-to-book');
    expect(docs(out)).not.toContain('parenting-separation-anxiety');
    expect(out.reply).toMatch(/不算在內/);
  });

  it('"and what if I\'m late picking her up?" after late drop-off: carers stay with the child, not evening care', async () => {
    const id = ++userSeq;
    await say(id, 'We might be 20 minutes late for drop-off on Saturday, is that a problem?');
    const out = await say(id, "and what if I'm late picking her up?");
    expect(docs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/never left alone/);
  });

  it('"will you suggest somewhere else?" after a typhoon cancellation: other sessions nearby, not "not covered"', async () => {
    const id = ++userSeq;
    await say(id, 'The point cancelled our Saturday session because of the typhoon. Does that count against our weekly limit?');
    const out = await say(id, 'will you suggest somewhere else?');
    expect(docs(out).some((d) => d === 'service-faq' || d === 'service-change-cancel')).toBe(true);
    expect(out.reply).toMatch(/other sessions nearby/);
  });
});

describe('rule answers from the questions intents', () => {
  it('"How far ahead can I book a Saturday session?": the booking window, not this Saturday\'s list', async () => {
    const out = await say(++userSeq, 'How far ahead can I book a Saturday session?');
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.reply).toMatch(/14 days/);
    expect(docs(out)).toContain('service-how-to-book');
  });

  it("care on weekdays in general cites the service's kinds of care", async () => {
    const out = await say(++userSeq, '平日可以托吗？我们礼拜一到礼拜五都要上班');
    expect(docs(out)).toContain('service-kinds');
  });

  it('a 5-month-old for drop-off care: the age rule, with no search for places', async () => {
    const out = await say(++userSeq, '宝宝才5个月 能送去托育吗');
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.reply).toMatch(/6个月/);
  });
});
