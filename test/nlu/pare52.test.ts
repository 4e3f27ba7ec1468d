import { describe, expect, it } from 'vitest';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 52 (pare52): English and code-mixed parenting. */
describe('a swim class asked for, in the singular as the prepared text says it, is a lesson the points do not run', () => {
  it.each(['are there any baby swim classes near us in huli?', 'any swim class for toddlers in jimei', 'can you book her a swimming class on saturday'])(
    '%s',
    (text) => {
      expect(parseOutsideRequest(prepareText(text))).toBe('lessons');
      expect(understand(text, ctx).slots.outOfScopeRequest).toBe('lessons');
    },
  );
  it('tips for taking the child to the pool oneself, asked beside it, is the parenting question', () => {
    // (The swim class alone is the lesson; with tips for the pool asked beside it, the parenting question.)
    expect(parseOutsideRequest(prepareText('does the centre in 湖里 do swim classes?'))).toBe('lessons');
    const text = 'does the centre in 湖里 do swim classes? if not any tips for taking my 2 yo to the pool myself';
    expect(parseOutsideRequest(prepareText(text))).toBeUndefined();
    // (…as is whether a one-year-old may go, and the water's warmth: round 50's "swim class 宝宝一岁了可以去上吗".)
    expect(understand('swim class 宝宝一岁了可以去上吗 水温多少合适', ctx).intent).toBe('knowledge');
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('jet lag, or a time difference, is the setting of a question about the child, not a search for the week named', () => {
  it.each(['下周带两岁宝宝回美国 时差12个小时 jet lag 怎么倒', '下周带宝宝回英国 时差8小时 怎么倒时差'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    // (A booking asked beside jet lag is still a search.)
    expect(understand('jet lag 好严重 这周六上午湖里还有位吗', ctx).intent).toBe('find_slots');
  });
});
