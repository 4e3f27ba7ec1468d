import { describe, expect, it } from 'vitest';
import { SERVICE_MAX_AGE_MONTHS, tooOldForService, turnedThreeOn } from '../../src/booking/serviceAge.ts';

describe('the one "too old" decider', () => {
  it('follows the points upper bound the booking decider uses (age >= max_age_months: the age a child leaves at)', () => {
    expect(SERVICE_MAX_AGE_MONTHS).toBe(36);
    expect(tooOldForService(35)).toBe(false);
    expect(tooOldForService(36)).toBe(true);
    expect(tooOldForService(37)).toBe(true);
    expect(tooOldForService(60)).toBe(true);
    expect(tooOldForService(undefined)).toBe(false);
  });

  it('gives the day a child turned 3', () => {
    expect(turnedThreeOn('2023-10-15')).toBe('2026-10-15');
    expect(turnedThreeOn('2024-02-29')).toBe('2027-02-28');
  });
});
