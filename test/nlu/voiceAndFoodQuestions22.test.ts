import { describe, expect, it } from 'vitest';
import { parsePlace } from '../../src/nlu/parsePlace.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Round 22: district names as voice typing writes them (lexicon/misheardPlaces.ts); a question about sugar or honey
 * for a baby is a parenting question even when the message says "help"; a phone the child watches is no point phone.
 */
describe('misheard district names', () => {
  it.each([
    ['hey can you find they care in sham ming this saturday afternoon', 'siming'],
    ['day care in see ming saturday morning', 'siming'],
    ['temporary care in who lee this sunday morning', 'huli'],
    ['anything in gee may on saturday', 'jimei'],
    ['hi tsang sunday afternoon', 'haicang'],
  ])('%s → %s', (text, district) => {
    expect(parsePlace(text).district).toBe(district);
  });
});

describe('parenting questions that mention help or a phone', () => {
  it.each([
    'my mother in law came to help us and she puts sugar in his porridge every morning. Is the sugar ok for him?',
    'can I add a little honey to my 8 month old porridge?',
    'My mother in law walks after our toddler with a spoon, and he only eats if the cartoons are playing on the phone. How do we stop it?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('"not this Saturday, the next one" is next Saturday', () => {
  it.each([
    ['sorry not this Saturday the next one', '2026-12-05', '2026-11-28'],
    ['oops not this Sunday, the one after', '2026-12-06', '2026-11-29'],
  ])('%s', (text, date, not) => {
    const u = understand(text, ctx);
    expect(u.slots.dateRange?.from).toBe(date);
    expect(u.slots.negated?.dateRange?.from).toBe(not);
  });
});
