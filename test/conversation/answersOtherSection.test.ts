import { describe, expect, it } from 'vitest';
import { joinSectionPieces, type Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { renderUnits, sentenceNaming } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

/**
 * Round 10 (parenting10): the fact asked often sits in another section of the answering document, or in the other
 * piece of a long section, than the one quoted.
 */
const piece = (heading: string, text: string, chunk: number, questionMatch?: number): Passage => ({
  docId: 'parenting-toddler-nutrition',
  title: 'Drinks',
  heading: `Drinks > ${heading}`,
  source: 'knowledge/en/parenting-toddler-nutrition.md',
  language: 'en',
  text,
  questions: [],
  questionMatch,
  chunk,
});

describe('the pieces of one long section are quoted as one', () => {
  it('joins them in the document order where the first found stood, without the repeated overlap', () => {
    const tail = piece('Cow milk', 'then the next a few days later;\nGoat or soy drinks are not straight swaps.', 12, 0.4);
    const head = piece('Cow milk', 'From 12 months whole milk.\n- Switch gradually, one bottle, then the next a few days later;', 11, 0.3);
    const other = piece('Juice', 'At most 120 ml of juice.', 14);
    const joined = joinSectionPieces([tail, other, head]);
    expect(joined.map((p) => p.heading)).toEqual(['Drinks > Cow milk', 'Drinks > Juice']);
    expect(joined[0]!.text).toBe(
      'From 12 months whole milk.\n- Switch gradually, one bottle, then the next a few days later;\nGoat or soy drinks are not straight swaps.',
    );
    expect(joined[0]!.questionMatch).toBe(0.4);
  });
  it('leaves passages of different sections as they were', () => {
    const a = piece('Cow milk', 'Whole milk.', 1);
    const b = piece('Juice', 'Juice.', 2);
    expect(joinSectionPieces([a, b])).toEqual([a, b]);
  });
});

describe('a sentence of another section naming what the quote left out', () => {
  const doctor = '出现以下情况，建议咨询儿保医生：\n\n- 约9个月还不能独坐；\n- 走路总是踮脚尖，或者明显跛行；\n- 总是只用一侧的手或脚。';
  it('quotes the sign with its lead-in when it names the missing word beside one the quote holds', () => {
    const s = sentenceNaming(doctor, ['脚尖'], ['走路'], 90);
    expect(renderUnits(s.units)).toBe('出现以下情况，建议咨询儿保医生：\n• 走路总是踮脚尖，或者明显跛行；');
  });
  it('quotes nothing when the sentence holds only the missing word, or only the quoted one', () => {
    expect(sentenceNaming(doctor, ['脚尖'], ['翻身'], 90).units).toEqual([]);
    expect(sentenceNaming(doctor, ['跳舞'], ['走路'], 90).units).toEqual([]);
  });
  it('counts a word only as written, not through a broad concept ("bottle" is not "formula")', () => {
    const text = '- Put the bottles away out of sight; cuddle rather than giving the bottle back;';
    const key = keyWords('do we switch from formula to cows milk overnight? pediatrician back home said just swap');
    expect(key).toContain('back');
    expect(sentenceNaming(text, ['back', 'home'], ['formula', 'milk'], 200).units).toEqual([]);
  });
});
