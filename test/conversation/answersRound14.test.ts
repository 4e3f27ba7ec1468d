import { describe, expect, it } from 'vitest';
import { withoutDoctorFrame } from '../../src/conversation/dialogue/answers/answerKind.ts';
import { headingAgeRange } from '../../src/knowledge/ageRange.ts';
import { classifyIntent } from '../../src/nlu/classifyIntent.ts';
import { quoteAnswer, renderUnits } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { contentWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

describe('asking whether to see a doctor is the kind of answer, not the topic', () => {
  it('the topic is what is left without the frame', () => {
    expect(withoutDoctorFrame('小孩三歲了 晚上還會尿床 要不要看醫生')).toBe('小孩三岁了 晚上还会尿床');
    expect(withoutDoctorFrame('My 18-month-old still does not wave. Should I worry?')).toMatch(/^My 18-month-old still does not wave\.?\s*\??$/);
  });
  it('a question without the frame, or only the frame, has no other topic', () => {
    expect(withoutDoctorFrame('宝宝晚上总是醒 怎么办')).toBeUndefined();
    expect(withoutDoctorFrame('要不要看医生')).toBeUndefined();
  });
});

describe('a heading range in closing brackets', () => {
  it('"(0–12 months)" after the question is the heading\'s range', () => {
    expect(headingAgeRange('When will my baby start babbling and saying words? (0–12 months)')).toEqual({ from: 0, to: 13 });
    expect(headingAgeRange('宝宝几个月会咿咿呀呀？几岁会说话？（0–12个月）')).toEqual({ from: 0, to: 13 });
  });
  it('a bracket that states no age is none', () => {
    expect(headingAgeRange('When must my child see a doctor today? (amber)')).toBeUndefined();
  });
});

describe('a sentence pointing back at a quoted one', () => {
  const section = [
    'Most crying means hunger or tiredness. Common reasons are many and they change with age, so check the basics first.',
    '',
    'Some healthy babies cry for long stretches every evening and are very hard to soothe. This is often called colic. It usually peaks at about 6 weeks and eases by 3–4 months. Other babies cry for other reasons entirely, such as teething later on.',
  ].join('\n');
  const quote = (limit: number) =>
    renderUnits(
      quoteAnswer(section, {
        words: contentWords('cries for hours every evening, hard to soothe'),
        related: [],
        question: 'cries for hours every evening, hard to soothe',
        limit,
      }),
    );
  it('is quoted with it, a chain of them in order', () => {
    expect(quote(260)).toMatch(/very hard to soothe\. This is often called colic\. It usually peaks at about 6 weeks and eases by 3–4 months\./);
  });
  it('not past the budget', () => {
    expect(quote(95)).not.toMatch(/3–4 months/);
  });
});

describe('asking what to do about the child is a parenting question', () => {
  it('a day in the story does not make it a search', () => {
    const today = { dateRange: { from: '2026-11-25', to: '2026-11-25' }, dateText: 'today' };
    expect(classifyIntent("my toddler bit another kid at playgroup today and i'm mortified. what am i supposed to do", today).intent).toBe('knowledge');
    expect(classifyIntent('宝宝今天在托育点咬人了 怎么办', { ...today, dateText: '今天' }).intent).toBe('knowledge');
  });
  it('asking how to book stays with booking', () => {
    const sat = { dateRange: { from: '2026-11-28', to: '2026-11-28' }, dateText: '周六', partOfDay: 'morning' as const };
    expect(classifyIntent('孩子周六上午能去吗', sat).intent).toBe('find_slots');
  });
});
