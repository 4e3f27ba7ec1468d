import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { computeNoShowPause } from '../../src/booking/rules/computeNoShowPause.ts';
import { isLateCancel } from '../../src/booking/rules/isLateCancel.ts';
import { generateRefCode, REF_ALPHABET } from '../../src/booking/rules/generateRefCode.ts';

const rules = defaultConfig().booking; // opens 14 days ahead, closes 60 min before, cancel 120 min, 2/week, 3 no-shows/30d → 14d
const at = (s: string) => new Date(s);

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
