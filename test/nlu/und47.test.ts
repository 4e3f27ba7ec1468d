import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 47, und47 (test/fixtures/eval-tuning/und47.jsonl): whole booking conversations.
describe('a second child added with 还有 / 另外 (round 47)', () => {
  it.each([
    ['还有圆圆 2025年2月1号 也登记一下', '圆圆', '2025-02-01'],
    ['還有品言 2025年10月12號生的 一起登記', '品言', '2025-10-12'],
    ['另外乐乐 2024年3月5号', '乐乐', '2024-03-05'],
  ])('"%s" registers the child by its name alone', (text, name, birthDate) => {
    const u = understand(text, { ...ctx, childNames: ['小满'] });
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
    expect(u.slots.birthDate).toBe(birthDate);
  });
});

describe('giving up a waitlist place in other words (round 47)', () => {
  it.each(['算了 不用排了', '不要再排了', '不用再候补了'])('"%s" with no question pending shows the bookings to leave it', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });
  it('under a confirmation it stays a no', () => {
    expect(understand('不用排了', { ...ctx, expecting: 'confirmation' }).intent).toBe('deny');
  });
  it.each(["actually forget the waitlist, we'll stay home", 'nevermind the waitlist', 'scrap the waiting list'])(
    '"%s" is leaving it, not joining it',
    (text) => {
      expect(understand(text, ctx).intent).toBe('my_bookings');
    },
  );
  it('joining it is still joining it', () => {
    expect(understand('put her on the waitlist please', ctx).intent).toBe('join_waitlist');
  });
});

describe('a Saturday or Sunday said with one weekend named (round 47)', () => {
  it.each([
    ['saturday morning the weekend after next', '2026-12-12'],
    ['sunday the weekend after next', '2026-12-13'],
    ['下下周末的周六上午', '2026-12-12'],
    ['下周末周日下午', '2026-12-06'],
    ['saturday next weekend', '2026-12-05'],
  ])('"%s" is %s only', (text, day) => {
    expect(parseDates(text, now, 'Asia/Shanghai').dateRange).toEqual({ from: day, to: day });
  });
  it('a weekend alone stays both days', () => {
    expect(parseDates('the weekend after next', now, 'Asia/Shanghai').dateRange).toEqual({ from: '2026-12-12', to: '2026-12-13' });
  });
});
