import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { count, errorOf, makeFamily, makePoint, makeService, makeSession, makeStaff } from './fixtures.ts';

const SAT = '2026-11-28';
const ADMIN = 900;
const QP_STAFF = 901;
const OTHER_STAFF = 902;

describe(`staff actions (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  let point: number;
  let otherPoint: number;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    point = await makePoint(db, { code: 'QP' });
    otherPoint = await makePoint(db, { code: 'JT', lat: 24.5041, lng: 118.1318 });
    await makeStaff(db, ADMIN, 'admin');
    await makeStaff(db, QP_STAFF, 'point_staff', point);
    await makeStaff(db, OTHER_STAFF, 'point_staff', otherPoint);
  });

  it('knows who is staff and shows a roster of their point', async () => {
    const { service } = makeService(db);
    expect(await service.getStaff(12345)).toBeNull();
    expect(await service.getStaff(QP_STAFF)).toMatchObject({ role: 'point_staff', pointId: point });
    const s = await makeSession(db, point, { date: SAT });
    await makeSession(db, otherPoint, { date: SAT });
    const child = await makeFamily(db, 1, '2025-01-15');
    const { booking } = await service.bookSession({ parentId: 1, childId: child, sessionId: s });
    const roster = await service.roster(QP_STAFF, SAT);
    expect(roster).toHaveLength(1);
    expect(roster[0]).toMatchObject({
      sessionId: s,
      booked: 1,
      bookings: [{ refCode: booking.refCode, childName: '宝宝1', ageMonths: 22, parentId: 1, status: 'confirmed' }],
    });
    expect(await service.roster(ADMIN, SAT)).toHaveLength(2);
    expect(await service.roster(ADMIN, SAT, otherPoint)).toHaveLength(1);
    expect((await errorOf(service.roster(QP_STAFF, SAT, otherPoint))).code).toBe('FORBIDDEN');
    expect((await errorOf(service.roster(1, SAT))).code).toBe('NOT_STAFF');
  });

  it('staff cancel for their point only, and the family is told', async () => {
    const { service } = makeService(db);
    const s = await makeSession(db, point, { date: SAT });
    const child = await makeFamily(db, 1);
    const { booking } = await service.bookSession({ parentId: 1, childId: child, sessionId: s });
    expect((await errorOf(service.cancelBooking({ actor: { staffUserId: OTHER_STAFF }, bookingRef: booking.refCode }))).code).toBe('FORBIDDEN');
    expect((await errorOf(service.cancelBooking({ actor: { staffUserId: 4242 }, bookingRef: booking.refCode }))).code).toBe('NOT_STAFF');
    const r = await service.cancelBooking({ actor: { staffUserId: QP_STAFF }, bookingRef: booking.refCode, reason: '老师生病' });
    expect(r).toMatchObject({ alreadyCancelled: false, late: false });
    expect((await db.pool.query('SELECT cancelled_by FROM bookings')).rows[0].cancelled_by).toBe('staff');
    const o = await db.pool.query(`SELECT chat_id, kind, payload FROM outbox`);
    expect(o.rows).toEqual([
      { chat_id: 1, kind: 'booking_cancelled_by_staff', payload: expect.objectContaining({ reason: '老师生病', refCode: booking.refCode }) },
    ]);
  });

  it('marks attendance after the start; the third no-show pauses the family and tells them', async () => {
    const { service, clock } = makeService(db);
    const child = await makeFamily(db, 1);
    const sats = ['2026-11-28', '2026-12-05', '2026-12-06'];
    const refs: string[] = [];
    for (const date of sats) {
      const s = await makeSession(db, point, { date });
      refs.push((await service.bookSession({ parentId: 1, childId: child, sessionId: s })).booking.refCode);
    }
    expect((await errorOf(service.markAttendance(QP_STAFF, refs[0]!, 'no_show'))).code).toBe('SESSION_NOT_STARTED');
    clock.set('2026-12-06T10:00:00+08:00');
    expect((await errorOf(service.markAttendance(OTHER_STAFF, refs[0]!, 'no_show'))).code).toBe('FORBIDDEN');
    expect((await errorOf(service.markAttendance(QP_STAFF, 'NOPE99', 'no_show'))).code).toBe('BOOKING_NOT_FOUND');
    expect((await service.markAttendance(QP_STAFF, refs[0]!, 'no_show')).pausedUntil).toBeUndefined();
    expect((await service.markAttendance(QP_STAFF, refs[1]!, 'no_show')).pausedUntil).toBeUndefined();
    const third = await service.markAttendance(ADMIN, refs[2]!, 'no_show');
    expect(third.pausedUntil).toBe(new Date('2026-12-20T09:00:00+08:00').toISOString());
    const o = await db.pool.query(`SELECT chat_id, kind, payload FROM outbox WHERE kind = 'no_show_pause'`);
    expect(o.rows).toEqual([{ chat_id: 1, kind: 'no_show_pause', payload: expect.objectContaining({ untilDate: '2026-12-20', noShows: 3 }) }]);
    const next = await makeSession(db, point, { date: '2026-12-12' });
    expect(await errorOf(service.bookSession({ parentId: 1, childId: child, sessionId: next }))).toMatchObject({
      code: 'BOOKINGS_PAUSED',
      data: { untilDate: '2026-12-20' },
    });
    // A corrected mark lifts the pause.
    await service.markAttendance(QP_STAFF, refs[2]!, 'attended');
    expect((await service.bookSession({ parentId: 1, childId: child, sessionId: next })).booking.status).toBe('confirmed');
  });

  it('closes a session: all bookings and waitlist entries cancelled, each family told with alternatives, in one go', async () => {
    const { service } = makeService(db);
    const s = await makeSession(db, point, { date: SAT, capacity: 2 });
    const alt = await makeSession(db, otherPoint, { date: SAT, start: '14:30', end: '17:30' });
    const a = await makeFamily(db, 1);
    const b = await makeFamily(db, 2, '2025-01-15', 'en');
    const w = await makeFamily(db, 3);
    await service.bookSession({ parentId: 1, childId: a, sessionId: s });
    await service.bookSession({ parentId: 2, childId: b, sessionId: s });
    await service.joinWaitlist({ parentId: 3, childId: w, sessionId: s });

    expect((await errorOf(service.closeSession(OTHER_STAFF, s, '停电'))).code).toBe('FORBIDDEN');
    expect((await errorOf(service.closeSession(QP_STAFF, s, '  '))).code).toBe('INVALID_INPUT');
    const r = await service.closeSession(QP_STAFF, s, '台风停课');
    expect(r).toEqual({ sessionId: s, alreadyClosed: false, affectedFamilies: 2, cancelledBookings: 2, waitlistCancelled: 1 });
    expect(await count(db, `SELECT count(*) FROM bookings WHERE status = 'cancelled' AND cancelled_by = 'staff'`)).toBe(2);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [s])).toBe(0);
    expect(await count(db, `SELECT count(*) FROM waitlist_entries WHERE status = 'cancelled'`)).toBe(1);
    const o = await db.pool.query(`SELECT chat_id, kind, language, urgent, payload FROM outbox ORDER BY chat_id`);
    expect(o.rows.map((x) => [x.chat_id, x.kind, x.language])).toEqual([
      [1, 'session_closed', 'zh'],
      [2, 'session_closed', 'en'],
      [3, 'session_closed', 'zh'],
    ]);
    expect(o.rows[0].urgent).toBe(false);
    expect(o.rows[1].payload).toMatchObject({
      reason: '台风停课',
      childName: '宝宝2',
      localDate: SAT,
      alternatives: [{ sessionId: alt, pointNameEn: 'Point JT', startTime: '14:30' }],
    });
    expect(o.rows[2].payload.waitlisted).toBe(true);
    expect((await service.closeSession(ADMIN, s, '台风停课')).alreadyClosed).toBe(true);
    expect((await service.sessionBookings(s)).map((x) => x.status)).toEqual(['cancelled', 'cancelled']);
    expect((await errorOf(service.bookSession({ parentId: 1, childId: a, sessionId: s }))).code).toBe('SESSION_CANCELLED');
  });
});
