import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { defaultConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { importPointsIn } from '../operators/importPoints.ts';
import { importTimetableIn } from '../operators/importTimetable.ts';
import type { OperatorDeps } from '../operators/OperatorDeps.ts';
import { readTable } from '../operators/readTable.ts';
import { fixedClock } from '../time/clock.ts';
import { addDays, localDateOf, weekdayOf, type LocalDate } from '../time/zonedTime.ts';
import { DEMO_POINTS, DEMO_TIMETABLE_FILE } from './demoPoints.ts';

export interface SeedOptions {
  now: Date;
  timeZone: string;
  /** How many days of sessions to create, counting today. */
  days?: number;
}

export interface SeedSummary {
  points: number;
  sessionsCreated: number;
  demoBookingsCreated: number;
  fullSessionIds: number[];
  waitlistSessionId: number | null;
}

function demoRef(seed: string): string {
  // Deterministic so a re-run of the seed recognises its own bookings.
  const h = createHash('sha256').update(seed).digest();
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = 'D';
  for (let i = 0; i < 5; i++) out += alphabet[h[i]! % alphabet.length];
  return out;
}

/** A demo family (parent + one child) whose id is stable across runs. */
async function ensureDemoFamily(client: pg.PoolClient, n: number, today: LocalDate): Promise<{ parentId: number; childId: number }> {
  const parentId = 800_000 + n;
  await client.query(
    `INSERT INTO parents (id, display_name, language, consent_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (id) DO NOTHING`,
    [parentId, `演示家长${n}`, n % 3 === 0 ? 'en' : 'zh'],
  );
  const name = `演示宝宝${n}`;
  const existing = await client.query<{ id: number }>('SELECT id FROM children WHERE parent_id = $1 AND name = $2', [parentId, name]);
  if (existing.rows[0]) return { parentId, childId: existing.rows[0].id };
  // 14–30 months old today, inside every demo point's range for weeks to come.
  const birth = addDays(today, -(14 + (n % 17)) * 30);
  const r = await client.query<{ id: number }>('INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, $3) RETURNING id', [parentId, name, birth]);
  return { parentId, childId: r.rows[0]!.id };
}

async function fillSession(client: pg.PoolClient, sessionId: number, places: number, today: LocalDate, familyOffset: number): Promise<number> {
  let created = 0;
  for (let i = 0; i < places; i++) {
    const s = await client.query<{ free: number }>('SELECT capacity - booked AS free FROM sessions WHERE id = $1', [sessionId]);
    if ((s.rows[0]?.free ?? 0) <= 0) break;
    const { parentId, childId } = await ensureDemoFamily(client, familyOffset + i, today);
    const r = await client.query(
      `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status)
       VALUES ($1,$2,$3,$4,'confirmed') ON CONFLICT DO NOTHING`,
      [demoRef(`${sessionId}:${childId}`), sessionId, childId, parentId],
    );
    created += r.rowCount ?? 0;
  }
  return created;
}

interface DemoSession {
  id: number;
  code: string;
  localDate: string;
  start: string;
  kind: string;
  capacity: number;
}

/**
 * Seeds a realistic demo network relative to `now`: the points and weekly
 * timetable in src/demo/*.csv loaded through the operators' import (so the
 * demo is exactly what an operator's files would produce), sessions for the
 * coming `days`, some sessions full and one with a waitlist. Safe to run any
 * number of times.
 */
export async function seedDemo(pool: Db, { now, timeZone, days = 28 }: SeedOptions): Promise<SeedSummary> {
  const today = localDateOf(now, timeZone);
  const deps: Omit<OperatorDeps, 'pool'> = {
    clock: fixedClock(now),
    timeZone,
    rules: defaultConfig().booking,
    horizonWeeks: Math.ceil(days / 7),
  };
  const actor = { kind: 'system' as const, label: 'demo seed' };
  const timetable = readTable(readFileSync(DEMO_TIMETABLE_FILE, 'utf8'), { format: 'csv' });
  return withTransaction(pool, async (client) => {
    await importPointsIn(client, deps, DEMO_POINTS, { actor, audit: false });
    const imported = await importTimetableIn(client, deps, timetable, { actor, audit: false, horizon: { from: today, to: addDays(today, days - 1) } });
    const sessionsCreated = imported.sessions.created;

    let demoBookingsCreated = 0;
    const fullSessionIds: number[] = [];
    let waitlistSessionId: number | null = null;
    const firstSaturday = addDays(today, (6 - weekdayOf(today) + 7) % 7);
    const firstSunday = addDays(firstSaturday, 1);
    const index = new Map(DEMO_POINTS.map((p, i) => [p.code, i]));

    // Demo bookings in point, day and time order (the same order, ids and codes as ever).
    const sessions = (
      await client.query<DemoSession>(
        `SELECT s.id, p.code, to_char(s.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "localDate",
                to_char(s.starts_at AT TIME ZONE $3, 'HH24:MI') AS start, s.kind, s.capacity
           FROM sessions s JOIN service_points p ON p.id = s.point_id
          WHERE p.code = ANY($4::text[]) AND s.starts_at >= ($1::date)::timestamp AT TIME ZONE $3
            AND s.starts_at < ($2::date)::timestamp AT TIME ZONE $3
            AND (s.starts_at AT TIME ZONE $3)::date IN ($5::date, $6::date)
          ORDER BY s.point_id, s.starts_at, s.kind, s.id`,
        [today, addDays(today, days), timeZone, DEMO_POINTS.map((p) => p.code), firstSaturday, firstSunday],
      )
    ).rows;
    for (const s of sessions) {
      const i = index.get(s.code)!;
      const d = (Date.parse(s.localDate) - Date.parse(today)) / 86_400_000;
      const firstWeekendMorning = s.kind === 'half_day' && s.start === '09:00';
      if (s.code === 'SM-QP' && s.localDate === firstSaturday && firstWeekendMorning) {
        demoBookingsCreated += await fillSession(client, s.id, s.capacity, today, 0);
        fullSessionIds.push(s.id);
        waitlistSessionId = s.id;
      } else if (s.code === 'HL-JT' && s.localDate === firstSunday && s.kind === 'half_day' && s.start === '14:30') {
        demoBookingsCreated += await fillSession(client, s.id, s.capacity, today, 100);
        fullSessionIds.push(s.id);
      } else if (s.code === 'JM-QY' && s.localDate === firstSaturday && s.kind === 'temporary_care') {
        demoBookingsCreated += await fillSession(client, s.id, s.capacity, today, 200);
        fullSessionIds.push(s.id);
      } else if (s.kind === 'half_day') {
        // Partly booked, so free-place counts differ between points.
        demoBookingsCreated += await fillSession(client, s.id, (i * 5 + d) % Math.ceil(s.capacity * 0.6), today, 300 + i * 20);
      }
    }

    if (waitlistSessionId !== null) {
      // Two families already waiting: they joined before the seed's `now` (a day and a half ago, an hour apart), not at the
      // database's wall-clock time, so a family joining on the demo's clock queues behind them (position 3).
      for (const [k, n] of [50, 51].entries()) {
        const { parentId, childId } = await ensureDemoFamily(client, n, today);
        const joinedAt = new Date(now.getTime() - (36 - k) * 3_600_000);
        await client.query(
          `INSERT INTO waitlist_entries (session_id, child_id, parent_id, created_at, updated_at) VALUES ($1,$2,$3,$4,$4) ON CONFLICT DO NOTHING`,
          [waitlistSessionId, childId, parentId, joinedAt],
        );
      }
    }

    const qp = await client.query<{ id: number }>("SELECT id FROM service_points WHERE code = 'SM-QP'");
    await client.query(
      `INSERT INTO staff (telegram_user_id, name, role, point_id) VALUES
         (900001, '演示管理员 Demo Admin', 'admin', NULL),
         (900002, '前埔点老师 Qianpu Staff', 'point_staff', $1)
       ON CONFLICT (telegram_user_id) DO NOTHING`,
      [qp.rows[0]!.id],
    );

    return { points: DEMO_POINTS.length, sessionsCreated, demoBookingsCreated, fullSessionIds, waitlistSessionId };
  });
}
