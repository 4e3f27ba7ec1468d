import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 42 (par42e): a parent who "feels useless" is talking about themselves, not complaining about the service.
describe('feeling useless is not a complaint', () => {
  it.each([
    'im the dad, my wife breastfeeds so i feel kinda useless. how can i bond with our 6 week old',
    'I feel so useless when she cries and only wants mum',
  ])('is not a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });

  it('still reads a complaint about the service', () => {
    expect(understand('your booking system is useless, nobody answered', ctx).intent).toBe('complaint');
  });
});
