import { describe, expect, it } from 'vitest';
import { keyWords, mentions, searchable } from '../../src/conversation/dialogue/answers/questionTerms.ts';

describe('a Taiwan word is mentioned by the documents’ word for it when an answer checks the question’s topic', () => {
  it('幼稚園 is mentioned by 幼儿园', () => {
    const [word] = keyWords('跟幼稚園一樣嗎');
    expect(mentions(searchable('爱邻护幼不是幼儿园，也不是全日托'), word!)).toBe(true);
  });
  it('a word the text does not hold is still not mentioned', () => {
    expect(mentions(searchable('爱邻护幼不是全日托'), '幼稚园')).toBe(false);
  });
});
