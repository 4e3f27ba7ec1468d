import { defaultConfig } from '../../src/config/config.ts';
import { createApp, type App } from '../../src/app/createApp.ts';
import { prepareKnowledge } from '../../src/app/prepareKnowledge.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/demo/seedDemo.ts';
import { createLogger } from '../../src/logging/createLogger.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { localDateOf } from '../../src/time/zonedTime.ts';
import type { EvalCase } from './caseSchema.ts';
import { tableSnapshots } from './tableSnapshot.ts';

/**
 * One app on one in-memory database for the whole run (PGlite takes seconds
 * to start and the knowledge index is built once); every case gets the
 * family tables emptied and the demo network re-seeded relative to its `now`.
 */
export interface EvalApp {
  app: App;
  clock: ReturnType<typeof fixedClock>;
  reset(now: Date): Promise<void>;
  close(): Promise<void>;
}

export async function createEvalApp(opts: { databaseUrl?: string } = {}): Promise<EvalApp> {
  const db: Database = opts.databaseUrl ? await openDatabase({ url: opts.databaseUrl, maxConnections: 4 }) : await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db.pool);
    const clock = fixedClock(new Date('2026-11-25T10:00:00+08:00'));
    // The offline brain and embedder: no network, the same answers every run.
    const config = defaultConfig({ EMBEDDER: 'offline', LOG_LEVEL: 'silent' });
    const app = createApp({ config, db, clock, logger: createLogger('silent'), brain: 'offline' });
    const tables = (
      await db.pool.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
           AND tablename NOT IN ('schema_migrations', 'session_kinds') AND tablename NOT LIKE 'knowledge%'`,
      )
    ).rows.map((r) => r.tablename);
    const snapshots = await tableSnapshots(db.pool, tables);
    const reset = async (now: Date) => {
      clock.set(now);
      const key = now.toISOString();
      if (snapshots.has(key)) return snapshots.restore(key);
      await db.pool.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
      await seedDemo(db.pool, { now, timeZone: config.timeZone });
      await snapshots.take(key);
    };
    await reset(clock.now());
    await prepareKnowledge(app);
    return { app, clock, reset, close: () => db.close() };
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}

/** A returning parent who has already agreed to the privacy notice, with the case's children and bookings. */
export async function prepareFamily(app: App, userId: number, c: EvalCase): Promise<void> {
  const language = c.lang === 'en' ? 'en' : 'zh';
  await app.booking.ensureParent({ parentId: userId, displayName: `eval ${c.id}`, language });
  await app.booking.recordConsent(userId);
  const ids = new Map<string, number>();
  for (const child of c.setup?.children ?? []) {
    const made = await app.booking.registerChild(userId, child);
    ids.set(child.name, made.id);
  }
  const tz = app.config.timeZone;
  for (const b of c.setup?.bookings ?? []) {
    const childId = ids.get(b.child);
    if (!childId) throw new Error(`${c.id}: setup booking for unknown child ${b.child}`);
    const r = await app.db.pool.query<{ id: number }>(
      `SELECT s.id FROM sessions s JOIN service_points p ON p.id = s.point_id
         JOIN children c ON c.id = $1
        WHERE (s.starts_at AT TIME ZONE $2)::date = $3::date AND s.status = 'open' AND s.booked < s.capacity
          AND ($4::text IS NULL OR p.district = $4) AND ($5::text IS NULL OR p.code = $5)
          AND ($6::text IS NULL OR s.kind = $6) AND ($7::text IS NULL OR s.class_title = $7)
          AND ($8::text IS NULL OR (($8 = 'morning') = ((s.starts_at AT TIME ZONE $2)::time < time '12:00')))
          AND p.min_age_months <= (extract(year from age($3::date, c.birth_date)) * 12 + extract(month from age($3::date, c.birth_date)))
          AND p.max_age_months >= (extract(year from age($3::date, c.birth_date)) * 12 + extract(month from age($3::date, c.birth_date)))
        ORDER BY s.starts_at, p.code LIMIT 1`,
      [childId, tz, b.date, b.district ?? null, b.point ?? null, b.kind ?? null, b.classTitle ?? null, b.partOfDay ?? null],
    );
    const sessionId = r.rows[0]?.id;
    if (!sessionId) throw new Error(`${c.id}: no session for setup booking ${JSON.stringify(b)}`);
    await app.booking.bookSession({ parentId: userId, childId, sessionId });
  }
}

export function caseToday(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone);
}
