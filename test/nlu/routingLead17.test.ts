import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 17, the lead's routing fixes from the outside sets (Wednesday 25 Nov 2026). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('an age written with a decimal point is an age, not a date', () => {
  it.each(['2.5yo throws herself on the floor at the supermarket every time, what do I do in the moment??', 'my 1.5 year old hits me when I say no'])(
    '%s',
    (text) => {
      const u = understand(text, ctx);
      expect(u.slots.dateRange).toBeUndefined();
      expect(u.intent).toBe('knowledge');
    },
  );
  it('12.5 beside a part of day and a district is still 5 December', () => {
    expect(understand('12.5 morning siming', ctx).slots.dateRange).toEqual({ from: '2026-12-05', to: '2026-12-05' });
  });
});

describe('Cantonese, as Hong Kong families type it, is read', () => {
  it('a sleep question (瞓, 放低就喊, 點算好) is a question, not a search', () => {
    const u = understand('BB而家九個月 晚晚都要抱住先瞓 一放低就喊 點算好', ctx);
    expect(u.intent).toBe('knowledge');
  });
});

describe('a day that is a clinic visit or a family outing is not a day to search', () => {
  it('waiting for the children’s clinic tomorrow morning', () => {
    expect(understand('那可以等明天早上小兒科開門再去嗎', ctx).intent).not.toBe('find_slots');
  });
  it('a beach trip this weekend with a sunscreen question', () => {
    const u = understand("We're going to the beach at Zengcuo'an this weekend with our 4 month old. Can I use sunscreen on him? which kind?", ctx);
    expect(u.intent).toBe('knowledge');
    expect((u.requests ?? []).some((q) => q.intent === 'find_slots')).toBe(false);
  });
  it('a search that names the weekend and a district is still a search', () => {
    expect(understand('周六上午思明有位吗', ctx).intent).toBe('find_slots');
    expect(understand('any places this weekend near the beach in Siming?', ctx).intent).toBe('find_slots');
  });
});
