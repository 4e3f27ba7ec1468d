import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';

/** Round 42 (lead): what parents' words mean, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';

describe('a weekend day named by the holiday it follows or precedes is that day', () => {
  it.each([
    ['when do bookings open for the saturday after new year?', '2027-01-02', '2027-01-02'],
    ['the first saturday after new year', '2027-01-02', '2027-01-02'],
    ["the sunday after new year's day", '2027-01-03', '2027-01-03'],
    ['the saturday after christmas', '2026-12-26', '2026-12-26'],
    ['the weekend before christmas', '2026-12-19', '2026-12-20'],
    ['元旦后的第一个周六能约吗', '2027-01-02', '2027-01-02'],
    ['元旦过后那个星期六', '2027-01-02', '2027-01-02'],
    ['圣诞节前那个周末', '2026-12-19', '2026-12-20'],
  ])('%s', (text, from, to) => {
    expect(parseDates(text, now, tz).dateRange).toEqual({ from, to });
  });
  it('the holiday alone is still its own day', () => {
    expect(parseDates('are you open on christmas day?', now, tz).dateRange).toEqual({ from: '2026-12-25', to: '2026-12-25' });
    expect(parseDates('元旦那天有吗', now, tz).dateRange).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });
});
