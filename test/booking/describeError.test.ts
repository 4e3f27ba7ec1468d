import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES, DomainError } from '../../src/errors/DomainError.ts';
import { describeError, formatLocalDate } from '../../src/errors/describeError.ts';

describe('describeError', () => {
  it('has specific words in both languages for every code', () => {
    const generic = { zh: describeError(new Error('x'), 'zh').message, en: describeError(new Error('x'), 'en').message };
    for (const code of DOMAIN_ERROR_CODES) {
      for (const lang of ['zh', 'en'] as const) {
        const d = describeError(new DomainError(code, {}), lang);
        expect(d.code).toBe(code);
        expect(d.message.length).toBeGreaterThan(5);
        expect(d.message).not.toBe(generic[lang]);
        expect(d.message).not.toMatch(/undefined|null|NaN|\[object/);
        if (lang === 'zh') expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('names the session, the dates and the limits', () => {
    const full = new DomainError('SESSION_FULL', {
      sessionId: 7,
      localDate: '2026-12-12',
      startTime: '09:00',
      pointNameZh: '前埔社区爱邻护幼服务点',
      pointNameEn: 'Qianpu Community Care Point',
      canWaitlist: true,
    });
    expect(describeError(full, 'zh').message).toContain('前埔社区爱邻护幼服务点 12月12日（周六） 09:00的场次已经约满了');
    expect(describeError(full, 'en').message).toContain('the 09:00 session on Sat 12 Dec at Qianpu Community Care Point is full');
    expect(describeError(full, 'en').message).toContain('waitlist');

    const paused = new DomainError('BOOKINGS_PAUSED', { untilDate: '2026-12-26', noShows: 3, windowDays: 30 });
    expect(describeError(paused, 'zh').message).toContain('12月26日');
    expect(describeError(paused, 'en').message).toContain('Sat 26 Dec');

    const young = new DomainError('CHILD_TOO_YOUNG', {
      childName: '小米',
      localDate: '2026-12-12',
      ageMonths: 11,
      minAgeMonths: 12,
      eligibleFrom: '2026-12-13',
    });
    expect(describeError(young, 'zh').message).toMatch(/小米.*11个月.*1岁.*12月13日/);
    expect(describeError(young, 'en').message).toMatch(/小米 will be 11 months old on Sat 12 Dec.*12 months.*Sun 13 Dec/);

    const cap = new DomainError('WEEKLY_CAP_REACHED', { limit: 2, weekStart: '2026-12-07', weekEnd: '2026-12-13' });
    expect(describeError(cap, 'zh').message).toContain('最多预约2次');
    expect(describeError(cap, 'en').message).toContain('2 weekend bookings per week');

    const opens = new DomainError('BOOKING_NOT_OPEN_YET', { opensDate: '2026-11-28', opensTime: '00:00', daysAhead: 14 });
    expect(describeError(opens, 'en').message).toContain('opens on Sat 28 Nov at 00:00 (14 days ahead)');
  });

  it('turns bad input into a hint about the field', () => {
    expect(describeError(new DomainError('INVALID_INPUT', { field: 'birthDate', reason: 'in_future' }), 'zh').message).toContain('出生日期');
    expect(describeError(new DomainError('INVALID_INPUT', { field: 'to', reason: 'range_too_long', maxDays: 60 }), 'en').message).toContain('60 days');
    expect(describeError(new DomainError('INVALID_INPUT', { field: 'near', reason: 'too_big' }), 'en').message).toContain('location');
  });

  it('never shows internals for unknown failures', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: '23505' });
    for (const lang of ['zh', 'en'] as const) {
      const d = describeError(err, lang);
      expect(d.code).toBe('INTERNAL');
      expect(d.message).not.toMatch(/duplicate|constraint|Error|at /);
    }
    expect(describeError('boom', 'en').code).toBe('INTERNAL');
    expect(describeError(undefined, 'zh').message).toMatch(/抱歉/);
  });

  it('formats local dates without a zone', () => {
    expect(formatLocalDate('2026-12-13', 'zh')).toBe('12月13日（周日）');
    expect(formatLocalDate('2026-12-13', 'en')).toBe('Sun 13 Dec');
    expect(formatLocalDate('nonsense', 'en')).toBe('that day');
  });
});
