import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { seedDemo } from '../../src/demo/seedDemo.ts';
import { DEMO_POINTS } from '../../src/demo/demoPoints.ts';
import { DISTRICTS } from '../../src/domain/xiamenPlaces.ts';
import { getTestDatabase, resetDatabase } from '../helpers/testDatabase.ts';

const TZ = 'Asia/Shanghai';

describe('demo seed', () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
    await resetDatabase(db);
  });

  it('creates a network across all six districts relative to the clock', async () => {
    const now = new Date('2026-11-25T10:00:00+08:00'); // a Wednesday
    const first = await seedDemo(db.pool, { now, timeZone: TZ });
    expect(first.points).toBeGreaterThanOrEqual(12);
    expect(first.sessionsCreated).toBeGreaterThan(100);
    const districts = await db.pool.query('SELECT DISTINCT district FROM service_points');
    expect(districts.rows.map((r) => r.district).sort()).toEqual([...DISTRICTS].sort());

    const range = await db.pool.query(
      `SELECT min(starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS first, max(starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS last FROM sessions`,
    );
    expect(range.rows[0].first).toBe('2026-11-25');
    expect(range.rows[0].last).toBe('2026-12-22');

    const weekendMorning = await db.pool.query(
      `SELECT count(*)::int AS n FROM sessions WHERE kind = 'half_day'
         AND (starts_at AT TIME ZONE 'Asia/Shanghai')::date = '2026-11-28'
         AND to_char(starts_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') = '09:00'`,
    );
    expect(weekendMorning.rows[0].n).toBe(DEMO_POINTS.filter((p) => p.pointType === 'institution_embedded').length);

    const full = await db.pool.query('SELECT id FROM sessions WHERE booked = capacity ORDER BY id');
    expect(full.rows.map((r) => r.id).sort()).toEqual([...first.fullSessionIds].sort());
    expect(first.fullSessionIds.length).toBeGreaterThanOrEqual(2);
    const wl = await db.pool.query(`SELECT count(*)::int AS n FROM waitlist_entries WHERE session_id = $1 AND status = 'waiting'`, [first.waitlistSessionId]);
    expect(wl.rows[0].n).toBe(2);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM staff')).rows[0].n).toBeGreaterThanOrEqual(1);
    const classes = await db.pool.query(`SELECT DISTINCT class_title FROM sessions WHERE kind = 'trial_class'`);
    expect(classes.rows.map((r) => r.class_title).sort()).toEqual(['gross_motor', 'music_social', 'picture_books', 'sensory_integration']);
  });

  it('is idempotent', async () => {
    const now = new Date('2026-11-25T10:00:00+08:00');
    const counts = async () =>
      (
        await db.pool.query(`SELECT (SELECT count(*) FROM sessions)::int AS s, (SELECT count(*) FROM bookings)::int AS b,
        (SELECT count(*) FROM children)::int AS c, (SELECT count(*) FROM waitlist_entries)::int AS w, (SELECT count(*) FROM service_points)::int AS p`)
      ).rows[0];
    const before = await counts();
    const again = await seedDemo(db.pool, { now, timeZone: TZ });
    expect(again.sessionsCreated).toBe(0);
    expect(again.demoBookingsCreated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('a later clock adds the new days without duplicating the old ones', async () => {
    const before = (await db.pool.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n;
    const later = await seedDemo(db.pool, { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: TZ });
    expect(later.sessionsCreated).toBeGreaterThan(0);
    const dup = await db.pool.query(
      `SELECT count(*)::int AS n FROM (SELECT point_id, starts_at, kind, class_title FROM sessions GROUP BY 1,2,3,4 HAVING count(*) > 1) d`,
    );
    expect(dup.rows[0].n).toBe(0);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n).toBe(before + later.sessionsCreated);
  });
});
