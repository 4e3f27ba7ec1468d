import { describe, expect, it } from 'vitest';
import { answeredByServiceRule } from '../../src/nlu/answeredByServiceRule.ts';
import { asksBeforeBooking } from '../../src/nlu/asksBeforeBooking.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { understand } from '../../src/nlu/understand.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};

// Round 28 (pol28): a parent who says they will book and asks first, a plan told after "may I?", what a class is asked
// with an age, the ages a class takes, booking next month first, a diagnosed condition in English, another adult taking
// the child — questions, answered, not searches.
describe('asked before booking', () => {
  it.each([
    '周六morning想book 但想先问下 去之前要做什么准备 要带什么',
    '想book感统课 但想先问下多大的baby可以上',
    '想约周日的半日托 预约之前想了解一下 要自己带饭吗',
    "I'd like to book Saturday morning but first, do I need to stay with her?",
  ])('%s', (text) => {
    expect(searches(text)).toBe(false);
    expect(['knowledge', 'can_attend']).toContain(understand(text, ctx).intent);
  });

  it('the class named before the question is the question’s setting', () => {
    const u = understand('想book感统课 但想先问下多大的baby可以上', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.[0]?.text).toContain('感统课');
  });

  it('places asked for first stay a search', () => {
    expect(understand('先问一下 周六上午湖里有位吗', ctx).intent).toBe('find_slots');
    expect(searches('周六上午湖里有位吗 另外孩子咳嗽能去吗')).toBe(true);
  });

  it('reads the words that ask first', () => {
    expect(asksBeforeBooking('但想先问下')).toBe(true);
    expect(asksBeforeBooking('before i book, is there parking?')).toBe(true);
    expect(asksBeforeBooking('周六上午湖里有位吗')).toBe(false);
  });
});

describe('a plan told after "may I?"', () => {
  it('is one question about the plan', () => {
    const u = understand('可以两个点都约吗 周六约湖里的 周日约思明的 会不会冲突', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests).toHaveLength(1);
  });
  it('bare days and places after the question are still searches', () => {
    expect(searches('能不能周六周日都约 周六湖里 周日思明')).toBe(true);
    expect(understand('可以约两个吗 周六湖里的 帮我约', ctx).intent).toBe('book');
  });
});

describe('questions about classes, the booking window and who may come', () => {
  it.each([
    '感统训练到底是练什么的 我家两岁能上吗',
    '最多可以提前多久預約 下個月的可以先約嗎',
    'My daughter has Down syndrome. Is she able to join the weekend care?',
    'my son is autistic, can he come to temporary care?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
    expect(searches(text)).toBe(false);
  });

  it('a class for a child of an age with no question about the class stays that check', () => {
    expect(understand('两岁能上感统课吗', ctx).intent).toBe('can_attend');
    expect(understand('周六湖里有感统课吗', ctx).intent).toBe('find_slots');
  });

  it('another adult taking the child there and collecting is asked of the service', () => {
    const q = (s: string) => answeredByServiceRule(normalizeText(toSimplified(s)));
    expect(q('Our ayi will bring him on Saturday and pick him up, is that allowed?')).toBe(true);
    expect(q('should I pick him up every time he cries?')).toBe(false);
  });
});
