import { describe, expect, it } from 'vitest';
import type { UnderstandContext } from '../../src/nlu/types.ts';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 37 (par37e): "Bath, book, bed doesn't work" — a bedtime routine's steps — was read as a booking, and the
 * parent was asked which day to book.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' } as UnderstandContext;

describe('a book among bedtime steps is read, not booked', () => {
  it.each([
    "Bedtime is a 2 hour battle every night with our 26 month old. Bath, book, bed doesn't work. What else?",
    'we do bath, book and bed but she still fights sleep, what can we try?',
    'milk, teeth, book, bed — he still screams at 8pm. any tips?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('book');
  });

  it.each(['can I book Saturday morning for my 2 year old', 'book a slot for Sunday please', 'ok book it'])('still a booking: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('book');
  });
});

/** "Nobody told me at the hospital here" after a question on vitamin D drops: the hospital's gap, not a lapse at a point. */
describe('nobody told me at the hospital is no complaint', () => {
  it.each(['Nobody told me at the hospital here', 'nobody told us at the clinic'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });

  it.each(['nobody told me the session was cancelled', 'we arrived and nobody told us the point was closed'])('still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});
