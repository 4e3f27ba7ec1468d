import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 52, und52 (test/fixtures/eval-tuning/und52.jsonl): a booking moved to "下个礼拜天" / "下下周六" is a move, not a
// question about opening hours ("改到" alone is also a knowledge word for "can I change it?").
describe('a booking moved to next week (round 52)', () => {
  it.each([
    ['果果礼拜天那个帮我改到下个礼拜天 地点不变', '2026-12-06'],
    ['周六的改到下个周六吧', '2026-12-05'],
    ['那个预约挪到下下个礼拜六', '2026-12-12'],
  ])('"%s" moves the booking', (text, date) => {
    const u = understand(text, { ...ctx, childNames: ['果果'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.dateRange).toEqual({ from: date, to: date });
  });
});
