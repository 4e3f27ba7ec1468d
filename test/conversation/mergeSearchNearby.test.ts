import { describe, expect, it } from 'vitest';
import { mergeSearch } from '../../src/conversation/search/mergeSearch.ts';

/** After a named point (often a full one), "附近还有哪里" asks for the points around it, not that point again. */
describe('mergeSearch: nearby after a named point', () => {
  const base = {
    from: '2026-11-28',
    to: '2026-11-28',
    partOfDay: 'morning' as const,
    district: 'siming' as const,
    near: { latitude: 24.48, longitude: 118.15 },
    pointCode: 'SM-QP',
  };

  it('"那附近还有哪里可以去" drops the point and keeps the day, the part of day and where it is', () => {
    const next = mergeSearch(base, { wantsNearby: true });
    expect(next.pointCode).toBeUndefined();
    expect(next).toMatchObject({ from: '2026-11-28', partOfDay: 'morning', district: 'siming', near: base.near });
  });

  it('another point named keeps that point', () => {
    expect(mergeSearch(base, { pointCode: 'SM-JL' }).pointCode).toBe('SM-JL');
  });

  it('a refinement without "nearby" keeps the point', () => {
    expect(mergeSearch(base, { partOfDay: 'afternoon' }).pointCode).toBe('SM-QP');
  });
});
