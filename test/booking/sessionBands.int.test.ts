import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { errorOf, makeFamily, makePoint, makeService, makeSession } from './fixtures.ts';

/**
 * A session's own age band and booking window (from its timetable row) win
 * over the point's ages and the configured window, in booking and in search
 * alike. "Now" is Wednesday 2026-11-25 10:00 in Xiamen.
 */
describe(`a session's own age band and booking window (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  it('drop-off care from 6 months at a point that takes babies from birth: a 3-month-old is refused and not offered', async () => {
    const point = await makePoint(db, { min: 0, max: 36 });
    const care = await makeSession(db, point, { date: '2026-11-28' });
    const activity = await makeSession(db, point, { date: '2026-11-28', start: '15:00', end: '16:00', classTitle: 'music_social' });
    await db.pool.query('UPDATE sessions SET min_age_months = 6 WHERE id = $1', [care]);
    const baby = await makeFamily(db, 1, '2026-08-20');
    const { service } = makeService(db);
    const err = await errorOf(service.bookSession({ parentId: 1, childId: baby, sessionId: care }));
    expect(err.code).toBe('CHILD_TOO_YOUNG');
    expect(err.data).toMatchObject({ minAgeMonths: 6, ageMonths: 3 });
    const found = await service.searchSlots({ from: '2026-11-28', to: '2026-11-28', childId: baby, parentId: 1 });
    expect(found.map((s) => s.sessionId)).toEqual([activity]);
    expect((await service.bookSession({ parentId: 1, childId: baby, sessionId: activity })).booking.sessionId).toBe(activity);
  });

  it('a session that opens 3 days ahead: refused before, with the date search shows', async () => {
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: '2026-12-02' }); // opens Sun 2026-11-29 00:00 with 3 days
    await db.pool.query('UPDATE sessions SET opens_days_ahead = 3 WHERE id = $1', [session]);
    const child = await makeFamily(db, 2);
    const { service, clock } = makeService(db);
    const err = await errorOf(service.bookSession({ parentId: 2, childId: child, sessionId: session }));
    expect(err).toMatchObject({ code: 'BOOKING_NOT_OPEN_YET', data: expect.objectContaining({ opensDate: '2026-11-29', daysAhead: 3 }) });
    const [slot] = await service.searchSlots({ from: '2026-12-02', to: '2026-12-02' });
    expect(slot).toMatchObject({ sessionId: session, bookable: false, bookingOpensAt: err.data.opensAt });
    clock.set(new Date('2026-11-29T00:00:00+08:00'));
    expect((await service.bookSession({ parentId: 2, childId: child, sessionId: session })).booking.sessionId).toBe(session);
  });
});
