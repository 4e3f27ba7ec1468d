import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

/**
 * Round 23 (lossp): abbreviations name a topic as nouns do (jieba tags 医保, 社保, 居住证 "j"): "少儿医保在厦门要去哪里办"
 * is about medical insurance, which a passage must name to answer it. A total asked for ("一共有多少个点") is a frame.
 */
describe('answer key words (round 23)', () => {
  it('keeps an abbreviation as a topic word', () => {
    expect(keyWords('宝宝刚出生两个月 少儿医保在厦门要去哪里办')).toContain('医保');
    expect(keyWords('要交社保才能去吗')).toContain('社保');
  });

  it('leaves a total asked for out', () => {
    expect(keyWords('那全厦门一共有多少个点')).not.toContain('一共');
  });
});
