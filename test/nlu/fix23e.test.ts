import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 23 (fix23e): the child's behaviour or clothes told with the week or the night they happen in is a question. */
describe('a behaviour or dressing story asks no places', () => {
  it.each([
    'My son is 22 months and he bit two kids at the playground this week. Grandpa says bite him back. What should I do?',
    'my mother in law says chuan duo dian, so at night the baby wears 3 layers and a thick bei zi and wakes up sweaty in the morning, is it too warm?',
    '宝宝9个月，晚上奶奶给她穿两件加厚被子，早上起来一身汗，is that ok?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('places asked for with it stay a search', () => {
    expect(understand('she bites sometimes, is there a slot on Saturday morning in Huli?', ctx).intent).toBe('find_slots');
  });
});

/** Who may use the service, asked by who the family is: the eligibility rule, not the coming weekend's places. */
describe('eligibility asked by papers, visas or being local is a question', () => {
  it.each([
    'we are from Macau and live in Jimei, the kids only have Macau ID and home return permit. Is the free weekend care only for locals?',
    'Here on a student visa with only passports, can my 2 year old use the weekend childcare?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});
