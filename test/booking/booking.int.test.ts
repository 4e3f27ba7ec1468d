import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { describeError } from '../../src/errors/describeError.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { count, errorOf, makeFamily, makePoint, makeService, makeSession } from './fixtures.ts';

const SAT = '2026-11-28';
const SUN = '2026-11-29';

describe(`booking engine (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  it('books a place, and a double tap returns the same booking', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT });
    const child = await makeFamily(db, 1001);
    const first = await service.bookSession({ parentId: 1001, childId: child, sessionId: session });
    expect(first.alreadyBooked).toBe(false);
    expect(first.booking).toMatchObject({
      status: 'confirmed',
      sessionId: session,
      childId: child,
      localDate: SAT,
      startTime: '09:00',
      endTime: '12:00',
      childName: '宝宝1001',
    });
    expect(first.booking.refCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const again = await service.bookSession({ parentId: 1001, childId: child, sessionId: session });
    expect(again).toMatchObject({ alreadyBooked: true, booking: { id: first.booking.id, refCode: first.booking.refCode } });
    expect(await count(db, 'SELECT count(*) FROM bookings')).toBe(1);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(1);
  });

  it('enforces session, window and ownership rules with specific codes', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const child = await makeFamily(db, 1001);
    const otherChild = await makeFamily(db, 1002);
    const book = (sessionId: number, childId = child) => service.bookSession({ parentId: 1001, childId, sessionId });

    expect((await errorOf(book(999_999))).code).toBe('SESSION_NOT_FOUND');
    const sat = await makeSession(db, point, { date: SAT });
    expect((await errorOf(book(sat, otherChild))).code).toBe('CHILD_NOT_FOUND');

    const cancelled = await makeSession(db, point, { date: SUN });
    await db.pool.query(`UPDATE sessions SET status = 'cancelled', cancel_reason = '台风' WHERE id = $1`, [cancelled]);
    expect(await errorOf(book(cancelled))).toMatchObject({ code: 'SESSION_CANCELLED', data: { reason: '台风' } });

    const past = await makeSession(db, point, { date: '2026-11-25', start: '08:00', end: '09:30' });
    expect((await errorOf(book(past))).code).toBe('SESSION_IN_PAST');

    const soon = await makeSession(db, point, { date: '2026-11-25', start: '10:30', end: '12:00' });
    expect(await errorOf(book(soon))).toMatchObject({ code: 'BOOKING_CLOSED', data: { minutesBefore: 60, localDate: '2026-11-25' } });

    const far = await makeSession(db, point, { date: '2026-12-19' });
    expect(await errorOf(book(far))).toMatchObject({ code: 'BOOKING_NOT_OPEN_YET', data: { opensDate: '2026-12-05' } });

    const full = await makeSession(db, point, { date: SAT, start: '14:30', end: '17:30', capacity: 1 });
    await service.bookSession({ parentId: 1002, childId: otherChild, sessionId: full });
    const fullErr = await errorOf(book(full));
    expect(fullErr).toMatchObject({ code: 'SESSION_FULL', data: { sessionId: full, canWaitlist: true } });
    expect(describeError(new (await import('../../src/errors/DomainError.ts')).DomainError('SESSION_FULL', fullErr.data), 'zh').message).toContain('约满');
    expect(await count(db, 'SELECT count(*) FROM bookings')).toBe(1);
  });

  it('checks the child age on the session date', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db, { min: 12, max: 36 });
    const sat = await makeSession(db, point, { date: SAT });
    const dec12 = await makeSession(db, point, { date: '2026-12-05' });
    // 11 months today and on 11-28, 12 months from 2026-12-01.
    const young = await makeFamily(db, 2001, '2025-12-01');
    expect(await errorOf(service.bookSession({ parentId: 2001, childId: young, sessionId: sat }))).toMatchObject({
      code: 'CHILD_TOO_YOUNG',
      data: { ageMonths: 11, minAgeMonths: 12, eligibleFrom: '2026-12-01' },
    });
    expect((await service.bookSession({ parentId: 2001, childId: young, sessionId: dec12 })).booking.status).toBe('confirmed');
    const old = await makeFamily(db, 2002, '2023-10-01');
    expect(await errorOf(service.bookSession({ parentId: 2002, childId: old, sessionId: sat }))).toMatchObject({
      code: 'CHILD_TOO_OLD',
      data: { ageMonths: 37, maxAgeMonths: 36 },
    });
  });

  it('refuses overlapping bookings for one child and caps weekend bookings per ISO week', async () => {
    const { service } = makeService(db);
    const a = await makePoint(db, { code: 'A' });
    const b = await makePoint(db, { code: 'B', lat: 24.49, lng: 118.12 });
    const child = await makeFamily(db, 3001);
    const book = (sessionId: number) => service.bookSession({ parentId: 3001, childId: child, sessionId });
    const satMorning = await makeSession(db, a, { date: SAT, start: '09:00', end: '12:00' });
    const satOverlap = await makeSession(db, b, { date: SAT, start: '11:00', end: '13:00' });
    const satAfternoon = await makeSession(db, b, { date: SAT, start: '14:30', end: '17:30' });
    const sunMorning = await makeSession(db, a, { date: SUN });
    const thuTrial = await makeSession(db, a, { date: '2026-11-26', start: '10:00', end: '11:00', classTitle: 'picture_books' });
    const nextSat = await makeSession(db, a, { date: '2026-12-05' });

    const first = await book(satMorning);
    expect(await errorOf(book(satOverlap))).toMatchObject({
      code: 'CHILD_DOUBLE_BOOKED',
      data: { otherRefCode: first.booking.refCode, otherStartTime: '09:00', otherEndTime: '12:00' },
    });
    await book(sunMorning);
    expect(await errorOf(book(satAfternoon))).toMatchObject({
      code: 'WEEKLY_CAP_REACHED',
      data: { limit: 2, weekStart: '2026-11-23', weekEnd: '2026-11-29' },
    });
    // Weekday trial classes don't count, and next week is a new week.
    expect((await book(thuTrial)).alreadyBooked).toBe(false);
    expect((await book(nextSat)).alreadyBooked).toBe(false);
    // A cancelled booking frees the week's allowance.
    await service.cancelBooking({ actor: { parentId: 3001 }, bookingRef: first.booking.refCode });
    expect((await book(satAfternoon)).booking.status).toBe('confirmed');
  });

  it('pauses a family with 3 no-shows in 30 days until the latest + 14 days', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const child = await makeFamily(db, 4001);
    for (const date of ['2026-11-01', '2026-11-08', '2026-11-15']) {
      const s = await makeSession(db, point, { date });
      await db.pool.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ($1, $2, $3, 4001, 'no_show')`, [
        `NS${date.slice(8)}AA`,
        s,
        child,
      ]);
    }
    const sat = await makeSession(db, point, { date: SAT });
    const err = await errorOf(service.bookSession({ parentId: 4001, childId: child, sessionId: sat }));
    expect(err).toMatchObject({ code: 'BOOKINGS_PAUSED', data: { untilDate: '2026-11-29', noShows: 3, limit: 3 } });
    expect(
      describeError(Object.assign(new (await import('../../src/errors/DomainError.ts')).DomainError('BOOKINGS_PAUSED', err.data)), 'en').message,
    ).toContain('Sun 29 Nov');
    // After the pause the family books again.
    const later = await makeSession(db, point, { date: '2026-12-05' });
    const { service: afterPause } = makeService(db, '2026-11-29T10:00:00+08:00');
    expect((await afterPause.bookSession({ parentId: 4001, childId: child, sessionId: later })).booking.status).toBe('confirmed');
  });

  it('cancels: only the owner, once, late after the deadline, never in the past', async () => {
    const { service, clock } = makeService(db);
    const point = await makePoint(db);
    const sat = await makeSession(db, point, { date: SAT });
    const child = await makeFamily(db, 5001);
    await makeFamily(db, 5002);
    const { booking } = await service.bookSession({ parentId: 5001, childId: child, sessionId: sat });

    expect((await errorOf(service.cancelBooking({ actor: { parentId: 5002 }, bookingRef: booking.refCode }))).code).toBe('BOOKING_NOT_FOUND');
    expect((await errorOf(service.cancelBooking({ actor: { parentId: 5001 }, bookingRef: 'ZZZZZZ' }))).code).toBe('BOOKING_NOT_FOUND');

    const c1 = await service.cancelBooking({ actor: { parentId: 5001 }, bookingRef: booking.refCode.toLowerCase() });
    expect(c1).toMatchObject({ alreadyCancelled: false, late: false, booking: { status: 'cancelled' } });
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [sat])).toBe(0);
    const c2 = await service.cancelBooking({ actor: { parentId: 5001 }, bookingId: booking.id });
    expect(c2.alreadyCancelled).toBe(true);

    // Rebook and cancel within 2 hours of the start: allowed, recorded late.
    const again = await service.bookSession({ parentId: 5001, childId: child, sessionId: sat });
    clock.set('2026-11-28T07:30:00+08:00');
    const late = await service.cancelBooking({ actor: { parentId: 5001 }, bookingRef: again.booking.refCode });
    expect(late.late).toBe(true);
    expect(await count(db, 'SELECT count(*) FROM bookings WHERE late_cancel')).toBe(1);

    clock.set(`${SAT}T08:00:00+08:00`);
    const pastOne = await makeSession(db, point, { date: SAT, start: '07:00', end: '07:45' });
    await db.pool.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ('PAST22', $1, $2, 5001, 'confirmed')`, [
      pastOne,
      child,
    ]);
    expect((await errorOf(service.cancelBooking({ actor: { parentId: 5001 }, bookingRef: 'PAST22' }))).code).toBe('BOOKING_IN_PAST');
  });

  it('lists upcoming and past bookings', async () => {
    const { service, clock } = makeService(db);
    const point = await makePoint(db);
    const child = await makeFamily(db, 6001);
    const sat = await makeSession(db, point, { date: SAT });
    const sun = await makeSession(db, point, { date: SUN });
    const b1 = await service.bookSession({ parentId: 6001, childId: child, sessionId: sat });
    await service.bookSession({ parentId: 6001, childId: child, sessionId: sun });
    await service.cancelBooking({ actor: { parentId: 6001 }, bookingRef: b1.booking.refCode });
    const list = await service.listBookings(6001, { includePast: true });
    expect(list.upcoming.map((b) => b.sessionId)).toEqual([sun]);
    expect(list.upcoming[0]).toMatchObject({ childName: '宝宝6001', point: { nameZh: 'P1服务点' }, status: 'confirmed' });
    expect(list.past.map((b) => [b.sessionId, b.status])).toEqual([[sat, 'cancelled']]);
    clock.set('2026-11-30T10:00:00+08:00');
    const later = await service.listBookings(6001);
    expect(later.upcoming).toEqual([]);
    expect(later.past).toEqual([]);
  });

  it('rejects bad input with INVALID_INPUT and never writes', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const sat = await makeSession(db, point, { date: SAT });
    const child = await makeFamily(db, 7001);
    const bad = async (p: Promise<unknown>) => (await errorOf(p)).code;
    expect(await bad(service.bookSession({ parentId: 7001, childId: 'abc' as never, sessionId: sat }))).toBe('INVALID_INPUT');
    expect(await bad(service.bookSession({ parentId: 7001, childId: child, sessionId: 1e12 }))).toBe('INVALID_INPUT');
    expect(await bad(service.bookSession({ parentId: -5, childId: child, sessionId: sat }))).toBe('INVALID_INPUT');
    expect(await bad(service.bookSession({ parentId: 7001, childId: child, sessionId: 1.5 }))).toBe('INVALID_INPUT');
    expect(await bad(service.bookSession(null as never))).toBe('INVALID_INPUT');
    // Digits as text are fine (buttons send text).
    expect((await service.bookSession({ parentId: '7001' as never, childId: String(child) as never, sessionId: String(sat) as never })).booking.status).toBe(
      'confirmed',
    );

    const search = (q: Record<string, unknown>) => service.searchSlots({ from: SAT, to: SUN, ...q } as never);
    expect(await errorOf(search({ near: { latitude: 200, longitude: 118 } }))).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'near' } });
    expect(await errorOf(search({ near: { latitude: '24.4', longitude: 118 } }))).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'near' } });
    expect(await errorOf(search({ from: '2026-12-01', to: '2026-11-01' }))).toMatchObject({ code: 'INVALID_INPUT', data: { reason: 'from_after_to' } });
    expect(await errorOf(search({ from: '2026-11-01', to: '2027-03-01' }))).toMatchObject({ code: 'INVALID_INPUT', data: { reason: 'range_too_long' } });
    expect(await errorOf(search({ from: '2026-02-30' }))).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'from' } });
    expect(await errorOf(search({ childAgeMonths: -3 }))).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'childAgeMonths' } });
    expect(await errorOf(search({ childAgeMonths: 900 }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(search({ district: 'atlantis' }))).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'district' } });
    expect((await errorOf(search({ childId: 424242 }))).code).toBe('CHILD_NOT_FOUND');

    await service.ensureParent({ parentId: 7002 });
    const future = await errorOf(service.registerChild(7002, { name: '小米', birthDate: '2027-01-01' }));
    expect(future).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'birthDate', reason: 'in_future' } });
    const ancient = await errorOf(service.registerChild(7002, { name: '小米', birthDate: '1990-01-01' }));
    expect(ancient).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'birthDate', reason: 'too_old' } });
    expect((await errorOf(service.registerChild(7002, { name: '', birthDate: '2025-01-01' }))).data.field).toBe('name');
    expect((await errorOf(service.registerChild(999, { name: 'x', birthDate: '2025-01-01' }))).code).toBe('PARENT_NOT_FOUND');
    expect(await count(db, 'SELECT count(*) FROM children WHERE parent_id = 7002')).toBe(0);
    for (const lang of ['zh', 'en'] as const) {
      const { DomainError } = await import('../../src/errors/DomainError.ts');
      expect(describeError(new DomainError('INVALID_INPUT', future.data), lang).message).toMatch(lang === 'zh' ? /出生日期/ : /birth date/);
    }
  });

  it('manages parents and children', async () => {
    const { service } = makeService(db);
    const p = await service.ensureParent({ parentId: 8001, displayName: 'Li', language: 'en' });
    expect(p).toMatchObject({ id: 8001, displayName: 'Li', language: 'en', consentAt: null });
    expect((await service.ensureParent({ parentId: 8001 })).language).toBe('en');
    expect((await service.setLanguage(8001, 'zh')).language).toBe('zh');
    expect((await service.recordConsent(8001)).consentAt).toBe(new Date('2026-11-25T10:00:00+08:00').toISOString());
    expect(await service.getParent(8002)).toBeNull();
    const kid = await service.registerChild(8001, { name: ' 小米 ', birthDate: '2025-05-25' });
    expect(kid).toMatchObject({ name: '小米', birthDate: '2025-05-25', ageMonths: 18 });
    expect((await service.registerChild(8001, { name: '小米', birthDate: '2025-05-25' })).id).toBe(kid.id);
    expect((await service.updateChild(8001, kid.id, { birthDate: '2025-06-30' })).ageMonths).toBe(16);
    await service.ensureParent({ parentId: 8002 });
    expect((await errorOf(service.updateChild(8002, kid.id, { name: 'x' }))).code).toBe('CHILD_NOT_FOUND');
    expect((await service.listChildren(8001)).map((c) => c.name)).toEqual(['小米']);
  });

  it('searches: near me nearest first, filters by time, age, district and fullness', async () => {
    const { service } = makeService(db);
    const near = await makePoint(db, { code: 'NEAR', lat: 24.478, lng: 118.146, min: 6, max: 36 });
    const mid = await makePoint(db, { code: 'MID', lat: 24.49, lng: 118.125, min: 18, max: 36, district: 'siming' });
    const far = await makePoint(db, { code: 'FAR', lat: 24.72, lng: 118.15, district: 'tongan' });
    const inactive = await makePoint(db, { code: 'OFF', lat: 24.478, lng: 118.147 });
    await db.pool.query('UPDATE service_points SET active = false WHERE id = $1', [inactive]);
    const nearMorning = await makeSession(db, near, { date: SAT, start: '09:00', end: '12:00', capacity: 5 });
    const nearAfternoon = await makeSession(db, near, { date: SAT, start: '14:30', end: '17:30' });
    const midMorning = await makeSession(db, mid, { date: SAT, start: '09:00', end: '12:00', capacity: 8 });
    const farMorning = await makeSession(db, far, { date: SUN });
    await makeSession(db, inactive, { date: SAT });
    const fullOne = await makeSession(db, mid, { date: SUN, capacity: 1 });
    const cancelled = await makeSession(db, near, { date: SUN });
    await db.pool.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [cancelled]);
    await makeSession(db, near, { date: '2026-11-25', start: '08:00', end: '09:00' }); // already started
    await makeSession(db, near, { date: '2026-12-01' }); // outside the range
    const kid = await makeFamily(db, 9001, '2025-06-01'); // 17 months on 11-28 (too young for MID)
    await service.bookSession({ parentId: 9001, childId: kid, sessionId: fullOne }).catch(() => undefined);
    await db.pool.query(`UPDATE sessions SET booked = capacity WHERE id = $1`, [fullOne]).catch(() => undefined);

    const me = { latitude: 24.4772, longitude: 118.1496 };
    const all = await service.searchSlots({ from: SAT, to: SUN, near: me, radiusKm: 50 });
    expect(all.map((s) => s.sessionId)).toEqual([nearMorning, nearAfternoon, midMorning, farMorning]);
    expect(all[0]!.distanceKm).toBeLessThan(1);
    expect(all[3]!.distanceKm).toBeGreaterThan(20);
    expect(all[0]).toMatchObject({ localDate: SAT, startTime: '09:00', endTime: '12:00', free: 5, capacity: 5, bookable: true, point: { code: 'NEAR' } });

    const within = await service.searchSlots({ from: SAT, to: SUN, near: me });
    expect(within.map((s) => s.point.code)).not.toContain('FAR');

    const byTime = await service.searchSlots({ from: SAT, to: SUN });
    expect(byTime.map((s) => s.sessionId)).toEqual([midMorning, nearMorning, nearAfternoon, farMorning]); // more free places first at the same time
    expect((await service.searchSlots({ from: SAT, to: SUN, partOfDay: 'afternoon' })).map((s) => s.sessionId)).toEqual([nearAfternoon]);
    expect((await service.searchSlots({ from: SAT, to: SUN, partOfDay: 'morning' })).map((s) => s.sessionId)).not.toContain(nearAfternoon);
    expect((await service.searchSlots({ from: SAT, to: SUN, district: 'tongan' })).map((s) => s.sessionId)).toEqual([farMorning]);
    expect((await service.searchSlots({ from: SAT, to: SUN, childAgeMonths: 12 })).map((s) => s.point.code)).not.toContain('MID');
    expect((await service.searchSlots({ from: SAT, to: SUN, childId: kid })).map((s) => s.point.code)).not.toContain('MID');
    const withFull = await service.searchSlots({ from: SAT, to: SUN, includeFull: true, limit: 50 });
    expect(withFull.find((s) => s.sessionId === fullOne)).toMatchObject({ free: 0, bookable: false });
    expect((await service.searchSlots({ from: SAT, to: SUN, limit: 2, offset: 2 })).map((s) => s.sessionId)).toEqual([nearAfternoon, farMorning]);
  });
});
