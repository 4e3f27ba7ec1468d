import { describe, expect, it } from 'vitest';
import { parseOrdinal } from '../../src/nlu/parseOrdinal.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 53 (pare53): English and code-mixed parenting. */
describe('a time counted in a span is no pick from a list', () => {
  it.each([
    'my 2 year old bit another kid at playgroup today, second time this month. how do i handle it',
    'she hit her cousin again, third time today, what do i do',
    'he threw his plate on the floor, second time already. how do i stop it',
  ])('%s', (text) => {
    expect(parseOrdinal(text.toLowerCase())).toBeUndefined();
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('the second time slot is still a pick', () => {
    expect(parseOrdinal('the second time slot please')).toBe(2);
  });
});

describe('a child numbered in the family is no pick from a list', () => {
  it.each([
    'baby #2 due in 3 months and our 22 month old is still in the cot we want for the baby. when should we move him to a bed?',
    'kid number 2 arrives in march, how do we prepare our toddler?',
  ])('%s', (text) => {
    expect(parseOrdinal(text.toLowerCase())).toBeUndefined();
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('"#2" and "option 2" alone are still picks', () => {
    expect(parseOrdinal('book #2')).toBe(2);
    expect(parseOrdinal('option 2')).toBe(2);
  });
});
