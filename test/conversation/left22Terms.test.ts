import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

describe('Taiwan words are read as the documents’ word when the answer checks the question’s topic', () => {
  it('幼稚園 is 幼儿园', () => {
    expect(keyWords('跟幼稚園一樣嗎')).toContain('幼儿园');
  });
});
