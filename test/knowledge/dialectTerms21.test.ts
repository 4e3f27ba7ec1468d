import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';

/** Round 21: retrieval reads Cantonese and Minnan words as the Mandarin the documents use (src/text/dialectWords.ts). */
describe('dialect words in retrieval (round 21)', () => {
  it('仲未識行 finds the documents’ 走路', () => {
    expect(extractTerms('仲未识行')).toContain('走路');
  });

  it('整粒 reads as the documents’ 整颗', () => {
    expect(extractTerms('整粒花生')).toEqual(extractTerms('整颗花生'));
  });

  it('打乞嗤 reads as 打喷嚏', () => {
    expect(extractTerms('成日打乞嗤')).toContain('喷嚏');
  });
});
