import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { DomainError } from '../../src/errors/DomainError.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { count, makeFamily, makePoint, makeService, makeSession } from './fixtures.ts';

const SAT = '2026-11-28';

/** n families (parent ids base+1..base+n) with one child each, in two statements; returns child ids in parent order. */
async function makeFamilies(db: Database, base: number, n: number): Promise<number[]> {
  await db.pool.query(`INSERT INTO parents (id, display_name) SELECT $1 + g, 'p' || g FROM generate_series(1, $2) g`, [base, n]);
  const r = await db.pool.query<{ id: number }>(
    `INSERT INTO children (parent_id, name, birth_date) SELECT $1 + g, 'kid' || g, '2025-01-15' FROM generate_series(1, $2) g RETURNING id`,
    [base, n],
  );
  return r.rows.map((x) => x.id);
}

describe(`booking under concurrency (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  it('200 families race for 20 places: exactly 20 confirmed, 180 SESSION_FULL, nothing else', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT, capacity: 20 });
    const children = await makeFamilies(db, 10_000, 200);
    const results = await Promise.allSettled(children.map((childId, i) => service.bookSession({ parentId: 10_001 + i, childId, sessionId: session })));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const others = failed.filter((r) => !(r.reason instanceof DomainError && r.reason.code === 'SESSION_FULL'));
    expect(others.map((r) => String(r.reason))).toEqual([]);
    expect(ok).toHaveLength(20);
    expect(failed).toHaveLength(180);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(20);
    expect(await count(db, `SELECT count(*) FROM bookings WHERE session_id = $1 AND status = 'confirmed'`, [session])).toBe(20);
  });

  it('a child tapping "book" five times at once gets one booking', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT, capacity: 5 });
    const child = await makeFamily(db, 1);
    const results = await Promise.all(Array.from({ length: 5 }, () => service.bookSession({ parentId: 1, childId: child, sessionId: session })));
    expect(new Set(results.map((r) => r.booking.id)).size).toBe(1);
    expect(results.filter((r) => !r.alreadyBooked)).toHaveLength(1);
    expect(await count(db, 'SELECT count(*) FROM bookings')).toBe(1);
  });

  it('one child racing into two overlapping sessions gets only one', async () => {
    const { service } = makeService(db);
    const a = await makePoint(db, { code: 'A' });
    const b = await makePoint(db, { code: 'B' });
    const s1 = await makeSession(db, a, { date: SAT });
    const s2 = await makeSession(db, b, { date: SAT, start: '10:00', end: '11:00' });
    const child = await makeFamily(db, 1);
    const results = await Promise.allSettled([s1, s2, s1, s2].map((sessionId) => service.bookSession({ parentId: 1, childId: child, sessionId })));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as DomainError).code : 'ok'));
    expect(codes.filter((c) => c !== 'ok' && c !== 'CHILD_DOUBLE_BOOKED')).toEqual([]);
    expect(await count(db, `SELECT count(*) FROM bookings WHERE status = 'confirmed'`)).toBe(1);
  });

  it('5 concurrent cancellations on a full session make exactly 5 offers to 5 different families', async () => {
    const { service } = makeService(db);
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT, capacity: 10 });
    const booked = await makeFamilies(db, 20_000, 10);
    const refs: string[] = [];
    for (const [i, childId] of booked.entries()) {
      refs.push((await service.bookSession({ parentId: 20_001 + i, childId, sessionId: session })).booking.refCode);
    }
    const waiting = await makeFamilies(db, 30_000, 10);
    for (const [i, childId] of waiting.entries()) await service.joinWaitlist({ parentId: 30_001 + i, childId, sessionId: session });

    const cancels = await Promise.all(refs.slice(0, 5).map((bookingRef, i) => service.cancelBooking({ actor: { parentId: 20_001 + i }, bookingRef })));
    const offered = cancels.map((c) => c.offer?.parentId);
    expect(offered.every((p) => p !== undefined)).toBe(true);
    expect(new Set(offered).size).toBe(5);
    // First come, first served: the first five in the queue.
    expect([...offered].sort()).toEqual([30_001, 30_002, 30_003, 30_004, 30_005]);
    expect(await count(db, `SELECT count(*) FROM bookings WHERE session_id = $1 AND status = 'held'`, [session])).toBe(5);
    expect(await count(db, `SELECT count(*) FROM waitlist_entries WHERE status = 'offered'`)).toBe(5);
    expect(await count(db, `SELECT count(DISTINCT chat_id) FROM outbox WHERE kind = 'waitlist_offer'`)).toBe(5);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(10);
  });
});
