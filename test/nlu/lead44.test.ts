import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { ageWordsIn, parseAge } from '../../src/nlu/parseAge.ts';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 44 (lead): what parents' words mean, on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const dates = (text: string) => parseDates(text, ctx.now, ctx.timeZone).dateRange;

describe('the part of the day the family is busy is the reason for the other one', () => {
  it.each([
    ['算了 下午吧 他上午要补觉', 'afternoon'],
    ['上午有事 下午呢', 'afternoon'],
    ['下午要打疫苗 上午有位吗', 'morning'],
  ] as const)('%s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });
  it('both parts asked for are still neither', () => {
    expect(parsePartOfDay('上午下午都可以')).toBeUndefined();
  });
  it('a correction to the afternoon during a search is a search', () => {
    const u = understand('算了 下午吧 他上午要补觉', { ...ctx, searching: true, previousIntent: 'find_slots' });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.partOfDay).toBe('afternoon');
  });
});

describe('the n-th weekend day of a month is that day, not the coming one', () => {
  it.each([
    ['一月份第一个周六 思明有半日托吗', { from: '2027-01-02', to: '2027-01-02' }],
    ['元月第一个周末', { from: '2027-01-02', to: '2027-01-03' }],
    ['12月最后一个周日有位吗', { from: '2026-12-27', to: '2026-12-27' }],
    ['12月第二个周六', { from: '2026-12-12', to: '2026-12-12' }],
    ['the first saturday of january in siming', { from: '2027-01-02', to: '2027-01-02' }],
    ['last sunday of december', { from: '2026-12-27', to: '2026-12-27' }],
    ['first weekend of january', { from: '2027-01-02', to: '2027-01-03' }],
  ])('%s', (text, range) => {
    expect(dates(text)).toEqual(range);
  });
  it('a plain Saturday is still the coming one', () => {
    expect(dates('周六思明有位吗')).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
});

describe('a no-show told in colloquial words is the no-show rule', () => {
  it.each(['要是放了三次鸽子 是不是以后就不能约了', '放了两次鸽子会不会被拉黑'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('ages in weeks', () => {
  it.each([
    ["sorry she's actually 10 weeks, not 6", 2],
    ['my 6 week old has a rash', 1],
    ['a 10-week-old baby', 2],
    ['宝宝六周大 晚上老醒', 1],
  ])('%s', (text, months) => {
    expect(parseAge(text).childAgeMonths).toBe(months);
  });
  it.each(['she has had a rash for 3 weeks', 'he started 2 weeks ago'])('a duration is no age: %s', (text) => {
    expect(parseAge(text).childAgeMonths).toBeUndefined();
  });
  it('"she is 10 weeks, not 6" corrects the age without an apology', () => {
    const u = understand('she is 10 weeks, not 6', { ...ctx, previousIntent: 'knowledge' });
    expect(u.slots.followUpChange).toBe('age');
    expect(u.slots.childAgeMonths).toBe(2);
  });
  it.each([
    ["sorry she's actually 10 weeks, not 6", '10 weeks'],
    ['不好意思我说错了 是一岁八个月', '一岁八个月'],
    ["sorry she's 20mo not 10", '20 months'],
  ])('the corrected age is said back in the parent’s unit: %s', (text, words) => {
    expect(ageWordsIn(text)).toBe(words);
  });
});

describe('"grow out of" is one word, and "he\'ll" is not "hell"', () => {
  it('reads outgrow', () => {
    expect(extractTerms('will he grow out of it?')).toContain('outgrow');
    expect(extractTerms('language grows fast')).not.toContain('outgrow');
  });
  it.each([
    ["is it something he'll grow out of?", 'hell'],
    ["I'll be late", 'ill'],
  ])('%s has no %s', (text, wrong) => {
    expect(extractTerms(text)).not.toContain(wrong);
  });
});
