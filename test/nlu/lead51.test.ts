import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { analyzeText } from '../../src/knowledge/extractTerms.ts';
import { findChildMention, namedChildren } from '../../src/nlu/parseChildren.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 51 (lead): a follow-up about where the child sleeps, after a sleep answer. */
const before = '18 month old used to go down no problem, now screams as soon as i leave the room at bedtime';

describe('"at this point" after an answer leans on it: the situation just told, not a topic of its own', () => {
  it.each(['should we just bring him into our bed at this point', 'is it ok to let her skip the nap at this stage', 'what should I do in the meantime'])(
    '%s',
    (text) => {
      expect(readFollowUp(text, before).leans).toBe(true);
    },
  );
  it('with nothing before, it stands alone', () => {
    expect(readFollowUp('should we just bring him into our bed at this point', undefined).leans).toBe(false);
  });
});

describe('"bring him into our bed" moves the child; it packs nothing', () => {
  it.each(['should we just bring him into our bed', 'can I bring her in with us when she wakes', 'bring the baby back into our bed?'])('%s', (text) => {
    expect(analyzeText(text).concepts).not.toContain('bring');
  });
  it.each(['what should I bring for drop-off', 'can I bring her stroller in', 'do we bring him a spare set of clothes'])('%s still packs', (text) => {
    expect(analyzeText(text).concepts).toContain('bring');
  });
});

describe('a child named after a correction in the middle of the message takes the place of the one before it', () => {
  const names = ['朵朵', '果果'];
  it.each([
    ['给果果约周六上午思明 oh wait 是朵朵', ['朵朵']],
    ['给朵朵约周六上午 哦不对 果果', ['果果']],
  ])('%s', (text, want) => {
    expect(namedChildren(text, names)).toEqual(want);
    expect(findChildMention(text, names)).toEqual({ name: want[0] });
  });
  it('a child added after the marker is beside the first, not in their place', () => {
    expect(namedChildren('给果果约周六上午 actually 朵朵也要', names)).toEqual(['朵朵', '果果']);
    expect(namedChildren('book Leo for Sunday, sorry, Mia too', ['Mia', 'Leo'])).toEqual(['Mia', 'Leo']);
  });
  it('English: "no wait, Mia"', () => {
    expect(namedChildren('book Leo for Sunday morning, no wait, Mia', ['Mia', 'Leo'])).toEqual(['Mia']);
  });
  it('a marker that denies the child after it ("是给果果的 不是朵朵") replaces nobody', () => {
    expect(namedChildren('哎呀约错了 是给果果的 不是朵朵', names)).toEqual(['果果']);
  });
  it('with no child after the marker the child stays (the day was corrected)', () => {
    expect(namedChildren('周六上午 哦不对 周日 给果果约', names)).toEqual(['果果']);
    expect(namedChildren('给果果约周六 哦不对 周日', names)).toEqual(['果果']);
  });
});

describe("what the children have booked is the family's bookings", () => {
  it.each(['what have the kids got booked?', 'what has Emma got booked', 'what do the twins have booked this weekend'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });
  it('booking for the kids is still a booking', () => {
    expect(understand('can I book the kids in for saturday morning', ctx).intent).not.toBe('my_bookings');
  });
});
