import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { isLateCancel } from '../../src/booking/rules/isLateCancel.ts';
import { generateRefCode, REF_ALPHABET } from '../../src/booking/rules/generateRefCode.ts';

const rules = defaultConfig().booking; // opens 14 days ahead, closes 60 min before, cancel 120 min, 2/week, 3 no-shows/30d → 14d
const at = (s: string) => new Date(s); // instants with their Xiamen offset

describe('late cancel', () => {
  const start = at('2026-12-12T09:00:00+08:00');
  it('is late within 120 minutes of the start', () => {
    expect(isLateCancel(start, at('2026-12-12T07:00:00+08:00'), rules)).toBe(false);
    expect(isLateCancel(start, at('2026-12-12T07:00:01+08:00'), rules)).toBe(true);
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
