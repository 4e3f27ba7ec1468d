import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Round 18: parents who write English as a second language put "how I …" without "do" ("how I prepare her?", "how I
 * should cook it"): a question about the child, answered from the knowledge base even when the story names the weekend
 * care or an age. Requests in the same words stay requests. Worded apart from the tuning sets.
 */
describe('"how I …" is a question', () => {
  it.each([
    'she go to weekend care first time next month, 18 months old, how I prepare her for it?',
    'how I should cook the fish for my 1 year old',
    'he is 2 and never slept without me, how I can help him at the care point on sunday?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a booking stays a booking', () => {
    expect(understand('how I book saturday morning in huli', ctx).intent).not.toBe('knowledge');
  });
});
