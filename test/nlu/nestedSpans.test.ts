import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';

const NOW = new Date('2026-11-25T10:00:00+08:00');
const read = (t: string) => parseDates(t, NOW, 'Asia/Shanghai');

/**
 * Two spans, one inside the other ("下个月就满三岁了 现在约下下周的还算吗"): the narrower one is the day asked about.
 * Dropping the wider one used to leave the narrower with no "others" to compare to, and it was dropped too — a
 * range with no days, and the turn ended in the generic apology.
 */
describe('spans inside spans', () => {
  it('keeps the narrower span, whichever is written first', () => {
    expect(read('宝宝下个月就满三岁了 现在约下下周的还算吗').dateRange).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(read('下下周 下个月').dateRange).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(read('next month, the week after next').dateRange?.from).toBeDefined();
  });

  it('never gives a range without both ends', () => {
    const parts = ['下个月', '下下周', '这周', '下周', '周六', '12月', 'next week', 'this weekend', '本月'];
    for (const a of parts)
      for (const b of parts) {
        const r = read(`${a} ${b}`).dateRange;
        if (r) expect(typeof r.from === 'string' && typeof r.to === 'string', `${a} ${b}`).toBe(true);
      }
  });
});
