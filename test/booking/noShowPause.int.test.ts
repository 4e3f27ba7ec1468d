import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { makeFamily, makePoint, makeSession } from './fixtures.ts';

/**
 * The no-show pause has one definition, no_show_pause() in SQL (migration
 * 043), asked by the booking decider and by staff marking a no-show. Default
 * rules: 3 no-shows for sessions started in the last 30 days pause bookings
 * until the latest of them + 14 days.
 */
describe(`no-show pause (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  /** A family with a no-show for a session at each start; the pause the SQL definition gives at `now`. */
  async function pauseFor(starts: string[], now: string): Promise<Date | null> {
    const point = await makePoint(db);
    const child = await makeFamily(db, 1);
    for (const [i, start] of starts.entries()) {
      const [date, time] = start.split('T') as [string, string];
      const session = await makeSession(db, point, { date, start: time.slice(0, 5), end: '12:00' });
      await db.pool.query(`INSERT INTO bookings (session_id, child_id, parent_id, ref_code, status) VALUES ($1, $2, 1, $3, 'no_show')`, [
        session,
        child,
        `NS${i}XYZ`,
      ]);
    }
    const r = await db.pool.query('SELECT pause_until FROM no_show_pause(1, $1, 3, 30, 14)', [new Date(now)]);
    return r.rows[0].pause_until ? new Date(r.rows[0].pause_until) : null;
  }

  it('pauses from the third no-show in 30 days until the latest one + 14 days; two are not enough', async () => {
    const until = await pauseFor(['2026-11-28T09:00', '2026-12-05T09:00', '2026-12-12T09:00'], '2026-12-20T10:00:00+08:00');
    expect(until?.toISOString()).toBe(new Date('2026-12-26T09:00:00+08:00').toISOString());
    await resetDatabase(db);
    expect(await pauseFor(['2026-12-05T09:00', '2026-12-12T09:00'], '2026-12-20T10:00:00+08:00')).toBeNull();
  });

  it('ignores no-shows older than the window, and the pause ends 14 days after the latest', async () => {
    expect(await pauseFor(['2026-11-01T09:00', '2026-12-05T09:00', '2026-12-12T09:00'], '2026-12-20T10:00:00+08:00')).toBeNull();
    await resetDatabase(db);
    const until = await pauseFor(['2026-12-01T09:00', '2026-12-02T09:00', '2026-12-03T09:00'], '2026-12-17T08:59:00+08:00');
    expect(until?.toISOString()).toBe(new Date('2026-12-17T09:00:00+08:00').toISOString());
  });
});
