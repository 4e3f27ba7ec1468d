import { describe, expect, it } from 'vitest';
import { findDateProblems } from '../../src/nlu/findDateProblems.ts';
import { parseAge } from '../../src/nlu/parseAge.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { understand } from '../../src/nlu/understand.ts';

const zone = 'Asia/Shanghai';
const monday = new Date('2026-11-30T10:00:00+08:00'); // Monday 30 November 2026
const wednesday = new Date('2026-11-25T10:00:00+08:00');
const day = (text: string, now = monday) => parseDates(text, now, zone).dateRange;
const one = (d: string) => ({ from: d, to: d });

describe('a weekday written with a day number', () => {
  it('takes the day number that falls on that weekday, past or coming', () => {
    expect(day('上周六21号')).toEqual(one('2026-11-21')); // not Monday 21 December
    expect(day('上周六21号', wednesday)).toEqual(one('2026-11-21'));
    expect(day('周六12号')).toEqual(one('2026-12-12'));
    expect(day('sunday the 13th of december')).toEqual(one('2026-12-13'));
    expect(day('周日, 12月13日')).toEqual(one('2026-12-13'));
  });

  it('says which reading was taken when weekday and date disagree', () => {
    const p = findDateProblems('周六12月14号有位吗', monday, zone); // 14 December is a Monday
    expect(p).toEqual({ kind: 'ambiguous_date', text: '周六12月14号', readings: ['2026-12-14', '2026-12-12'] });
    expect(findDateProblems('saturday 14 december', monday, zone)?.kind).toBe('ambiguous_date');
    expect(understand('周六12月14号有位吗', { now: monday, timeZone: zone }).slots.dateProblem?.kind).toBe('ambiguous_date');
  });

  it('raises nothing when they agree', () => {
    expect(findDateProblems('12月12日周六', monday, zone)).toBeUndefined();
    expect(findDateProblems('上周六21号', monday, zone)).toBeUndefined();
  });
});

describe('English month-day forms', () => {
  it.each(['the 13th of dec', 'dec 13th', '13 december', 'on the 13th of december'])('%s', (t) => {
    expect(day(t)).toEqual(one('2026-12-13'));
  });
});

describe('days just passed and named days', () => {
  it.each([
    ['yesterday', '2026-11-29'],
    ['昨天去了', '2026-11-29'],
    ['前天', '2026-11-28'],
    ['the day before yesterday', '2026-11-28'],
    ['大前天', '2026-11-27'],
    ['christmas day', '2026-12-25'],
    ['圣诞节开吗', '2026-12-25'],
    ['平安夜', '2026-12-24'],
    ['元旦', '2027-01-01'],
    ["new year's day", '2027-01-01'],
  ])('%s', (t, d) => {
    expect(day(t)).toEqual(one(d));
  });

  it('keeps tomorrow and the day after as they were', () => {
    expect(day('明天')).toEqual(one('2026-12-01'));
    expect(day('后天')).toEqual(one('2026-12-02'));
  });
});

describe('dates fixed before stay fixed', () => {
  it('asks about a birth date with two readings and never replaces an impossible date', () => {
    expect(findDateProblems('dob 3/4/2024', monday, zone)?.kind).toBe('ambiguous_birth_date');
    expect(findDateProblems('11月31日有位吗', monday, zone)).toEqual({ kind: 'impossible', text: '11月31日' });
  });
});

describe('an age reached some months ago', () => {
  it.each([
    ['上个月刚满三岁 还能去吗', 37],
    ['上个月满3岁', 37],
    ['两个月前满三岁', 38],
    ['3个月前刚满两岁', 27],
    ['she turned 3 last month', 37],
    ['he turned 2 three months ago', 27],
    ['刚满三岁', 36],
    ['提前3个月满2岁', 24],
  ])('%s', (t, months) => {
    expect(parseAge(t).childAgeMonths).toBe(months);
  });
});
