import { describe, expect, it } from 'vitest';
import { readChineseInEnglish } from '../../src/knowledge/readChineseInEnglish.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 41 (par41e): a week or a weekend inside the story of a parenting question is when it happened, not a time for care.
describe('a day told in the story of a parenting question', () => {
  it.each([
    'my son is 2 years 3 months and climbed out of his cot twice this week. time for a toddler bed?',
    'grandpa let my 2yo drink cola at the weekend, is it a big deal?',
    '孩子这周从婴儿床爬出了两次 要换儿童床吗',
  ])('is a question: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('still searches when places are asked for', () => {
    expect(understand('my son climbed out of his cot, any places saturday in huli?', ctx).intent).toBe('find_slots');
  });
});

// Round 41 (par41e): what grandparents do, named in Chinese inside English, is read with the English documents' words.
describe('Chinese words in an English parenting question', () => {
  it.each([
    ['nainai 嚼 the food first then feeds it to him', 'chews'],
    ["can't cut baby's 指甲 before 满月", 'nails'],
    ['laoye gave him 可乐', 'cola'],
    ['nainai says 光脚 is bad', 'barefoot'],
  ])('%s', (text, word) => {
    expect(readChineseInEnglish(text)).toContain(word);
  });
});
