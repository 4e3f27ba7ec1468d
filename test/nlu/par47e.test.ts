import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const signsOf = (text: string) => [...readHealthSigns(toSimplified(text)).signs];

/** Round 47, par47e: words of a parenting question that were read as a red sign, a swallowed thing or a child's name. */
describe('par47e: a parenting question is not an emergency, a poisoning or a registration', () => {
  it.each([
    'grandma gives him a bottle whenever he wakes at night so he goes back to sleep fast, is that a bad habit?',
    'we rock her so that she falls back to sleep quicker, is that ok at 8 months',
    'we feed her at 3am so she goes back to sleep, how do we stop',
  ])('a purpose clause "so he goes back to sleep" is no red sign: %s', (text) => {
    expect(detectRedFlags(text).emergency).toBe(false);
  });

  it.each(["she vomited then went back to sleep and now won't wake", 'he had a fit and went straight back to sleep and is floppy'])(
    'a child who falls back asleep and cannot be woken stays red: %s',
    (text) => {
      expect(detectRedFlags(text).emergency).toBe(true);
    },
  );

  it.each(['我们用的是可吞咽的儿童牙膏 没有氟 够不够', 'the ayi bought a 可吞咽 toothpaste for our 2yo, is it ok without fluoride'])(
    'a swallowable toothpaste is a kind of product, nothing swallowed: %s',
    (text) => {
      expect(signsOf(text)).not.toContain('low_toxic');
    },
  );

  it.each(['宝宝吞了一点牙膏', 'he swallowed some toothpaste'])('toothpaste actually swallowed is still read: %s', (text) => {
    expect(signsOf(text)).toContain('low_toxic');
  });

  it.each(['家里来客人都围着二宝 不理老大 怎么跟他们开口', '亲戚只抱小的 冷落老大 咋跟他们讲'])(
    'a question word after a birth-order word names no child: %s',
    (text) => {
      const u = understand(text, ctx);
      expect(u.intent).not.toBe('register_child');
      expect(u.slots.childName).toBeUndefined();
    },
  );

  it('a name after a birth-order word is still a name', () => {
    const u = understand('老大叫朵朵 2024-01-20出生', ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe('朵朵');
  });
});
