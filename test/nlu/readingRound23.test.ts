import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// A child who reaches the minimum age later: booking ahead is the age rule (counted on the session date), not a search
// on the day the age is reached.
describe('booking ahead of an age reached', () => {
  it.each([
    '宝宝12月10号才满6个月 现在可以先book吗 还是要等满了才行',
    '寶寶下週才滿六個月 是預約當天要滿還是托育那天滿就好',
    'my son turns 6 months on dec 10th. can I already book a saturday after that or do I have to wait?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.dateRange).toBeUndefined();
  });

  it('keeps a search that names its place or asks for places', () => {
    expect(understand('满6个月了 周六有位吗', ctx).intent).toBe('find_slots');
    expect(understand('宝宝下周满6个月 这周六湖里有半日托吗', ctx).intent).toBe('find_slots');
  });
});

// A second question announced with 另外/顺便 is answered even when it is asked with a question word, not a particle.
describe('a second question announced', () => {
  it.each([
    ['教室里有监控吗 另外两岁的孩子一天看多久电视合适', '两岁的孩子一天看多久电视合适'],
    ['教室裡有監控嗎 另外兩歲的孩子一天看多久電視合適', '兩歲的孩子一天看多久電視合適'],
  ])('%s', (text, second) => {
    const u = understand(text, ctx);
    expect(u.requests?.map((r) => r.text)).toEqual([expect.stringMatching(/^教室/), second]);
  });

  it('keeps one question in two unannounced parts', () => {
    expect(understand('教室里有监控吗 两岁的孩子一天看多久电视合适', ctx).requests).toBeUndefined();
  });
});

// One decider for "booking before the minimum age": the reading rule, the rule-question list and the answer all ask it.
describe('asksBookingBeforeMinimumAge', () => {
  it('is the age rule, not when booking opens', async () => {
    const { askedRules, asksBookingBeforeMinimumAge } = await import('../../src/nlu/ruleQuestions.ts');
    expect(asksBookingBeforeMinimumAge('my son turns 6 months on dec 10th. can I already book')).toBe(true);
    expect(askedRules('my son turns 6 months on dec 10th. can I already book')).not.toContain('bookingOpens');
    expect(asksBookingBeforeMinimumAge('满6个月了 周六有位吗')).toBe(false);
  });
});
