import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { RULE_QUESTIONS } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 51, pol51: service questions — the age asked with no topic word, pouring rain, 最迟 — on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('pouring rain is the weather that may close a point: a question, not a search', () => {
  it.each(["if it's pouring on saturday is the half day still on?", 'what if there is a downpour on sunday, do they still open?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('places asked for stay a search', () => {
    expect(understand('any places on sunday morning in huli?', ctx).intent).toBe('find_slots');
  });
});

describe('the age asked with a word the lexicon takes as no topic', () => {
  it.each(['多大的娃可以送过去', '多大的能去啊', '娃多大能去'])('%s reads the age concept', (text) => {
    expect(extractTerms(text)).toContain('~ageAsked');
  });
  it('the residence rule is not the age concept', () => {
    expect(extractTerms('户口不在这边 孩子能不能去')).not.toContain('~ageAsked');
  });
});

describe('最迟 asks the cancel deadline like 最晚', () => {
  it.each(['最迟什么时候取消不算违约', '取消最迟要提前多久'])('%s', (text) => {
    expect(RULE_QUESTIONS.cancelDeadline.test(text)).toBe(true);
  });
  it('a plain cancel request asks no deadline', () => {
    expect(RULE_QUESTIONS.cancelDeadline.test('帮我取消周六的预约')).toBe(false);
  });
});
