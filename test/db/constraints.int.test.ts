import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { getTestDatabase } from '../helpers/testDatabase.ts';

async function makeSession(db: Database, capacity: number) {
  const p = await db.pool.query(
    `INSERT INTO service_points (code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en, address_zh, address_en,
       latitude, longitude, phone, operator_zh, operator_en)
     VALUES ('T1','测试点','Test point','siming','莲前','Lianqian','地址','Address',24.47,118.14,'0592-1','机构','Op') RETURNING id`,
  );
  const s = await db.pool.query(
    `INSERT INTO sessions (point_id, starts_at, ends_at, kind, capacity)
     VALUES ($1, '2026-11-28T09:00:00+08:00', '2026-11-28T12:00:00+08:00', 'half_day', $2) RETURNING id`,
    [p.rows[0].id, capacity],
  );
  return s.rows[0].id as number;
}

async function makeFamily(db: Database, n: number) {
  await db.pool.query(`INSERT INTO parents (id, display_name) VALUES ($1, $2)`, [n, `p${n}`]);
  const c = await db.pool.query(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, 'kid', '2025-01-01') RETURNING id`, [n]);
  return c.rows[0].id as number;
}

const insertBooking = (db: { query: Database['pool']['query'] }, ref: string, sessionId: number, childId: number, parentId: number) =>
  db.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ($1,$2,$3,$4,'confirmed')`, [ref, sessionId, childId, parentId]);

function suite(name: string, open: () => Promise<Database>) {
  describe(`database invariants (${name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await open();
    });
    beforeEach(async () => {
      await resetDatabase(db);
    });

    it('rejects a booking beyond capacity', async () => {
      const sessionId = await makeSession(db, 2);
      for (const n of [1, 2]) await insertBooking(db.pool, `REF00${n}`, sessionId, await makeFamily(db, n), n);
      const child3 = await makeFamily(db, 3);
      await expect(insertBooking(db.pool, 'REF003', sessionId, child3, 3)).rejects.toMatchObject({
        constraint: 'sessions_capacity_not_exceeded',
      });
      const s = await db.pool.query('SELECT booked FROM sessions WHERE id = $1', [sessionId]);
      expect(s.rows[0].booked).toBe(2);
    });

    it('two concurrent transactions cannot both take the last place', async () => {
      const sessionId = await makeSession(db, 1);
      const [c1, c2] = [await makeFamily(db, 1), await makeFamily(db, 2)];
      const attempt = async (ref: string, child: number, parent: number) => {
        const client = await db.pool.connect();
        try {
          await client.query('BEGIN');
          await insertBooking(client, ref, sessionId, child, parent);
          await new Promise((r) => setTimeout(r, 50));
          await client.query('COMMIT');
          return 'ok';
        } catch (e) {
          await client.query('ROLLBACK');
          return (e as { constraint?: string }).constraint ?? 'error';
        } finally {
          client.release();
        }
      };
      const results = await Promise.all([attempt('RACE01', c1, 1), attempt('RACE02', c2, 2)]);
      expect(results.sort()).toEqual(['ok', 'sessions_capacity_not_exceeded']);
      const count = await db.pool.query(`SELECT count(*)::int AS n FROM bookings WHERE session_id = $1 AND status = 'confirmed'`, [sessionId]);
      expect(count.rows[0].n).toBe(1);
    });

    it('allows one active booking per child per session, and rebooking after a cancel', async () => {
      const sessionId = await makeSession(db, 5);
      const child = await makeFamily(db, 1);
      await insertBooking(db.pool, 'DUP001', sessionId, child, 1);
      await expect(insertBooking(db.pool, 'DUP002', sessionId, child, 1)).rejects.toMatchObject({
        constraint: 'bookings_one_active_per_child_session',
      });
      await db.pool.query(`UPDATE bookings SET status = 'cancelled' WHERE ref_code = 'DUP001'`);
      expect((await db.pool.query('SELECT booked FROM sessions WHERE id=$1', [sessionId])).rows[0].booked).toBe(0);
      await insertBooking(db.pool, 'DUP003', sessionId, child, 1);
      expect((await db.pool.query('SELECT booked FROM sessions WHERE id=$1', [sessionId])).rows[0].booked).toBe(1);
    });

    it('frees places when a family is deleted', async () => {
      const sessionId = await makeSession(db, 5);
      await insertBooking(db.pool, 'DEL001', sessionId, await makeFamily(db, 1), 1);
      await db.pool.query('DELETE FROM parents WHERE id = 1');
      expect((await db.pool.query('SELECT booked FROM sessions WHERE id=$1', [sessionId])).rows[0].booked).toBe(0);
    });

    it('rejects a session that ends before it starts and unknown enum values', async () => {
      const sessionId = await makeSession(db, 5);
      await expect(db.pool.query(`UPDATE sessions SET ends_at = starts_at - interval '1 hour' WHERE id = $1`, [sessionId])).rejects.toThrow(/check constraint/);
      await expect(db.pool.query(`UPDATE sessions SET kind = 'nap' WHERE id = $1`, [sessionId])).rejects.toThrow(/foreign key constraint/);
      await expect(db.pool.query(`UPDATE sessions SET kind = 'trial_class' WHERE id = $1`, [sessionId])).rejects.toThrow(/check constraint/);
    });
  });
}

suite(testDatabaseUrl ? 'PostgreSQL' : 'PGlite', getTestDatabase);
