import { describe, expect, it } from 'vitest';
import { readChineseInEnglish, readPinyin } from '../../src/knowledge/readChineseInEnglish.ts';

/** Round 22: pinyin in an English message is read as the English documents' words (lexicon/pinyinWords.ts). */
describe('readPinyin', () => {
  it.each([
    ['nai zui in his mouth all day', 'pacifier in his mouth all day'],
    ['will it ruin his ya chi', 'will it ruin his teeth'],
    ['ayi zhui zhe wei fan every meal', 'ayi chasing with the spoon to feed every meal'],
    ['wo de baobao is 20 months', 'wo de baby is 20 months'],
    ['ayi says shai tai yang is good', 'ayi says sun is good'],
  ])('%s', (input, read) => {
    expect(readPinyin(input)).toBe(read);
    expect(readChineseInEnglish(input)).toBe(read);
  });

  it('leaves English words that only contain the letters alone', () => {
    expect(readPinyin('Is the yacht club open? Mayachi is her name')).toBe('Is the yacht club open? Mayachi is her name');
  });
});

describe('pinyin read as English (round 29)', () => {
  it.each([
    ['guomin foods like egg need to wait until 1 sui?', 'allergy'],
    ['baby 6 ge yue le, fushi should start with what?', 'months'],
    ['baobao bianmi 4 days what to do', 'constipation'],
    ['my son has shizhen on his cheeks', 'eczema'],
    ['can I touch the xinmen when washing hair', 'fontanelle'],
    ['is a xuebuche ok for 9 months', 'baby walker'],
  ])('%s → %s', (q, word) => {
    expect(readChineseInEnglish(q)).toContain(word);
  });
});
