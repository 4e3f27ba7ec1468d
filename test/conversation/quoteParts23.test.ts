import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { quoteAnswer, renderUnits, wordsAsked } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { readSection } from '../helpers/knowledgeSection.ts';

/**
 * Round 23 (cov23e): a question told as a story then asked in two parts hears both parts; a "how can I…" answered from a
 * section that is a list of steps with no lead-in hears the steps, not one step and a closing remark.
 */
const quote = (lang: 'zh' | 'en', doc: string, heading: string, question: string, limit = 750) =>
  renderUnits(quoteAnswer(readSection(lang, doc, heading).text, { words: contentWords(question), related: [], question, limit }));

describe('the words a told-then-asked question asks', () => {
  it('are the asking sentence’s, when another sentence only tells', () => {
    const q = 'She is teething and crying at night. Can I use an amber necklace or a numbing gel?';
    const asked = wordsAsked(q, contentWords(q));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((w) => /gel/.test(w))).toBe(true);
    expect(asked.some((w) => /cry/.test(w))).toBe(false);
  });
  it('are none when every sentence asks, or none does', () => {
    expect(wordsAsked('Can I use a gel? Is amber ok?', contentWords('Can I use a gel? Is amber ok?'))).toEqual([]);
    expect(wordsAsked('teething gel for a baby', contentWords('teething gel for a baby'))).toEqual([]);
  });
});

describe('both parts of a told-then-asked question are quoted', () => {
  it('teething: amber necklaces and numbing gels, not the fever sentence the story’s crying meets', () => {
    const out = quote(
      'en',
      'parenting-teething-oral-care',
      'What are the signs of teething, and how can I soothe a teething baby?',
      'My daughter is cutting teeth and cries every night, poor thing. Are amber necklaces or teething gels ok to use?',
    );
    expect(out).toMatch(/necklace/i);
    expect(out).toMatch(/gels? .*not recommended/i);
  });
});

describe('a list of steps with no lead-in is the answer to what to do', () => {
  it('settling into childcare: several steps in order', () => {
    const out = quote(
      'en',
      'parenting-separation-anxiety',
      'How can I help my child settle into a childcare point for the first time?',
      'My boy goes to weekend care for the first time soon and hates being apart from me. How can I help him cope?',
    );
    expect(out.match(/^• /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(out).toMatch(/Build up gradually/);
  });
});
