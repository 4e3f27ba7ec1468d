import { describe, expect, it } from 'vitest';
import { askedPart } from '../../src/conversation/dialogue/answers/askedPart.ts';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

/**
 * Round 21 (outside writer, English): a question told inside a story is read by the sentences that ask when the whole
 * story finds no section; Singlish particles, the child ("my girl") and the family's helper are no topic of a question.
 */
describe('the sentences that ask', () => {
  // (One rule since round 24: askedPart.ts, which also reads voice-typed clauses; its own tests are in askedPart24.test.ts.)
  it('keeps the asking sentence of a story', () => {
    expect(
      askedPart(
        'My girl was born at 31 weeks. Before I book anything I want to know: how many babies does one carer look after? She still needs a lot of attention.',
      ),
    ).toBe('Before I book anything I want to know: how many babies does one carer look after?');
  });
  it('has nothing to say when every sentence asks or none does', () => {
    expect(askedPart('How many babies per carer? Is it the same at weekends?')).toBeUndefined();
    expect(askedPart('She is 10 months. She was premature.')).toBeUndefined();
  });
});

describe('words around a question that are no topic', () => {
  it('Singlish particles, the child and stems of frame words', () => {
    const key = keyWords(
      'Hi, paiseh to ask lah My girl 2 years already still got use pacifier, whole day in mouth. My mother say cannot, teeth will become ugly.',
    );
    expect(key).toContain('pacifier');
    for (const w of ['paiseh', 'lah', 'girl', 'whol', 'cannot', 'becom', 'ugli']) expect(key).not.toContain(w);
  });
});
