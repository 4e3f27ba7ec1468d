import { describe, expect, it } from 'vitest';
import { outsidePlace } from '../../src/conversation/dialogue/outsidePlace.ts';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { quoteAnswer } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 19 (left19): places outside the service read as a sentence names them, with the district of the nearest
 * points; the child told about right after an answer is a follow-up; a follow-up answered from the section just
 * quoted hears the part it asks for.
 */
const prepared = (t: string) => normalizeText(toSimplified(t));

describe('a place outside the service', () => {
  it.each([
    ['is there childcare near the ferry?', 'ferry', 'siming'],
    ['鼓浪屿的船票怎么买', 'ferry', 'siming'],
    ['带宝宝去鼓浪屿 那边有托育点吗', 'sight', 'siming'],
    ['any childcare on Gulangyu?', 'sight', 'siming'],
    ['机场附近有 daycare 吗', 'airport', 'huli'],
    ['环岛路有什么好玩的', 'sight', 'siming'],
  ])('%s: %s, nearest points in %s', (text, kind, district) => {
    const p = outsidePlace(prepared(text));
    expect(p?.kind).toBe(kind);
    expect(p?.place.district).toBe(district);
  });

  it('a station or a generic sight names no district', () => {
    expect(outsidePlace(prepared('火车站附近有托育点吗'))?.place.district).toBeUndefined();
    expect(outsidePlace(prepared('景点门票多少钱'))?.place.district).toBeUndefined();
  });

  it('is named in a sentence as a sentence names it, not as a pasted keyword', () => {
    const en = words('en').menu.outOfScopePlace('ferry', 'ferry', 'Siming');
    expect(en).not.toMatch(/Ferry|near ferry/);
    expect(en).toMatch(/the ferry terminal/);
    expect(en).toMatch(/Siming/);
    expect(words('en').menu.noPointAtSight('sight', 'Gulangyu', 'Siming')).toMatch(/no care point at Gulangyu/);
    const zh = words('zh').menu.outOfScopePlace('ferry', '船票', '思明区');
    expect(zh).not.toMatch(/船票附近/);
    expect(zh).toMatch(/轮渡码头附近/);
  });
});

describe('the child told about right after an answer', () => {
  it.each(['he eats mostly congee and banana', '她就是不爱喝水', 'he only sleeps if I hold him', '他只吃白飯跟麵條', 'she drinks like 4 bottles a day'])(
    '%s leans on the answer before (told)',
    (text) => {
      const r = readFollowUp(prepared(text), 'question before', text);
      expect(r.leans && r.signal).toBe('told');
    },
  );
  it.each(['他现在扶着沙发能走几步', 'he only sleeps if I hold him, is that normal?', 'btw when should I start brushing her teeth?'])(
    '%s is not told (it asks)',
    (text) => {
      const r = readFollowUp(prepared(text), 'question before', text);
      expect(r.leans && r.signal).not.toBe('told');
    },
  );
});

describe('a follow-up answered from the section just quoted', () => {
  const section = [
    '**Usually two naps at about 6–12 months, one midday nap from about 12–18 months.** The number of naps falls gradually:',
    '',
    '- Young babies may nap three, four or more times a day, for very different lengths.',
    '- Between about 6 and 12 months, most babies settle into a morning nap and an afternoon nap.',
    '- Somewhere between about 12 and 18 months, many toddlers move to one midday nap.',
    '',
    'During a change in nap pattern your child may be grumpy for a few days. That is normal; an earlier bedtime at night can help.',
  ].join('\n');
  it('hears the sentence its own words ask for, not the whole section again', () => {
    const whole = quoteAnswer(section, { words: ['nap'], related: [], question: 'how many naps', limit: 750 });
    const part = quoteAnswer(section, { words: ['night'], related: ['nap'], question: 'and at night?', limit: 375, part: true });
    expect(whole.length).toBeGreaterThan(3);
    expect(part.map((u) => u.text).join(' ')).toMatch(/bedtime at night/);
    expect(part.map((u) => u.text).join(' ')).not.toMatch(/three, four or more/);
  });
});
