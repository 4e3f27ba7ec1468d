import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('past weekdays and weekends', () => {
  it.each([
    ['我上周六约了没去', { from: '2026-11-21', to: '2026-11-21' }],
    ['上个周日', { from: '2026-11-22', to: '2026-11-22' }],
    ['上周末去过了', { from: '2026-11-21', to: '2026-11-22' }],
    ['we missed it last saturday', { from: '2026-11-21', to: '2026-11-21' }],
    ['last weekend was great', { from: '2026-11-21', to: '2026-11-22' }],
  ])('%s', (text, range) => {
    expect(understand(text, ctx).slots.dateRange).toEqual(range);
  });

  it('leaves this and next weekdays as they were', () => {
    expect(understand('周六', ctx).slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(understand('下周六', ctx).slots.dateRange).toEqual({ from: '2026-12-05', to: '2026-12-05' });
  });
});
