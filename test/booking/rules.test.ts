import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { DomainError } from '../../src/errors/DomainError.ts';
import { bookingWindow, checkBookingWindow, isWithinBookingWindow } from '../../src/booking/rules/checkBookingWindow.ts';
import { checkChildAge, dateAtAgeMonths } from '../../src/booking/rules/checkChildAge.ts';
import { checkWeeklyCap } from '../../src/booking/rules/checkWeeklyCap.ts';
import { computeNoShowPause } from '../../src/booking/rules/computeNoShowPause.ts';
import { isLateCancel } from '../../src/booking/rules/isLateCancel.ts';
import { generateRefCode, REF_ALPHABET } from '../../src/booking/rules/generateRefCode.ts';

const rules = defaultConfig().booking; // opens 14 days ahead, closes 60 min before, cancel 120 min, 2/week, 3 no-shows/30d → 14d
const TZ = 'Asia/Shanghai';
const at = (s: string) => new Date(s);

function codeOf(fn: () => unknown): { code: string; data: Record<string, unknown> } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, data: e.data };
    throw e;
  }
}

describe('booking window', () => {
  const start = at('2026-12-12T09:00:00+08:00'); // Saturday 09:00 in Xiamen

  it('opens at local midnight 14 days before the session day', () => {
    expect(bookingWindow(start, TZ, rules).opensAt.toISOString()).toBe('2026-11-27T16:00:00.000Z'); // 2026-11-28 00:00 +08
    const notYet = codeOf(() => checkBookingWindow(start, at('2026-11-27T23:59:00+08:00'), TZ, rules));
    expect(notYet?.code).toBe('BOOKING_NOT_OPEN_YET');
    expect(notYet?.data).toMatchObject({ opensDate: '2026-11-28', opensTime: '00:00', daysAhead: 14 });
    expect(codeOf(() => checkBookingWindow(start, at('2026-11-28T00:00:00+08:00'), TZ, rules))).toBeNull();
  });

  it('closes 60 minutes before the start', () => {
    expect(codeOf(() => checkBookingWindow(start, at('2026-12-12T07:59:00+08:00'), TZ, rules))).toBeNull();
    const closed = codeOf(() => checkBookingWindow(start, at('2026-12-12T08:00:00+08:00'), TZ, rules));
    expect(closed).toMatchObject({ code: 'BOOKING_CLOSED', data: { minutesBefore: 60 } });
  });

  it('uses the service zone, not UTC, for the opening day', () => {
    // 00:30 local on the 12th is still the 11th in UTC; the window is about the local day.
    const early = at('2026-12-12T00:30:00+08:00');
    expect(bookingWindow(early, TZ, rules).opensAt.toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(bookingWindow(early, 'UTC', rules).opensAt.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(isWithinBookingWindow(start, at('2026-12-01T12:00:00+08:00'), TZ, rules)).toBe(true);
  });
});

describe('age on the session date', () => {
  const range = { minAgeMonths: 12, maxAgeMonths: 36 };

  it('accepts a child who reaches the minimum by the session day though not today', () => {
    // Born 2025-12-10: 11 months on 2026-11-25, 12 months on 2026-12-12.
    expect(checkChildAge('2025-12-10', '2026-12-12', range)).toBe(12);
    const young = codeOf(() => checkChildAge('2025-12-13', '2026-12-12', range, { childName: '小米' }));
    expect(young).toMatchObject({ code: 'CHILD_TOO_YOUNG', data: { ageMonths: 11, minAgeMonths: 12, eligibleFrom: '2026-12-13', childName: '小米' } });
  });

  it('refuses a child older than the maximum on the session day', () => {
    expect(checkChildAge('2023-12-12', '2026-12-12', range)).toBe(36);
    const old = codeOf(() => checkChildAge('2023-11-11', '2026-12-12', range));
    expect(old).toMatchObject({ code: 'CHILD_TOO_OLD', data: { ageMonths: 37, maxAgeMonths: 36 } });
  });

  it('counts month ends the way parents do', () => {
    expect(checkChildAge('2025-03-31', '2026-02-28', { minAgeMonths: 11, maxAgeMonths: 36 })).toBe(11);
    expect(dateAtAgeMonths('2025-03-31', 11)).toBe('2026-02-28');
    expect(dateAtAgeMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('weekly weekend cap', () => {
  it('counts weekend bookings in the same ISO week (Mon–Sun) only', () => {
    // Week of Mon 2026-12-07 .. Sun 2026-12-13.
    expect(codeOf(() => checkWeeklyCap('2026-12-13', ['2026-12-12'], 2))).toBeNull();
    const over = codeOf(() => checkWeeklyCap('2026-12-13', ['2026-12-12', '2026-12-12'], 2));
    expect(over).toMatchObject({ code: 'WEEKLY_CAP_REACHED', data: { limit: 2, weekStart: '2026-12-07', weekEnd: '2026-12-13' } });
  });

  it('treats Sunday and the next Saturday as different weeks', () => {
    expect(codeOf(() => checkWeeklyCap('2026-12-19', ['2026-12-12', '2026-12-13'], 2))).toBeNull();
    expect(codeOf(() => checkWeeklyCap('2026-12-06', ['2026-12-12', '2026-12-13'], 2))).toBeNull();
  });

  it('ignores weekday sessions both as the new booking and as existing ones', () => {
    expect(codeOf(() => checkWeeklyCap('2026-12-09', ['2026-12-12', '2026-12-13'], 2))).toBeNull();
    expect(codeOf(() => checkWeeklyCap('2026-12-12', ['2026-12-08', '2026-12-10', '2026-12-11'], 2))).toBeNull();
  });
});

describe('late cancel', () => {
  const start = at('2026-12-12T09:00:00+08:00');
  it('is late within 120 minutes of the start', () => {
    expect(isLateCancel(start, at('2026-12-12T07:00:00+08:00'), rules)).toBe(false);
    expect(isLateCancel(start, at('2026-12-12T07:00:01+08:00'), rules)).toBe(true);
  });
});

describe('no-show pause', () => {
  const now = at('2026-12-20T10:00:00+08:00');
  it('pauses from the third no-show in 30 days until the latest one + 14 days', () => {
    const starts = [at('2026-11-28T09:00:00+08:00'), at('2026-12-05T09:00:00+08:00'), at('2026-12-12T09:00:00+08:00')];
    expect(computeNoShowPause(starts, now, rules)?.toISOString()).toBe(at('2026-12-26T09:00:00+08:00').toISOString());
    expect(computeNoShowPause(starts.slice(1), now, rules)).toBeNull();
  });

  it('ignores no-shows older than the window, and ends after the pause', () => {
    const starts = [at('2026-11-01T09:00:00+08:00'), at('2026-12-05T09:00:00+08:00'), at('2026-12-12T09:00:00+08:00')];
    expect(computeNoShowPause(starts, now, rules)).toBeNull();
    const recent = [at('2026-12-01T09:00:00+08:00'), at('2026-12-02T09:00:00+08:00'), at('2026-12-03T09:00:00+08:00')];
    expect(computeNoShowPause(recent, at('2026-12-17T09:00:00+08:00'), rules)).toBeNull();
    expect(computeNoShowPause(recent, at('2026-12-17T08:59:00+08:00'), rules)).not.toBeNull();
  });
});

describe('reference codes', () => {
  it('use 6 unambiguous characters', () => {
    for (let i = 0; i < 200; i++) {
      const c = generateRefCode();
      expect(c).toMatch(/^[A-Z2-9]{6}$/);
      expect(c).not.toMatch(/[01OI]/);
    }
    expect(REF_ALPHABET).not.toMatch(/[01OI]/);
  });
});
