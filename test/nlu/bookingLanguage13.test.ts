import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 13, booking language: what a parent's words ask for (Wednesday 25 Nov 2026 in Xiamen). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('taking the child to a place named is a search, not a rule about bringing things', () => {
  it.each([
    ['can I bring her to Huli on Saturday?', 'huli', '2026-11-28'],
    ['could we bring him to Siming on Sunday morning?', 'siming', '2026-11-29'],
    ['下周六下午能带她去思明那边吗', 'siming', '2026-12-05'],
    ['禮拜六可以帶她去湖里嗎', 'huli', '2026-11-28'],
    ['这周六 can I bring her to 海沧?', 'haicang', '2026-11-28'],
  ])('%s', (text, district, date) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
    expect(u.slots.dateRange?.from).toBe(date);
  });
  it.each(['can I bring her bunny to Huli on Saturday?', '周六带她去湖里要带什么'])('%s still asks what may be brought', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('both weekend days told with a place are places asked for on both days', () => {
  it.each([
    ['周六周日都约 湖里上午', 'huli'],
    ["we'd like both Saturday and Sunday afternoons in Jimei", 'jimei'],
  ])('%s', (text, district) => {
    const u = understand(text, ctx);
    expect(['find_slots', 'book']).toContain(u.intent);
    expect(u.slots.district).toBe(district);
    expect(u.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-29' });
  });
  it('asked whether allowed, with no place, it is still the weekly limit', () => {
    expect(understand('周六周日都能约吗', ctx).intent).toBe('knowledge');
  });
});

describe('a weekend named by a holiday is that holiday’s weekend', () => {
  const tz = 'Asia/Shanghai';
  it.each([
    ['元旦 weekend 1月2号', '2027-01-02', '2027-01-02'],
    ['元旦那个周末 1月2号 湖里有吗', '2027-01-02', '2027-01-02'],
    ['anything on new year weekend, sat jan 2, in haicang?', '2027-01-02', '2027-01-02'],
    ['元旦周末湖里有位吗', '2027-01-02', '2027-01-03'],
  ])('%s', (text, from, to) => {
    expect(parseDates(text, now, tz).dateRange).toEqual({ from, to });
  });
  it('New Year’s Day alone is still that day, and a plain weekend still this one', () => {
    expect(parseDates('元旦那天有吗', now, tz).dateRange).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(parseDates('周末湖里有位吗', now, tz).dateRange).toEqual({ from: '2026-11-28', to: '2026-11-29' });
  });
});

describe('"yes, both" in a family of two is a booking for both children', () => {
  const family = { ...ctx, childNames: ['Emma', 'Noah'] };
  it.each(['Yes please, both', '好的 两个都要', '好 兩個都約', 'ok 都约', 'both'])('%s', (text) => {
    const u = understand(text, family);
    expect(u.intent).toBe('book');
    expect(u.slots.allChildren).toBe(true);
  });
  it('with one child, "both" is not about children', () => {
    expect(understand('Yes please, both', { ...ctx, childNames: ['Emma'] }).intent).not.toBe('book');
  });
});

describe('a younger sibling asked to come along beside a search is a question about that age', () => {
  const family = { ...ctx, childNames: ['小米'] };
  it('an age told alone before the question goes with the question', () => {
    expect(splitSegments('下周日海沧还有位置吗 另外小的才4个月 能一起送过去吗')).toEqual(['下周日海沧还有位置吗', '小的才4个月 能一起送过去吗']);
  });
  it.each([
    ['这周日集美有位吗？顺便问一下我家老二才5个月能一起送吗', 'jimei', 5],
    ['下周日海沧还有位置吗 另外小的才4个月 能一起送过去吗', 'haicang', 4],
    ['這週六湖里有位置嗎？弟弟才3個月可以一起托嗎', 'huli', 3],
    ["Is there space in Tong'an this Sunday? Also can my 4 month old come along too?", 'tongan', 4],
  ])('%s', (text, district, age) => {
    const u = understand(text, family);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
    // The search is for the registered child, not the baby's age.
    expect(u.slots.childAgeMonths).toBeUndefined();
    const asked = u.requests?.find((q) => q.intent === 'can_attend');
    expect(asked?.slots.childAgeMonths).toBe(age);
    expect(asked?.slots.wantsCare).toBe(true);
  });
  it('during a search, the same child’s age alone still refines it', () => {
    const searching = { ...family, searching: true };
    expect(understand('宝宝8个月也可以去吗', searching).intent).toBe('find_slots');
    expect(understand('can my 4 month old come along too?', searching).intent).toBe('can_attend');
  });
});
