import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { count, errorOf, makeFamily, makePoint, makeService, makeSession } from './fixtures.ts';

/**
 * Every booking rule has one decider, booking_refusal() in SQL (migrations
 * 040/041); booking, the waitlist and search all ask it or the functions it is
 * built from (child_age_months, booking_opens_at, booking_closes_at). Each rule
 * is tested here through the service, at its edges, with the facts the words
 * need. "Now" is Wednesday 2026-11-25 10:00 in Xiamen; the rules are the
 * defaults: opens 14 days ahead at local midnight, closes 60 minutes before,
 * 2 weekend bookings per child per ISO week, 3 no-shows in 30 days pause 14 days.
 */
const SAT = '2026-11-28';
const SUN = '2026-11-29';

describe(`each booking rule through the one decider (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T> => (await db.pool.query(text, params)).rows[0].v as T;

  it('window: opens at local midnight 14 days before the session day, the moment search shows', async () => {
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: '2026-12-10' }); // a Thursday: opens Thu 2026-11-26 00:00
    const child = await makeFamily(db, 1);
    const { service, clock } = makeService(db);
    const err = await errorOf(service.bookSession({ parentId: 1, childId: child, sessionId: session }));
    expect(err).toEqual({
      code: 'BOOKING_NOT_OPEN_YET',
      data: expect.objectContaining({
        opensAt: '2026-11-25T16:00:00.000Z',
        opensDate: '2026-11-26',
        opensTime: '00:00',
        daysAhead: 14,
        localDate: '2026-12-10',
        childName: '宝宝1',
      }),
    });
    const [slot] = await service.searchSlots({ from: '2026-12-10', to: '2026-12-10' });
    expect(slot).toMatchObject({ sessionId: session, bookable: false, bookingOpensAt: err.data.opensAt });

    clock.set('2026-11-25T23:59:59+08:00');
    expect((await errorOf(service.bookSession({ parentId: 1, childId: child, sessionId: session }))).code).toBe('BOOKING_NOT_OPEN_YET');
    clock.set('2026-11-26T00:00:00+08:00');
    expect((await service.searchSlots({ from: '2026-12-10', to: '2026-12-10' }))[0]!.bookable).toBe(true);
    expect((await service.bookSession({ parentId: 1, childId: child, sessionId: session })).alreadyBooked).toBe(false);

    // The session's local day decides, not UTC: 00:30 in Xiamen is still the day before in UTC.
    const opens = (tz: string) => sql<Date>(`SELECT booking_opens_at('2026-12-12T00:30:00+08:00', 14, $1) AS v`, [tz]);
    expect((await opens('Asia/Shanghai')).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect((await opens('UTC')).toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('closing: 60 minutes before the start, then SESSION_IN_PAST once it has started', async () => {
    const point = await makePoint(db);
    const justOpen = await makeSession(db, point, { date: '2026-11-25', start: '11:01', end: '12:00' });
    const closing = await makeSession(db, point, { date: '2026-11-25', start: '11:00', end: '12:30', kind: 'temporary_care' });
    const started = await makeSession(db, point, { date: '2026-11-25', start: '09:30', end: '11:30', kind: 'half_day' });
    const { service } = makeService(db);
    const a = await makeFamily(db, 1);
    const b = await makeFamily(db, 2);
    expect((await service.bookSession({ parentId: 1, childId: a, sessionId: justOpen })).booking.status).toBe('confirmed');
    const closed = await errorOf(service.bookSession({ parentId: 2, childId: b, sessionId: closing }));
    expect(closed).toEqual({
      code: 'BOOKING_CLOSED',
      data: expect.objectContaining({ closedAt: '2026-11-25T02:00:00.000Z', minutesBefore: 60, startTime: '11:00', localDate: '2026-11-25' }),
    });
    const slot = (await service.searchSlots({ from: '2026-11-25', to: '2026-11-25', includeFull: true })).find((s) => s.sessionId === closing);
    expect(slot).toMatchObject({ bookable: false, bookingClosesAt: closed.data.closedAt });
    expect(await errorOf(service.bookSession({ parentId: 2, childId: b, sessionId: started }))).toMatchObject({
      code: 'SESSION_IN_PAST',
      data: { startTime: '09:30' },
    });
  });

  it('age on the session day: too young (with the day it fits), too old, month ends; search filters by the same age', async () => {
    const point = await makePoint(db, { min: 12, max: 36 });
    const sat = await makeSession(db, point, { date: SAT });
    const { service } = makeService(db);
    const book = (parentId: number, childId: number) => service.bookSession({ parentId, childId, sessionId: sat });
    const turnsOneOnSat = await makeFamily(db, 1, '2025-11-28');
    const turnsOneOnSun = await makeFamily(db, 2, '2025-11-29');
    const threeOnSat = await makeFamily(db, 3, '2023-11-28');
    const tooOld = await makeFamily(db, 4, '2023-10-27');
    const threeOnSun = await makeFamily(db, 5, '2023-11-29');

    expect(await errorOf(book(2, turnsOneOnSun))).toEqual({
      code: 'CHILD_TOO_YOUNG',
      data: expect.objectContaining({ ageMonths: 11, minAgeMonths: 12, eligibleFrom: '2026-11-29', localDate: SAT, childName: '宝宝2' }),
    });
    expect(await errorOf(book(4, tooOld))).toEqual({
      code: 'CHILD_TOO_OLD',
      data: expect.objectContaining({ ageMonths: 37, maxAgeMonths: 36, localDate: SAT }),
    });
    // Search with the child shows only what the decider would accept.
    expect((await service.searchSlots({ from: SAT, to: SAT, childId: turnsOneOnSun, parentId: 2 })).map((s) => s.sessionId)).toEqual([]);
    expect((await service.searchSlots({ from: SAT, to: SAT, childId: turnsOneOnSat, parentId: 1 })).map((s) => s.sessionId)).toEqual([sat]);
    expect((await book(1, turnsOneOnSat)).booking.status).toBe('confirmed');
    // The band is [min, max): a child leaves on the day they reach the maximum — the third birthday (migration 098).
    expect(await errorOf(book(3, threeOnSat))).toEqual({
      code: 'CHILD_TOO_OLD',
      data: expect.objectContaining({ ageMonths: 36, maxAgeMonths: 36, localDate: SAT }),
    });
    expect((await service.searchSlots({ from: SAT, to: SAT, childId: threeOnSat, parentId: 3 })).map((s) => s.sessionId)).toEqual([]);
    expect((await service.searchSlots({ from: SAT, to: SAT, childId: threeOnSun, parentId: 5 })).map((s) => s.sessionId)).toEqual([sat]);
    expect((await book(5, threeOnSun)).booking.status).toBe('confirmed');
    // The age a family sees for a child is the same computation.
    expect((await service.listChildren(2))[0]!.ageMonths).toBe(11);

    // Month ends: a month is complete on the same day of the month, or on the month's last day.
    const age = (birth: string, day: string) => sql<number>('SELECT child_age_months($1::date, $2::date) AS v', [birth, day]);
    expect(await age('2024-03-31', '2024-04-29')).toBe(0);
    expect(await age('2024-03-31', '2024-04-30')).toBe(1);
    expect(await age('2025-03-31', '2026-02-28')).toBe(11);
    expect(await age('2024-02-29', '2025-02-28')).toBe(12);
    // The day a child reaches an age is the first day child_age_months() says so, for every birth day of a year.
    const mismatches = await sql<number>(
      `SELECT count(*)::int AS v
         FROM generate_series(date '2023-01-01', date '2024-12-31', interval '1 day') AS b(d), generate_series(1, 40) AS m(n)
        WHERE child_age_months(b.d::date, child_age_reached_on(b.d::date, m.n)) <> m.n
           OR child_age_months(b.d::date, child_age_reached_on(b.d::date, m.n) - 1) <> m.n - 1`,
    );
    expect(mismatches).toBe(0);
  });

  it('double booking: an overlapping held or confirmed booking refuses, an adjacent one does not', async () => {
    const a = await makePoint(db, { code: 'A' });
    const b = await makePoint(db, { code: 'B' });
    const morning = await makeSession(db, a, { date: SAT, start: '09:00', end: '12:00' });
    const overlapping = await makeSession(db, b, { date: SAT, start: '11:59', end: '13:00' });
    const adjacent = await makeSession(db, b, { date: SAT, start: '12:00', end: '13:00', kind: 'temporary_care' });
    const child = await makeFamily(db, 1);
    const { service } = makeService(db);
    const book = (sessionId: number) => service.bookSession({ parentId: 1, childId: child, sessionId });
    const first = await book(morning);
    expect(await errorOf(book(overlapping))).toEqual({
      code: 'CHILD_DOUBLE_BOOKED',
      data: expect.objectContaining({
        otherRefCode: first.booking.refCode,
        otherLocalDate: SAT,
        otherStartTime: '09:00',
        otherEndTime: '12:00',
        otherPointNameZh: 'A服务点',
        otherPointNameEn: 'Point A',
        startTime: '11:59',
      }),
    });
    expect((await book(adjacent)).booking.status).toBe('confirmed');
    await db.pool.query(`UPDATE bookings SET status = 'cancelled' WHERE id <> $1`, [first.booking.id]);
    // A place held for the child (a waitlist offer) counts too; an attended one does not.
    await db.pool.query(`UPDATE bookings SET status = 'held', hold_expires_at = $2 WHERE id = $1`, [first.booking.id, '2026-11-25T10:30:00+08:00']);
    expect((await errorOf(book(overlapping))).data).toMatchObject({ otherRefCode: first.booking.refCode });
    await db.pool.query(`UPDATE bookings SET status = 'attended', hold_expires_at = NULL WHERE id = $1`, [first.booking.id]);
    expect((await book(overlapping)).booking.status).toBe('confirmed');
  });

  it('weekly cap: 2 weekend bookings per child per ISO week (Mon–Sun, local time); weekdays neither count nor are counted', async () => {
    const point = await makePoint(db);
    const other = await makePoint(db, { code: 'Q' });
    const satMidnight = await makeSession(db, point, { date: SAT, start: '00:30', end: '01:30', kind: 'temporary_care' }); // Friday in UTC
    const sunMorning = await makeSession(db, point, { date: SUN });
    const satAfternoon = await makeSession(db, other, { date: SAT, start: '14:30', end: '17:30' });
    const thursday = await makeSession(db, point, { date: '2026-11-26', classTitle: 'picture_books', start: '10:00', end: '11:00' });
    const nextSat = await makeSession(db, point, { date: '2026-12-05' });
    const child = await makeFamily(db, 1);
    const { service } = makeService(db);
    const book = (sessionId: number) => service.bookSession({ parentId: 1, childId: child, sessionId });
    await book(thursday);
    await book(satMidnight);
    await book(sunMorning);
    expect(await errorOf(book(satAfternoon))).toEqual({
      code: 'WEEKLY_CAP_REACHED',
      data: expect.objectContaining({ limit: 2, used: 2, weekStart: '2026-11-23', weekEnd: SUN, localDate: SAT }),
    });
    expect((await book(nextSat)).booking.status).toBe('confirmed'); // the next ISO week
    const thursday2 = await makeSession(db, other, { date: '2026-11-26', classTitle: 'gross_motor', start: '14:00', end: '15:00' });
    expect((await book(thursday2)).booking.status).toBe('confirmed'); // a weekday is never capped
  });

  it('no-show pause: 3 no-shows in 30 days pause until the latest + 14 days; a later stored pause wins; older ones do not count', async () => {
    const point = await makePoint(db);
    const sat = await makeSession(db, point, { date: SAT });
    const child = await makeFamily(db, 1);
    const noShow = async (date: string, n: number) => {
      const s = await makeSession(db, point, { date, start: '15:00', end: '16:00', kind: 'temporary_care' });
      await db.pool.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ($1, $2, $3, 1, 'no_show')`, [
        `NOSHW${n}`,
        s,
        child,
      ]);
    };
    const { service } = makeService(db);
    const book = () => service.bookSession({ parentId: 1, childId: child, sessionId: sat });
    await noShow('2026-10-25', 1); // 31 days ago: outside the window
    await noShow('2026-11-01', 2);
    await noShow('2026-11-08', 3);
    await noShow('2026-11-15', 4);
    expect(await errorOf(book())).toEqual({
      code: 'BOOKINGS_PAUSED',
      data: { until: '2026-11-29T07:00:00.000Z', untilDate: SUN, noShows: 3, limit: 3, windowDays: 30 },
    });
    await db.pool.query(`UPDATE parents SET bookings_paused_until = '2026-12-01T09:00:00+08:00' WHERE id = 1`);
    expect((await errorOf(book())).data).toMatchObject({ until: '2026-12-01T01:00:00.000Z', untilDate: '2026-12-01' });
    await db.pool.query(`UPDATE parents SET bookings_paused_until = NULL WHERE id = 1`);
    await db.pool.query(`DELETE FROM bookings WHERE ref_code = 'NOSHW4'`);
    expect((await book()).booking.status).toBe('confirmed'); // two in the window: no pause
  });

  it('full and cancelled sessions; the waitlist asks the same decider', async () => {
    const point = await makePoint(db, { min: 12, max: 36 });
    const full = await makeSession(db, point, { date: SAT, capacity: 1 });
    const cancelled = await makeSession(db, point, { date: SUN });
    await db.pool.query(`UPDATE sessions SET status = 'cancelled', cancel_reason = '台风' WHERE id = $1`, [cancelled]);
    const first = await makeFamily(db, 1);
    const second = await makeFamily(db, 2);
    const young = await makeFamily(db, 3, '2026-01-01');
    const { service } = makeService(db);
    await service.bookSession({ parentId: 1, childId: first, sessionId: full });
    expect(await errorOf(service.bookSession({ parentId: 2, childId: second, sessionId: full }))).toEqual({
      code: 'SESSION_FULL',
      data: expect.objectContaining({ sessionId: full, canWaitlist: true, localDate: SAT, childName: '宝宝2' }),
    });
    expect((await service.joinWaitlist({ parentId: 2, childId: second, sessionId: full })).position).toBe(1);
    // The order of the rules is the decider's: the age is named before the session being full, for booking and waitlist alike.
    const tooYoung = await errorOf(service.bookSession({ parentId: 3, childId: young, sessionId: full }));
    expect(tooYoung.code).toBe('CHILD_TOO_YOUNG');
    expect(await errorOf(service.joinWaitlist({ parentId: 3, childId: young, sessionId: full }))).toEqual(tooYoung);
    for (const attempt of [
      service.bookSession({ parentId: 2, childId: second, sessionId: cancelled }),
      service.joinWaitlist({ parentId: 2, childId: second, sessionId: cancelled }),
    ]) {
      expect(await errorOf(attempt)).toEqual({ code: 'SESSION_CANCELLED', data: expect.objectContaining({ reason: '台风', localDate: SUN }) });
    }
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [full])).toBe(1);
  });

  it('re-booking is idempotent, and booking a place held for the child accepts the offer', async () => {
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT, capacity: 1 });
    const a = await makeFamily(db, 1);
    const b = await makeFamily(db, 2);
    const { service } = makeService(db);
    const first = await service.bookSession({ parentId: 1, childId: a, sessionId: session });
    const again = await service.bookSession({ parentId: 1, childId: a, sessionId: session });
    expect(again).toEqual({ booking: { ...first.booking }, alreadyBooked: true });
    expect(await errorOf(service.joinWaitlist({ parentId: 1, childId: a, sessionId: session }))).toMatchObject({
      code: 'ALREADY_BOOKED',
      data: { refCode: first.booking.refCode },
    });

    const entry = await service.joinWaitlist({ parentId: 2, childId: b, sessionId: session });
    const cancel = await service.cancelBooking({ actor: { parentId: 1 }, bookingRef: first.booking.refCode });
    expect(cancel.offer).toMatchObject({ parentId: 2, entryId: entry.entryId });
    const taken = await service.bookSession({ parentId: 2, childId: b, sessionId: session });
    expect(taken).toMatchObject({ alreadyBooked: true, booking: { id: cancel.offer!.bookingId, status: 'confirmed', holdExpiresAt: null } });
    expect(await count(db, `SELECT count(*) FROM waitlist_entries WHERE id = $1 AND status = 'accepted'`, [entry.entryId])).toBe(1);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(1);
  });
});
