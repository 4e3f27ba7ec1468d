import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai', childNames: ['Leo', 'Mia'] };

// Round 53, und53 (test/fixtures/eval-tuning/und53.jsonl).
describe('one of two bookings cancelled, the other kept (round 53)', () => {
  it.each([["Please cancel Leo's Sunday one, we'll keep Saturday"], ['Sunday那个cancel掉 Saturday照常']])('"%s" cancels Sunday only', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('cancel');
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });

  it('a day kept in English is still kept ("no wait, keep saturday")', () => {
    const u = understand('no wait, keep saturday. cancel the sunday one', ctx);
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
});

describe('a booking pushed to another day is a move (round 53)', () => {
  it.each([
    ["Something came up, can we push Leo's Saturday slot to Sunday? Same place, morning", '2026-11-29'],
    ['Could we shift her Sunday spot to Saturday?', '2026-11-28'],
  ])('"%s" moves the booking', (text, date) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('reschedule');
    expect(u.slots.dateRange).toEqual({ from: date, to: date });
  });
});

describe('paging in mixed words (round 53)', () => {
  it.each([['还有other的吗'], ['有没有more options']])('"%s" asks for more', (text) => {
    expect(understand(text, { ...ctx, searching: true }).intent).toBe('more');
  });
});

describe('an illness said to be over, and going asked (round 53)', () => {
  it.each([['她前天拉肚子 昨天就好了 这样能去吗'], ['他前天拉肚子 yesterday已经好了 可以去吗']])(
    '"%s" is a return-to-care question, not a sign now',
    (text) => {
      const r = readHealthSigns(text);
      expect(r.recovered).toBe(true);
      expect([...r.signs]).not.toContain('diarrhoea');
    },
  );

  it('diarrhoea still going on stays a sign', () => {
    const r = readHealthSigns('她前天开始拉肚子 今天还在拉 这样能去吗');
    expect([...r.signs]).toContain('diarrhoea');
  });
});
