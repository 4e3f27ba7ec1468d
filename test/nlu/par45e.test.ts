import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };

// Round 45, par45e: an age corrected after an answer, with what was wrong said first and "already" after the age, is the
// same change as "what about at 5 months?" — the question before, asked again of the right age.
describe('an age corrected in a longer apology (par45e)', () => {
  it.each([
    "sorry, i got that wrong, she's actually 5 months already",
    "sorry I was wrong, he's 14 months",
    "oops i made a mistake, she's 8 months now",
    "sorry, she's actually 5 months already",
  ])('"%s" → age', (text) => {
    expect(understand(text, ctx).slots.followUpChange).toBe('age');
  });

  it.each(['sorry, i got that wrong, she naps in the car seat at 5 months', 'i got that wrong, how long does it last'])(
    '"%s" changes more than that',
    (text) => {
      expect(understand(text, ctx).slots.followUpChange).toBeUndefined();
    },
  );
});
