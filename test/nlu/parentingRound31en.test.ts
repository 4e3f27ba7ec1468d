import { describe, expect, it } from 'vitest';
import { describesNotComplains } from '../../src/nlu/describesNotComplains.ts';
import { parseService } from '../../src/nlu/parseService.ts';
import type { UnderstandContext } from '../../src/nlu/types.ts';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 31 (par31e): "my 2yo grinds his teeth… sounds horrible. should I worry?" was read as a complaint; "is it worth
 * reading to a 4 month old? she just chews the book" as a booking of a picture-book class.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' } as UnderstandContext;

describe('a describing adjective in a question about the child is no complaint', () => {
  it.each([
    'my 2yo grinds his teeth really loud when sleeping, sounds horrible. should I worry?',
    "the mosquitoes at night are terrible. is it safe to put a mosquito net over the baby's cot?",
    'her cough sounds awful at night, should I use a humidifier?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each([
    'the point was terrible, my son came home crying. who do I talk to?',
    'your staff were awful to my daughter, why?',
    'It was terrible. My son came home with a bruise. Why did nobody tell me?',
  ])('still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });

  it('needs the child and a question, and no other complaint word', () => {
    expect(describesNotComplains('sounds horrible. should I worry?', { aboutChild: false, asks: true })).toBe(false);
    expect(describesNotComplains('my son sounds horrible at night', { aboutChild: true, asks: false })).toBe(false);
    expect(describesNotComplains('horrible and rude, why is my son crying?', { aboutChild: true, asks: true })).toBe(false);
    expect(describesNotComplains('he sounds horrible, should I worry?', { aboutChild: true, asks: true })).toBe(true);
  });
});

describe('reading to the child and a book the child holds are no class or booking', () => {
  it('reads a parenting question', () => {
    expect(understand('is it worth reading to a 4 month old? she just chews the book lol', ctx).intent).toBe('knowledge');
    expect(parseService('is it worth reading to a 4 month old?')).toEqual({});
    expect(parseService('does singing to my baby help her talk?')).toEqual({});
  });

  it('still reads a reading class and a booking', () => {
    expect(parseService('is there a reading class on saturday')).toEqual({ kind: 'trial_class', classTitle: 'picture_books' });
    expect(understand('book the one in huli', ctx).intent).toBe('book');
    expect(understand('I want to book a half day for my son', ctx).intent).toBe('book');
    expect(understand('can you book this for me', ctx).intent).toBe('book');
  });
});

describe('at what age a child is ready for lessons is a parenting question, not lessons asked to be booked', () => {
  it.each([
    'what age can babies start swimming lessons? there is a baby swim place near us',
    '宝宝几岁可以上 swimming class 游泳课？',
    'is 2 too young for ballet classes?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.slots.outOfScopeRequest).toBeUndefined();
    expect(u.intent).toBe('knowledge');
  });

  it.each(['book my daughter swimming lessons', '帮我约周六的游泳课', 'can you book swimming lessons for my 3 year old, is she too young?'])(
    'still lessons asked for: %s',
    (text) => {
      expect(understand(text, ctx).slots.outOfScopeRequest).toBe('lessons');
    },
  );
});
