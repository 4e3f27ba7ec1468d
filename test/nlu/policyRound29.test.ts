import { describe, expect, it } from 'vitest';
import { parseService } from '../../src/nlu/parseService.ts';
import { asksInTheirSituation } from '../../src/nlu/situationAsked.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};

// Round 29 (pol29): the family's situation asked with a booking word or a district — where a parent works, a child only
// visiting, a full session weighed ahead, a child's age with the weekend in general — are questions, not searches.
describe('the family’s situation asked', () => {
  it.each([
    '那我在思明上班 能送到思明那边的点吗',
    '我在湖里工作 孩子可以送到湖里的点吗',
    'I work in Siming, can we use the points there?',
    "can I book for my nephew who is visiting for a week? he's 2",
    "could we bring our niece who's staying with us over the holidays?",
    '外甥来厦门玩一周 能给他约吗',
    'If Saturday morning is full, can I join a waiting list?',
  ])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });

  it('places asked for, or a booking told, stay searches', () => {
    expect(searches('我在思明上班 周六上午能约思明的吗')).toBe(true);
    expect(searches('my nephew is visiting, book Saturday morning in Huli')).toBe(true);
    expect(searches('周六上午湖里有位吗')).toBe(true);
  });

  it('reads the situation words', () => {
    expect(asksInTheirSituation('那我在思明上班 能送到思明那边的点吗')).toBe(true);
    expect(asksInTheirSituation('周六上午思明的半日托')).toBe(false);
  });
});

describe('an age asked of a kind of care or the weekend in general', () => {
  it.each(['宝宝11个月 weekend half-day可以送吗', '11个月的宝宝周末可以送半日托吗', '宝宝11个月 半日托可以送吗'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('can_attend');
    expect(u.slots.dateRange).toBeUndefined();
  });

  it('a day or a place named keeps the search with the age', () => {
    expect(understand('宝宝5个月，周六能送去半日托吗', ctx).intent).toBe('find_slots');
    expect(understand('宝宝11个月 这周六上午湖里半日托可以送吗', ctx).intent).toBe('find_slots');
    expect(understand('宝宝两岁 周末还有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('体能 across a word boundary is no class', () => {
  it.each(['我们家情况 具体能拿多少', '孩子身体能去吗'])('%s', (text) => {
    expect(parseService(text).classTitle).toBeUndefined();
  });
  it('the class is still read', () => {
    expect(parseService('体能课周六有吗').classTitle).toBe('gross_motor');
  });
});
