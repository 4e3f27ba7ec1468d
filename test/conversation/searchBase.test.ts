import { describe, expect, it } from 'vitest';
import { searchBase } from '../../src/conversation/search/mergeSearch.ts';
import type { Slots } from '../../src/nlu/types.ts';

const context = { district: 'tongan' as const, from: '2026-12-04', to: '2026-12-04', kind: 'half_day' as const, partOfDay: 'morning' as const };
const thursdayClass: Slots = { dateRange: { from: '2026-12-03', to: '2026-12-03' }, kind: 'trial_class' } as Slots;

describe('what a request builds on', () => {
  it("a new complete request that names no place keeps the place: 'ok, the trial class on Thursday then' after Tong'an", () => {
    expect(searchBase(context, thursdayClass)).toEqual({ district: 'tongan' });
  });
  it('a new request naming a place starts from nothing', () => {
    expect(searchBase(context, { ...thursdayClass, district: 'huli' } as Slots)).toEqual({});
  });
  it('a request for places nearby starts from nothing', () => {
    expect(searchBase(context, { ...thursdayClass, wantsNearby: true } as Slots)).toEqual({});
  });
  it('a fragment refines the whole search so far', () => {
    expect(searchBase(context, { partOfDay: 'afternoon' } as Slots)).toEqual(context);
  });
  it('nothing before: nothing to build on', () => {
    expect(searchBase(undefined, thursdayClass)).toEqual({});
  });
});
