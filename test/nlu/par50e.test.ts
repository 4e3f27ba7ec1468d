import { describe, expect, it } from 'vitest';
import { WHEN_DOCTOR } from '../../src/conversation/dialogue/answers/followUp.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

/** Round 50, par50e: English and mixed-language parenting messages that were read as something else. */
describe('par50e: another child in the story is no child to register', () => {
  it.each([
    'the nursery said my son pushed another child at lunch, how do I handle it',
    'she hit another child at the playground again today, why does she do that',
    'he plays nicely with another child but then grabs toys',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('register_child');
  });

  it('adding another child is still a registration', () => {
    expect(understand('please register another child for me', ctx).intent).toBe('register_child');
  });
});

describe("par50e: a child who can't go outside is no cancellation", () => {
  it.each(["grandma says the newborn can't go out for a month, is that true?", "why can't a baby go in the sea before 6 months"])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('cancel');
  });

  it('"we can\'t go on Sunday" still cancels', () => {
    expect(understand("we can't go on sunday", ctx).intent).toBe('cancel');
  });
});

describe('par50e: a person from the team asked to help', () => {
  it.each(['could somebody from your staff help me with this?', 'can someone on your team please call me'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
});

describe('par50e: swimming lessons asked in Chinese are a parenting question', () => {
  it.each(['游泳课宝宝几个月可以上'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('the points’ own classes by age are still about the points', () => {
    expect(understand('两岁可以去上体验课吗', ctx).intent).not.toBe('knowledge');
  });
});

describe('par50e: asking when to start worrying asks when to see a doctor', () => {
  it.each(['when should I start to worry about it?', 'at what point do we need to be worried', '那什么时候该担心呢'])('%s', (text) => {
    expect(WHEN_DOCTOR.test(text)).toBe(true);
  });

  it('worrying told, not asked about timing, is no doctor question', () => {
    expect(WHEN_DOCTOR.test('I worry about her all the time')).toBe(false);
  });
});
