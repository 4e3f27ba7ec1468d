import { describe, expect, it } from 'vitest';
import { parseOrdinal } from '../../src/nlu/parseOrdinal.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 17 (outside writers): counting occurrences is no pick from a list.
describe('"a third time" is no list pick', () => {
  it.each(['and if it happens a third time what exactly happens', 'what if we miss a second time?'])('%s', (text) => {
    expect(parseOrdinal(text)).toBeUndefined();
  });
  it('"the third one" still is', () => {
    expect(parseOrdinal('the third one please')).toBe(3);
  });
});

describe('twins named as whom a booking is for ask for that booking', () => {
  it('a date and the twins: a booking of that day, not the sibling rule', () => {
    const u = understand('Could I book Saturday 19 December for the twins? We have a Christmas party that day', ctx);
    expect(u.intent).toBe('book');
    // A Christmas party is an event, not the 25th.
    expect(u.slots.dateRange).toEqual({ from: '2026-12-19', to: '2026-12-19' });
  });
  it('twins asked about in general stay a question', () => {
    expect(understand('Do twins need separate places?', ctx).intent).toBe('knowledge');
  });
  it('Christmas day itself is still a date', () => {
    expect(understand('can we book Christmas day?', ctx).slots.dateRange).toEqual({ from: '2026-12-25', to: '2026-12-25' });
  });
});

describe('whom a search is for, told after it, is that search', () => {
  it.each(['拜六下午湖里有位无 要带阮孙仔去 伊两岁', '周六上午思明有位吗 带孙女去 她两岁'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.requests).toBeUndefined();
    expect(u.slots.childAgeMonths).toBe(24);
  });
  it('a concern told after a search is still its own question', () => {
    const u = understand('周六上午思明有位吗 孩子两岁了还不会说话', ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['find_slots', 'knowledge']);
  });
});

describe('two questions announced as such are two', () => {
  it('the count before them is no part of the first', () => {
    expect(splitSegments('Two things: what time does booking close? And is it normal that she is not walking')[0]).toBe('what time does booking close?');
  });
  it('"And is it normal…" after a question with its mark is a second question', () => {
    const u = understand(
      "Two things: what time does booking close for Sunday sessions? And is it normal that my 15mo still isn't walking, my mum is worried",
      ctx,
    );
    expect(u.requests?.length).toBe(2);
  });
});
