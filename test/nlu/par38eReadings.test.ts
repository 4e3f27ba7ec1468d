import { describe, expect, it } from 'vitest';
import type { UnderstandContext } from '../../src/nlu/types.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' } as UnderstandContext;

/**
 * Round 38 (par38e): "our 阿姨 plays 抖音 videos on her phone to feed our 15 month old" was filed as a complaint about a
 * carer, because 阿姨 and "on her phone" read like staff at a point. The family's own helper is no staff of ours.
 * Worded apart from the probe file.
 */
describe("the family's own helper is no staff", () => {
  it.each([
    'my nanny shows him cartoons on her phone while he eats, is that bad for him?',
    'our ayi is always on her phone when she feeds the baby, does screen time at meals matter?',
    '我们家阿姨一直玩手机 给孩子放动画片喂饭 有影响吗',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });

  it.each(['the 阿姨 at the point was on her phone all morning, I am not happy', '老师一直玩手机 没管孩子'])('still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

/** "and can we take the baby outside during that month?" was read as "take the 10am one" and asked which day to book. */
describe('taking the child somewhere is no booking', () => {
  it.each(['is it ok to take the baby out in the pram at 3 weeks?', 'can we take the toddler to the beach in July heat?'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('book');
  });

  it.each(['ok take the first one', "I'll take the Saturday morning one", 'take it'])('still a booking: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('book');
  });
});
