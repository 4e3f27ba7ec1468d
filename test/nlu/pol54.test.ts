import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 54, pol54: service and policy questions on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const intentOf = (text: string) => understand(text, ctx).intent;

describe('questions about the service that name a day or a drop-off word are questions', () => {
  it.each([
    // The kinds of point in the 2026 implementation opinions, asked with "drop my child off".
    ["What are the two kinds of point in Xiamen's 2026 plan? Which one lets me drop my child off?", 'knowledge'],
    ['which type of point has saturday drop-off care', 'knowledge'],
    ['what kinds of points are there? which one can I drop her off at on saturday?', 'knowledge'],
    // Whether a day has the kinds of care just compared: a follow-up question, not that day's list.
    ['那周日呢 也有这两种吗', 'knowledge'],
    ['週日也有這兩種嗎', 'knowledge'],
    // What the weekdays hold, asked on a day off.
    ['平日有什麼活動嗎 我週三休假', 'knowledge'],
    ['工作日有什么活动吗 我周四调休', 'knowledge'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('requests for places stay searches', () => {
    expect(intentOf('周日有空位吗')).toBe('find_slots');
    expect(intentOf('这周日也有半日托吗')).toBe('find_slots');
    expect(intentOf('can I drop my son off on saturday morning in huli?')).toBe('find_slots');
  });
});
