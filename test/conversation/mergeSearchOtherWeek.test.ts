import { describe, expect, it } from 'vitest';
import { mergeSearch } from '../../src/conversation/search/mergeSearch.ts';

/** A week said alone after a day keeps the day; a weekday said alone after several days picks it among them. */
describe('mergeSearch: the days searched carried into another week', () => {
  const saturday = { from: '2026-11-28', to: '2026-11-28', district: 'siming' as const, partOfDay: 'morning' as const };
  it('"不是这周 下周的" after this Saturday is next Saturday (5 Dec), not every day of next week', () => {
    const next = mergeSearch(saturday, {
      dateRange: { from: '2026-11-30', to: '2026-12-06' },
      dateText: '下周',
      negated: { dateRange: { from: '2026-11-25', to: '2026-11-29' } },
      correction: true,
    });
    expect(next).toMatchObject({ from: '2026-12-05', to: '2026-12-05', district: 'siming', partOfDay: 'morning' });
  });
  it('"next week then" after this Sunday is next Sunday (6 Dec)', () => {
    const next = mergeSearch(
      { ...saturday, from: '2026-11-29', to: '2026-11-29' },
      { dateRange: { from: '2026-11-30', to: '2026-12-06' }, dateText: 'next week' },
    );
    expect(next).toMatchObject({ from: '2026-12-06', to: '2026-12-06' });
  });
  it('"下周呢" after this weekend is next weekend', () => {
    const next = mergeSearch({ ...saturday, from: '2026-11-28', to: '2026-11-29' }, { dateRange: { from: '2026-11-30', to: '2026-12-06' }, dateText: '下周' });
    expect(next).toMatchObject({ from: '2026-12-05', to: '2026-12-06' });
  });
  it('"next weekend" after this Saturday is next Saturday', () => {
    const next = mergeSearch(saturday, { dateRange: { from: '2026-12-05', to: '2026-12-06' }, dateText: 'next weekend' });
    expect(next).toMatchObject({ from: '2026-12-05', to: '2026-12-05' });
  });
  it('"还是这周吧" after next Saturday is this Saturday, not what is left of this week', () => {
    const next = mergeSearch(
      { ...saturday, from: '2026-12-05', to: '2026-12-05' },
      { dateRange: { from: '2026-11-25', to: '2026-11-29' }, dateText: '这周', correction: true },
    );
    expect(next).toMatchObject({ from: '2026-11-28', to: '2026-11-28' });
  });
  it('a week with no days searched before is the whole week', () => {
    const next = mergeSearch({ district: 'siming' }, { dateRange: { from: '2026-11-30', to: '2026-12-06' }, dateText: '下周' });
    expect(next).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
  });
  it('a single day said is taken as said', () => {
    const next = mergeSearch(saturday, { dateRange: { from: '2026-12-02', to: '2026-12-02' }, dateText: '下周三' });
    expect(next).toMatchObject({ from: '2026-12-02', to: '2026-12-02' });
  });
});

describe('mergeSearch: a bare weekday among the days searched', () => {
  const nextWeekend = { from: '2026-12-05', to: '2026-12-06', district: 'jimei' as const };
  it('"saturday morning please" after next weekend is Saturday 5 Dec, not the nearest Saturday', () => {
    const next = mergeSearch(nextWeekend, { dateRange: { from: '2026-11-28', to: '2026-11-28' }, dateText: 'saturday', partOfDay: 'morning' });
    expect(next).toMatchObject({ from: '2026-12-05', to: '2026-12-05', partOfDay: 'morning', district: 'jimei' });
  });
  it('"周日的就好" after next weekend is Sunday 6 Dec', () => {
    const next = mergeSearch(nextWeekend, { dateRange: { from: '2026-11-29', to: '2026-11-29' }, dateText: '周日' });
    expect(next).toMatchObject({ from: '2026-12-06', to: '2026-12-06' });
  });
  it('a weekday not among the days searched is the nearest one', () => {
    const next = mergeSearch(nextWeekend, { dateRange: { from: '2026-12-01', to: '2026-12-01' }, dateText: 'tuesday' });
    expect(next.from).toBe('2026-12-01');
  });
});

describe('mergeSearch: the days searched, a week later', () => {
  it('"往后推一周吧" after this Saturday morning in Siming is Saturday 5 Dec, the rest kept', () => {
    const next = mergeSearch({ from: '2026-11-28', to: '2026-11-28', district: 'siming', partOfDay: 'morning' }, { weekShift: 1 });
    expect(next).toMatchObject({ from: '2026-12-05', to: '2026-12-05', district: 'siming', partOfDay: 'morning' });
  });
  it('"the week after" with no days searched leaves the day open', () => {
    expect(mergeSearch({ district: 'siming' }, { weekShift: 1 }).from).toBeUndefined();
  });
});
