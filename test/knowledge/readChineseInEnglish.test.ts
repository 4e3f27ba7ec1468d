import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { plainEnglish, readChineseInEnglish } from '../../src/knowledge/readChineseInEnglish.ts';

describe('readChineseInEnglish', () => {
  it('reads Chinese words in an English message as the English documents say them', () => {
    expect(readChineseInEnglish('Is there a 押金 to pay when booking?')).toContain('deposit');
    expect(readChineseInEnglish('How long is the 半日托 exactly?')).toContain('half-day care');
    expect(readChineseInEnglish('my baby has 手足口, what should I do')).toContain('hand foot and mouth');
    // Minnan words are read as the documents' word first (阿嬷 -> 奶奶 -> grandma).
    expect(readChineseInEnglish('Can 阿嬷 pick up my son?')).toContain('grandma');
  });

  it('gives the English index terms it can match', () => {
    const terms = extractTerms(readChineseInEnglish('If my daughter 一直哭 after I leave, what do the teachers do?'));
    expect(terms).toContain('cry');
    expect(terms).not.toContain('哭');
  });

  it('leaves a message in one script alone, and an unknown Chinese word as written', () => {
    expect(readChineseInEnglish('Is there a deposit?')).toBe('Is there a deposit?');
    expect(readChineseInEnglish('周末有位吗')).toBe('周末有位吗');
    expect(readChineseInEnglish('we live near 鼓浪屿')).toContain('鼓浪屿');
  });

  it('reads a code-switched pattern as plain English', () => {
    expect(plainEnglish('tantrums?|meltdowns?')).toBe('tantrums');
    expect(plainEnglish('potty(?: training)?|toilet training')).toBe('potty training');
    expect(plainEnglish('drop[- ]?off|dropping (?:him|her|them) off')).toBe('drop off');
  });
});
