import { describe, expect, it } from 'vitest';
import { mergeSearch } from '../../src/conversation/search/mergeSearch.ts';

/** "next Saturday in Jimei" → "oops, I meant Sunday": the Sunday of the week being searched, the rest kept. */
describe('mergeSearch: a bare weekday correcting the day keeps the week searched', () => {
  const base = { from: '2026-12-05', to: '2026-12-05', district: 'jimei' as const, kind: 'half_day' as const };
  it('"I meant sunday" after next Saturday is Sunday 6 Dec, still Jimei half-day care', () => {
    const next = mergeSearch(base, { dateRange: { from: '2026-11-29', to: '2026-11-29' }, dateText: 'sunday', correction: true });
    expect(next).toMatchObject({ from: '2026-12-06', to: '2026-12-06', district: 'jimei', kind: 'half_day' });
  });
  it('"是周日" after this Saturday is this Sunday', () => {
    const next = mergeSearch(
      { ...base, from: '2026-11-28', to: '2026-11-28' },
      { dateRange: { from: '2026-11-29', to: '2026-11-29' }, dateText: '周日', correction: true },
    );
    expect(next).toMatchObject({ from: '2026-11-29', district: 'jimei', kind: 'half_day' });
  });
  it('a day named with its own week ("next sunday") is taken as said', () => {
    const next = mergeSearch(base, { dateRange: { from: '2026-12-13', to: '2026-12-13' }, dateText: 'next sunday' });
    expect(next.from).toBe('2026-12-13');
  });
  it('"what about Saturday then?" (no correction) after a Tuesday is the nearest Saturday', () => {
    const next = mergeSearch(
      { from: '2026-12-01', to: '2026-12-01', district: 'siming' },
      { dateRange: { from: '2026-11-28', to: '2026-11-28' }, dateText: 'saturday' },
    );
    expect(next.from).toBe('2026-11-28');
  });
  it('a correction never moves to a day before the nearest one ("周一" on a Wednesday is next Monday)', () => {
    const next = mergeSearch(
      { from: '2026-11-25', to: '2026-11-25' },
      { dateRange: { from: '2026-11-30', to: '2026-11-30' }, dateText: '周一', correction: true },
    );
    expect(next.from).toBe('2026-11-30');
  });
});
