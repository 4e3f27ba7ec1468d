import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 18 (left18): a day out at a sight, and a choice between a centre and a nanny (Wednesday 25 Nov 2026). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || (u.requests ?? []).some((q) => q.intent === 'find_slots');
};

describe('the child on a day out at a sight is a parenting question', () => {
  it.each([
    '周末带宝宝去鼓浪屿玩 要注意什么',
    '帶寶寶去曾厝垵要注意什麼',
    'taking my 1yo to Gulangyu on Saturday, anything to watch out for?',
    '這週末想帶一歲的寶寶去鼓浪嶼走走 要準備什麼',
    "We're taking the ferry over to Gulangyu with our 10 month old this weekend. Pram or carrier? Any tips?",
    '下周六带娃去曾厝垵逛逛 人很多 要注意啥',
    '带宝宝坐轮渡要注意什么',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.outOfScopePlace).toBeUndefined();
    expect(searches(text)).toBe(false);
  });
});

describe('the sight itself, or care near it, is not', () => {
  it.each([
    ['鼓浪屿船票怎么买 要提前订吗', '鼓浪屿'],
    ['鼓浪嶼上的景點幾點開放 要門票嗎', '鼓浪屿'],
    ['What time is the last ferry back from Gulangyu on Sunday?', 'Ferry'],
    ['How do I get to Gulangyu from here?', 'Gulangyu'],
    ['带宝宝去鼓浪屿 宝宝要买船票吗', '鼓浪屿'],
  ])('%s stays outside the service', (text, place) => {
    expect(understand(text, ctx)).toMatchObject({ intent: 'out_of_scope', slots: { outOfScopePlace: place } });
  });
  it('a care point near the island asked for is still a search', () => {
    expect(understand('鼓浪屿 有没有 point? 周六 morning 想送娃', ctx).intent).toBe('find_slots');
  });
});

describe('choosing between a childcare centre and a nanny is a question', () => {
  it.each([
    '托嬰中心跟保母要怎麼選',
    'daycare or a nanny for my 1 year old?',
    '一岁多的孩子 送托育机构好还是请保姆好',
    'Trying to decide whether to hire an ayi or put her in daycare when I go back to work. What should we think about?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.outOfScopeRequest).toBeUndefined();
  });
  it('finding a nanny is still outside the service', () => {
    expect(understand('能不能帮我找个靠谱的保姆', ctx)).toMatchObject({ intent: 'out_of_scope', slots: { outOfScopeRequest: 'nanny' } });
  });
});

describe('Cantonese sleep words are read', () => {
  it('眼瞓 (sleepy) is not a booking or a search', () => {
    expect(understand('BB好眼瞓又唔肯瞓 喊到好犀利 點算', ctx).intent).toBe('knowledge');
  });
});
