import { describe, expect, it } from 'vitest';
import { asksWhoIsOnDuty, NAMED_CARER_ON_DUTY } from '../../src/nlu/carerOnDuty.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};

// Round 31 (pol31): one rule decides "who is the carer on duty" — the classifier's named-carer rule and the reinterpretation
// of a search-looking message share carerOnDuty.ts. It reads prepared text, where "在不在" has become "在吗".
describe('who is the carer on duty', () => {
  it.each([
    '林老师这周六在不在',
    '王阿姨明天上班吗',
    '陈老师这周六在不在班',
    '林老師這週六下午有上班嗎',
    'Teacher Wang 这周日 morning 在不在',
    'Teacher Li 周六afternoon在湖里那个点吗',
    '林老师这周六在思明那个点吗',
    'Is Teacher Lin working this Sunday?',
    "who's the teacher at Qianpu this Saturday morning?",
    '這週六海滄那個點的值班老師是誰',
    '周六前埔是哪个老师带',
  ])('%s is a question for the point, not a search', (text) => {
    expect(asksWhoIsOnDuty(prepareText(text))).toBe(true);
    expect(searches(text)).toBe(false);
  });

  it('reads "在不在" after it has been canonicalized', () => {
    expect(prepareText('Teacher Wang 这周日 morning 在不在')).toContain('在吗');
    expect(NAMED_CARER_ON_DUTY.test(prepareText('Teacher Wang 这周日 morning 在不在'))).toBe(true);
  });

  it('places asked for, or what a carer said, stay searches', () => {
    expect(asksWhoIsOnDuty(prepareText('王老师说周六在湖里有位吗'))).toBe(false);
    expect(searches('王老师说周六在湖里有位吗')).toBe(true);
    expect(searches('周六上午湖里有位吗')).toBe(true);
    expect(searches('teacher li recommended Huli, any places Saturday afternoon?')).toBe(true);
  });
});
