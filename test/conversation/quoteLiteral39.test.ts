import { describe, expect, it } from 'vitest';
import { conceptTerms, contentWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { quoteAnswer, renderUnits, splitUnits } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { readSection } from '../helpers/knowledgeSection.ts';

/**
 * Round 39 (lead39): a word the parent wrote is heard when a quoted sentence says it, not only a synonym of it; and a
 * sentence that opens in bold ("**Prevention**: …") is a sentence of its own, not the tail of the one before.
 */
const words = (q: string) => [...contentWords(q), ...conceptTerms(q)];

describe('a sentence opening in bold starts a new unit', () => {
  it('splits "… feet. **Prevention**: when …" into two sentences', () => {
    const units = splitUnits('Most recover in about a week. **Prevention**: when there are cases in the group, wash hands often.');
    expect(units.map((u) => u.text)).toEqual(['Most recover in about a week.', 'Prevention: when there are cases in the group, wash hands often.']);
    expect(units[1]!.bold).toBe(true);
  });
});

describe('the parent’s own word is quoted where the section says it', () => {
  it('"is it contagious?" of the colds and hand-foot-mouth section quotes that HFMD is very contagious', () => {
    const q = 'is it contagious?';
    const text = readSection('en', 'parenting-fever-illness', 'What should I know about colds, hand, foot and mouth disease, and diarrhoea?').text;
    const out = renderUnits(quoteAnswer(text, { words: words(q), related: [], question: q, limit: 750 }));
    expect(out).toMatch(/HFMD is very contagious/);
  });
});
