import { describe, expect, it } from 'vitest';
import { outsidePlace } from '../../src/conversation/dialogue/outsidePlace.ts';
import { asksAboutOuting } from '../../src/nlu/asksAboutOuting.ts';
import { OUTSIDE_PLACES, outsidePlaceWords } from '../../src/nlu/lexicon/outsidePlaces.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { understand } from '../../src/nlu/understand.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * The places outside the service are one list (src/nlu/lexicon/outsidePlaces.ts) read by the intent rules, the outing
 * check, the place named back and the reply. A place listed there reaches all of them: an English sight asked about
 * (tickets, hours, the way there) is outside the service as a Chinese one is, and named back.
 */
const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const prepared = (t: string) => normalizeText(toSimplified(t));

describe('one list of places outside the service', () => {
  it('every place has words, and each word pattern compiles in both languages', () => {
    for (const p of OUTSIDE_PLACES) {
      expect(p.zh || p.en).toBeTruthy();
      expect(() => new RegExp(outsidePlaceWords((q) => q === p))).not.toThrow();
    }
  });

  it.each([
    ['how do I get to Zhongshan Road?', 'Zhongshan road'],
    ['zengcuoan tickets?', 'Zengcuoan'],
    ['is the botanical garden open on Sunday', 'Botanical garden'],
    ['中山路怎么走', '中山路'],
    ['gulangyu怎么去', 'Gulangyu'],
    ['灵玲马戏团门票多少', '灵玲'],
  ])('%s: outside the service, the place named back', (text, named) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopePlace).toBe(named);
  });

  it('a day named with a sight does not make it a search', () => {
    expect(understand('is the botanical garden open on Sunday', ctx).intent).not.toBe('find_slots');
    expect(understand('zengcuoan tickets for saturday?', ctx).intent).not.toBe('find_slots');
  });

  it('care asked for near a sight is still a search near it', () => {
    expect(understand('any childcare near Zhongshan Road on Saturday?', ctx).intent).toBe('find_slots');
  });

  it('the reply finds the same place with its nearest district', () => {
    expect(outsidePlace(prepared('how do I get to Zhongshan Road?'))).toMatchObject({ kind: 'sight', place: { district: 'siming' } });
    expect(outsidePlace(prepared('植物园几点开门'))).toMatchObject({ kind: 'sight', place: { district: 'siming' } });
    // The sight named first is the one spoken of.
    expect(outsidePlace(prepared('从曾厝垵去鼓浪屿'))?.word).toBe('曾厝垵');
  });

  it('an outing anywhere on the list is a question about the child there', () => {
    expect(asksAboutOuting(prepared('带宝宝去电影院要注意什么'))).toBe(true);
    expect(asksAboutOuting(prepared('taking my 1yo to the botanical garden, anything to watch out for?'))).toBe(true);
    expect(asksAboutOuting(prepared('带宝宝去鼓浪屿 那边有托育点吗'))).toBe(false);
  });
});
