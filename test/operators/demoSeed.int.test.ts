import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { seedDemo } from '../../src/demo/seedDemo.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { makeFamily, makeService } from '../booking/fixtures.ts';

/**
 * The demo network is a frozen evaluation set's world: loading it from
 * src/demo/*.csv through the operators' import must give exactly what the
 * hand-written seed gave (recorded in the fixture before the move): the same
 * points, the same sessions with the same ids, bookings, children and waitlist.
 */
const SNAPSHOT = JSON.parse(readFileSync(new URL('./fixtures/demo-seed-2026-11-25.json', import.meta.url), 'utf8'));
const TZ = 'Asia/Shanghai';

describe(`demo network loaded from files (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
    await resetDatabase(db);
  });

  it('equals the seed it replaced: points, sessions per day and kind, bookings, waitlist', async () => {
    const summary = await seedDemo(db.pool, { now: new Date(SNAPSHOT.now), timeZone: TZ });
    expect(summary).toEqual(SNAPSHOT.summary);
    const q = async (sql: string) => (await db.pool.query(sql)).rows;
    const points = await q(`SELECT id, code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en, address_zh, address_en, latitude, longitude,
      phone, point_type, operator_zh, operator_en, min_age_months, max_age_months, active FROM service_points ORDER BY id`);
    expect(points).toEqual(SNAPSHOT.points);
    const sessions = await q(`SELECT s.id, p.code, to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS starts,
      to_char(s.ends_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS ends, s.kind, s.class_title, s.capacity, s.booked, s.status
      FROM sessions s JOIN service_points p ON p.id = s.point_id ORDER BY s.id`);
    const perDayKind = (rows: unknown[][]) => {
      const m: Record<string, number> = {};
      for (const r of rows) m[`${String(r[2]).slice(0, 10)} ${r[4]}`] = (m[`${String(r[2]).slice(0, 10)} ${r[4]}`] ?? 0) + 1;
      return m;
    };
    const now = sessions.map((s) => [s.id, s.code, s.starts, s.ends, s.kind, s.class_title, s.capacity, s.booked, s.status]);
    expect(perDayKind(now)).toEqual(perDayKind(SNAPSHOT.sessions));
    expect(now).toEqual(SNAPSHOT.sessions);
    const bookings = await q('SELECT id, ref_code, session_id, child_id, parent_id, status FROM bookings ORDER BY id');
    expect(bookings.map((b) => [b.id, b.ref_code, b.session_id, b.child_id, b.parent_id, b.status])).toEqual(SNAPSHOT.bookings);
    const children = await q('SELECT id, parent_id, name, birth_date::text AS birth_date FROM children ORDER BY id');
    expect(children.map((c) => [c.id, c.parent_id, c.name, c.birth_date])).toEqual(SNAPSHOT.children);
    expect(await q('SELECT id, session_id, child_id, parent_id, status FROM waitlist_entries ORDER BY id')).toEqual(SNAPSHOT.waitlist);
    expect(await q('SELECT telegram_user_id, name, role, point_id FROM staff ORDER BY id')).toEqual(SNAPSHOT.staff);
  });

  it('the timetable is stored as weekly rows an operator can export and edit', async () => {
    const t = await db.pool.query(`SELECT count(*)::int AS n, count(DISTINCT point_id)::int AS points FROM session_templates`);
    expect(t.rows[0]).toEqual({ n: 82, points: 14 });
  });
  it('a family joining the Qianpu Saturday 09:00 waitlist on the demo clock queues behind the two seeded families', async () => {
    const { service } = makeService(db, SNAPSHOT.now);
    const sessionId = SNAPSHOT.summary.waitlistSessionId as number;
    const child = await makeFamily(db, 7_777, '2025-03-10');
    const joined = await service.joinWaitlist({ parentId: 7_777, childId: child, sessionId });
    expect(joined).toMatchObject({ position: 3, alreadyWaiting: false });
    const again = await service.joinWaitlist({ parentId: 7_777, childId: child, sessionId });
    expect(again).toMatchObject({ position: 3, alreadyWaiting: true });
  });
});
