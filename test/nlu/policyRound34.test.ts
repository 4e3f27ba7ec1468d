import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { Intent } from '../../src/nlu/types.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const read = (text: string, more: { previousIntent?: Intent; searching?: boolean } = {}) => understand(text, { ...ctx, ...more });
const searches = (text: string, more: { previousIntent?: Intent; searching?: boolean } = {}) => {
  const u = read(text, more);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};

// Round 34 (pol34): service questions that name a day, a kind of care or a district stay questions.
describe('what the child does at a session, asked with a day or a kind of care', () => {
  it.each([
    '周六送过去半日托 孩子一上午都干嘛呀 有人带着玩吗',
    '禮拜六半日托的時候 小朋友都在做什麼',
    '平时不是只有周末吗 周三上午带孩子过去能干嘛',
    "What will she actually be doing there all morning? She's 2",
  ])('%s', (text) => {
    expect(searches(text)).toBe(false);
    expect(read(text).intent).toBe('knowledge');
  });
  it('places asked for with a day stay a search', () => {
    expect(searches('周六上午湖里有位吗')).toBe(true);
    expect(searches('宝宝周六去湖里 有没有半日托')).toBe(true);
  });
});

describe('two kinds of care compared, one weekend day, places for twins', () => {
  it.each(['第一次去的話 半日托跟臨時托哪個比較適合 她20個月', '只有禮拜六有嗎 禮拜天有沒有開', '我家是twins 想一起book 要约两个位吗'])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
  it('two places asked for or booked are still a search or a booking', () => {
    expect(searches('周六上午湖里还有两个位吗')).toBe(true);
    expect(searches('周六上午湖里帮我约两个位')).toBe(true);
  });
  it('one spot left, asked in English, is the rule for two children', () => {
    expect(read("what if there's only one spot left?").intent).toBe('knowledge');
    expect(searches('any spots left saturday?')).toBe(true);
  });
});

describe('new points opening, asked with a district or "nearby"', () => {
  it.each(['翔安这边太远了 附近什么时候会开新的点啊', "Are any new points opening near us soon? We're out in Tong'an"])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
});

describe('a district alone after a knowledge answer asks the same question of it', () => {
  it.each(['那海沧呢', 'and in Haicang?'])('%s after an answer', (text) => {
    expect(read(text, { previousIntent: 'knowledge' }).intent).toBe('knowledge');
  });
  it('during a search it refines the search', () => {
    expect(read('那海沧呢', { previousIntent: 'find_slots', searching: true }).intent).toBe('find_slots');
  });
  it('with a day it is a search', () => {
    expect(searches('那海沧周六呢', { previousIntent: 'knowledge' })).toBe(true);
  });
});
