/**
 * Outbox benchmark.
 * (1) Drain throughput: messages/s delivered by one and by two workers with the rate limits
 *     switched off and a fake send that answers at once (real time, system clock). On PostgreSQL
 *     the two workers have separate pools, as two processes would; on PGlite they share its one
 *     connection.
 * (2) A closure for 2,000 families through BookingService.closeSession (10 sessions × 200),
 *     delivered with the limits on (config defaults: 30/s overall, 1/s per chat) in SIMULATED
 *     time: a fixed clock that the worker's rate-limiter sleep advances, with a fake send.
 *     The figure is the simulated span from the first to the last message; it should be close
 *     to 2,000 / globalPerSecond.
 * PostgreSQL at DATABASE_URL or postgres://postgres@127.0.0.1:5432/ailin_bench (created if
 * missing; only rows this script made are removed), and in-memory PGlite.
 * Writes bench-results/outbox.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ensureBenchDatabase } from './ensureBenchDatabase.ts';
import { cpus } from 'node:os';
import { defaultConfig } from '../src/config/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { createBookingService } from '../src/booking/BookingService.ts';
import { createOutboxWorker, type OutboxWorker } from '../src/notifications/OutboxWorker.ts';
import type { SendNotification } from '../src/notifications/SendNotification.ts';
import { fixedClock, systemClock } from '../src/time/clock.ts';
import { runScript } from './runScript.ts';

const TZ = 'Asia/Shanghai';
const NOW = '2026-11-25T10:00:00+08:00'; // Wednesday, outside quiet hours
const DRAIN_MESSAGES = 3000;
const FAMILIES = 2000;
// Ids no real Telegram user has, so cleanup on a shared database touches only these rows.
const BASE_ID = 8_000_000_000;
const config = defaultConfig({ BUTTON_SECRET: 'bench-outbox-secret' });

async function cleanup(db: Database): Promise<void> {
  await db.pool.query(`DELETE FROM outbox WHERE chat_id >= $1`, [BASE_ID]);
  await db.pool.query(`DELETE FROM service_points WHERE code LIKE 'BENCH-OB-%'`);
  await db.pool.query(`DELETE FROM parents WHERE id >= $1`, [BASE_ID]);
  await db.pool.query(`DELETE FROM staff WHERE telegram_user_id = $1`, [BASE_ID - 1]);
}

async function pendingMine(db: Database): Promise<number> {
  const r = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending' AND chat_id >= $1`, [BASE_ID]);
  return r.rows[0].n;
}

async function drainThroughput(db: Database, pools: Database['pool'][]) {
  await cleanup(db);
  await db.pool.query(`INSERT INTO parents (id, language) SELECT $1::bigint + i, CASE WHEN i % 3 = 0 THEN 'en' ELSE 'zh' END FROM generate_series(1, $2) i`, [
    BASE_ID,
    DRAIN_MESSAGES,
  ]);
  await db.pool.query(
    `INSERT INTO outbox (chat_id, kind, payload, urgent, due_at)
     SELECT $1::bigint + i, 'no_show_pause', jsonb_build_object('noShows', 2), true, now() - interval '1 second'
     FROM generate_series(1, $2) i`,
    [BASE_ID, DRAIN_MESSAGES],
  );
  let sent = 0;
  const send: SendNotification = async (m) => {
    sent++;
    return { ok: true, messageId: m.outboxId };
  };
  const workers: OutboxWorker[] = pools.map((pool, i) =>
    createOutboxWorker({ pool, clock: systemClock, config, send, workerId: `bench-${i}`, rateLimits: false, batchSize: 50, concurrency: 8 }),
  );
  const started = performance.now();
  await Promise.all(
    workers.map(async (w) => {
      for (;;) {
        const r = await w.runOnce();
        if (r.claimed === 0 && (await pendingMine(db)) === 0) return;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const dup = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE chat_id >= $1 AND status = 'sent'`, [BASE_ID]);
  await cleanup(db);
  return {
    workers: pools.length,
    messages: DRAIN_MESSAGES,
    sent,
    rowsMarkedSent: dup.rows[0].n,
    seconds: +seconds.toFixed(2),
    messagesPerSecond: Math.round(sent / seconds),
  };
}

async function closureForFamilies(db: Database) {
  await cleanup(db);
  const clock = fixedClock(NOW);
  const service = createBookingService({ pool: db.pool, clock, timeZone: TZ, rules: config.booking });
  await db.pool.query(`INSERT INTO staff (telegram_user_id, name, role) VALUES ($1, 'bench admin', 'admin')`, [BASE_ID - 1]);
  const sessions: number[] = [];
  for (let p = 0; p < 10; p++) {
    const point = await db.pool.query(
      `INSERT INTO service_points (code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en, address_zh, address_en, latitude, longitude, phone, operator_zh, operator_en)
       VALUES ($1, $1 || '服务点', 'Point ' || $1, 'siming', '莲前', 'Lianqian', '地址', 'Address', $2, 118.14, '0592-1', '机构', 'Op') RETURNING id`,
      [`BENCH-OB-${p}`, 24.47 + p * 0.002],
    );
    const s = await db.pool.query(
      `INSERT INTO sessions (point_id, starts_at, ends_at, kind, capacity)
       VALUES ($1, '2026-11-28 09:00+08', '2026-11-28 12:00+08', 'half_day', 200) RETURNING id`,
      [point.rows[0].id],
    );
    sessions.push(s.rows[0].id);
  }
  await db.pool.query(`INSERT INTO parents (id, language) SELECT $1::bigint + i, CASE WHEN i % 3 = 0 THEN 'en' ELSE 'zh' END FROM generate_series(1, $2) i`, [
    BASE_ID,
    FAMILIES,
  ]);
  await db.pool.query(`INSERT INTO children (parent_id, name, birth_date) SELECT $1::bigint + i, 'child ' || i, '2025-01-15' FROM generate_series(1, $2) i`, [
    BASE_ID,
    FAMILIES,
  ]);
  await db.pool.query(
    `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, created_at, updated_at)
     SELECT 'BOB' || (c.parent_id - $1::bigint), ($2::int[])[1 + ((c.parent_id - $1::bigint - 1) / 200)::int], c.id, c.parent_id, 'confirmed', $3, $3
     FROM children c WHERE c.parent_id > $1::bigint`,
    [BASE_ID, sessions, new Date(NOW)],
  );
  const t0 = performance.now();
  for (const s of sessions) await service.closeSession(BASE_ID - 1, s, 'typhoon');
  const enqueueSeconds = (performance.now() - t0) / 1000;
  const queued = (await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'session_closed' AND chat_id > $1`, [BASE_ID])).rows[0].n;

  const times: number[] = [];
  const chats = new Set<number>();
  const send: SendNotification = async (m) => {
    times.push(clock.now().getTime());
    chats.add(m.chatId);
    return { ok: true, messageId: m.outboxId };
  };
  const sleep = async (ms: number) => clock.set(new Date(clock.now().getTime() + ms));
  const worker = createOutboxWorker({ pool: db.pool, clock, config, send, sleep, workerId: 'bench-closure', batchSize: 50 });
  const wall = performance.now();
  for (let i = 0; i < 10_000; i++) {
    const r = await worker.runOnce();
    if (r.claimed === 0) {
      if ((await pendingMine(db)) === 0) break;
      clock.advance(100);
    }
  }
  const wallSeconds = (performance.now() - wall) / 1000;
  let maxInOneSecond = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    maxInOneSecond = Math.max(maxInOneSecond, i - j + 1);
  }
  const simulatedSeconds = (times.at(-1)! - times[0]!) / 1000;
  await cleanup(db);
  return {
    families: FAMILIES,
    queued,
    delivered: times.length,
    distinctFamilies: chats.size,
    globalPerSecond: config.notifications.globalPerSecond,
    idealSeconds: +(FAMILIES / config.notifications.globalPerSecond).toFixed(1),
    simulatedSeconds: +simulatedSeconds.toFixed(1),
    maxMessagesInAnyOneSecond: maxInOneSecond,
    closeSessionSeconds: +enqueueSeconds.toFixed(2),
    realSecondsToProcess: +wallSeconds.toFixed(2),
    timeModel: 'simulated clock advanced by the rate limiter; fake send',
  };
}

async function benchBackend(db: Database, secondPool?: Database['pool']) {
  await migrate(db.pool);
  console.log(`outbox on ${db.describe}`);
  const one = await drainThroughput(db, [db.pool]);
  console.log(`  drain, 1 worker, limits off: ${one.messagesPerSecond} msg/s (${one.sent} in ${one.seconds}s)`);
  const two = await drainThroughput(db, [db.pool, secondPool ?? db.pool]);
  console.log(`  drain, 2 workers, limits off: ${two.messagesPerSecond} msg/s (${two.sent} sent for ${two.messages} rows in ${two.seconds}s)`);
  const closure = await closureForFamilies(db);
  console.log(
    `  closure for ${closure.families} families, limits on (${closure.globalPerSecond}/s): ${closure.delivered} delivered to ${closure.distinctFamilies} families ` +
      `in ${closure.simulatedSeconds}s simulated (ideal ${closure.idealSeconds}s; max ${closure.maxMessagesInAnyOneSecond} in any second); ` +
      `closeSession ×10 took ${closure.closeSessionSeconds}s, processing ${closure.realSecondsToProcess}s real`,
  );
  return { oneWorker: one, twoWorkers: two, closure };
}

runScript(async () => {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ailin_bench';
  await ensureBenchDatabase(url);
  const pgDb = await openDatabase({ url, maxConnections: 10 });
  const pgDb2 = await openDatabase({ url, maxConnections: 10 });
  let postgres: Awaited<ReturnType<typeof benchBackend>> | undefined;
  try {
    postgres = await benchBackend(pgDb, pgDb2.pool);
  } finally {
    await pgDb2.close();
    await pgDb.close();
  }
  const lite = await openDatabase({ dataDir: 'memory://' });
  let pglite: Awaited<ReturnType<typeof benchBackend>> | undefined;
  try {
    pglite = await benchBackend(lite);
  } finally {
    await lite.close();
  }
  const result = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    notes: [
      'drain: real time, fake send answering at once, rate limits off; batch 50, 8 sends in flight per worker',
      'two workers on PostgreSQL use two pools (like two processes) in one Node process; on PGlite they share its single connection',
      'closure: simulated time (fixed clock advanced by the limiter sleep), fake send, config default limits',
    ],
    postgres,
    pglite,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/outbox.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench-results/outbox.json');
});
