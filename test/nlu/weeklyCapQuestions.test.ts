import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('asking whether both weekend days can be booked is the weekly limit, not a booking', () => {
  it.each(['can I book for both Saturday and Sunday?', '周六和周日都能约吗'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['book both saturday and sunday for Emma please', 'can I book Saturday morning in Huli?', '老大周六周日都能去吗'])('%s is still acted on', (text) => {
    expect(['book', 'find_slots']).toContain(understand(text, ctx).intent);
  });
});
