import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { type TriageLevel, triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * "How soon can he go back to care after a fever?" asks about the health-check
 * policy (24 hours without fever or fever medicine, 24 hours after the last
 * diarrhoea or vomiting): the illness it names is over, so it is not triaged,
 * whatever the child's age and whatever was said before. A sign still going
 * on, or any red sign in the same message, is triaged as always.
 */
function levelOf(text: string, ageMonths?: number, recent: string[] = []): TriageLevel {
  return triageSigns(readHealthSigns(toSimplified(text)), { recent, ageMonths }).level;
}

const RETURN_QUESTIONS = [
  'how soon can he go back to care after a fever',
  'how soon can he go back to care after diarrhoea',
  'after a tummy bug how many days before she can come back to the point?',
  '发烧退了多久可以再去托育点',
  '拉肚子好了几天能送',
  '發燒退了多久可以再去托育點',
  '拉肚子好了幾天能送',
  '孩子發燒好了 要隔多久才可以再送去托育',
  '吐停了以后什么时候可以再去服务点',
];

describe('questions about going back to care after an illness', () => {
  it('are not triaged, at any age and after any earlier health message', () => {
    for (const q of RETURN_QUESTIONS) {
      for (const age of [undefined, 2, 4, 18]) {
        for (const recent of [[], ['fever'], ['diarrhoea', 'was:amber']]) {
          expect(`${q} (${age ?? '?'} months, ${recent.join(',') || 'nothing before'}): ${levelOf(q, age, recent)}`).toBe(
            `${q} (${age ?? '?'} months, ${recent.join(',') || 'nothing before'}): none`,
          );
        }
      }
    }
  });

  it('still triage a sign that is going on now, and a red sign always', () => {
    // A fever now in a baby under 3 months is red, whatever else is asked.
    expect(levelOf('他发烧39度 多久可以再去托育点', 2)).toBe('red');
    expect(levelOf('烧退了又烧起来了 多久能再送去', 2)).toBe('red');
    expect(levelOf('拉肚子好了 还在发烧 多久能送', 2)).toBe('red');
    expect(levelOf('still has a fever, when can he go back to daycare?', 2)).toBe('red');
    expect(levelOf('发烧退了 但是现在抽搐了 多久能送')).toBe('red');
    expect(levelOf('after a fever she went floppy and blue, when can she go back?')).toBe('red');
    expect(levelOf('拉肚子好了 但是一天没尿了 多久能送')).toBe('red');
    // Not about going back: a young baby's fever is red as before.
    expect(levelOf('我家2个月宝宝发烧了')).toBe('red');
    expect(levelOf('宝宝发烧了', 2)).toBe('red');
  });
});
