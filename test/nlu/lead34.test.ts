import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The lead's round-34 probes (test/fixtures/eval-tuning/lead34.jsonl): whole booking conversations.
describe('two children at two slots in one message, with no comma (round 34)', () => {
  it.each([
    ['Book Mia for Saturday morning in Huli and Noah for Sunday morning in Jimei', ['Mia', 'Noah']],
    ['乐乐约周六上午湖里和糖糖约周日上午集美', ['乐乐', '糖糖']],
  ])('"%s" is one request per child', (text, names) => {
    expect(splitSegments(text, names)).toHaveLength(2);
    const u = understand(text, { ...ctx, childNames: names });
    expect(u.requests?.map((q) => [q.slots.child?.name, q.slots.dateRange?.from, q.slots.district])).toEqual([
      [names[0], '2026-11-28', 'huli'],
      [names[1], '2026-11-29', 'jimei'],
    ]);
  });
  it('"Mia and Noah for Saturday" stays one request for both', () => {
    expect(splitSegments('Book Mia and Noah for Saturday morning in Huli', ['Mia', 'Noah'])).toHaveLength(1);
  });
});

describe('a child standing in for a sibling (round 34)', () => {
  it.each([
    ['周日让豆豆去代替果果 果果要去奶奶家', '豆豆', '果果', '2026-11-29'],
    ['豆豆替果果去', '豆豆', '果果', undefined],
    ["let Noah take Mia's spot on Saturday", 'Noah', 'Mia', '2026-11-28'],
  ])('"%s" moves the sibling\'s booking to the child named first', (text, taker, replaced, day) => {
    const names = /[a-z]/i.test(taker) ? ['Mia', 'Noah'] : ['果果', '豆豆'];
    const u = understand(text, { ...ctx, childNames: names });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: taker });
    expect(u.slots.movedChild).toEqual({ name: replaced });
    expect(u.slots.movedFrom?.from).toBe(day);
  });
  it('with one child registered, "代替" names no swap', () => {
    expect(understand('周日让豆豆去代替果果', { ...ctx, childNames: ['豆豆'] }).intent).not.toBe('reschedule');
  });
});

describe('a weekday that contradicts its date, in English (round 34)', () => {
  it('"Saturday the 6th" searches the 6th and keeps the problem to say', () => {
    const u = understand('Saturday the 6th, Jimei, afternoon', ctx);
    expect(u.slots.dateRange).toEqual({ from: '2026-12-06', to: '2026-12-06' });
    expect(u.slots.dateProblem).toMatchObject({ kind: 'ambiguous_date', text: 'Saturday the 6th', readings: ['2026-12-06', '2026-12-05'] });
  });
});
