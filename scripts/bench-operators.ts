/**
 * Operators benchmark, on PostgreSQL (DATABASE_URL, or
 * postgres://postgres@127.0.0.1:5432/ailin_bench_ops, created if missing) and
 * on an in-memory PGlite:
 *   1. import 1,000 points from a CSV file (the real import: validation, upsert, audit);
 *   2. import their weekly timetable (6,000 rows);
 *   3. generate 8 weeks of sessions for them from empty (goal on PostgreSQL: ≤ 10 s);
 *   4. re-run generation and re-import the same timetable: both must change nothing;
 *   5. the usage report over the 1,000 points × 8 weeks, with bookings, attendance,
 *      waitlists and 20,000 unmet searches in place (goal on PostgreSQL: ≤ 2 s; median of 3).
 * Prints the figures and writes bench-results/operators.json. BENCH_BACKENDS=postgres|pglite limits the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ensureBenchDatabase } from './ensureBenchDatabase.ts';
import { defaultConfig } from '../src/config/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { DISTRICT_INFO, DISTRICTS } from '../src/domain/xiamenPlaces.ts';
import { createOperatorsService } from '../src/operators/OperatorsService.ts';
import { reportMarkdown } from '../src/operators/formatReport.ts';
import { fixedClock } from '../src/time/clock.ts';
import { addDays } from '../src/time/zonedTime.ts';
import { runScript } from './runScript.ts';

const TZ = 'Asia/Shanghai';
const NOW = '2026-11-25T10:00:00+08:00'; // a Wednesday
const TODAY = '2026-11-25';
const POINTS = 1000;
const WEEKS = 8;
const UNMET = 20_000;
const ROUNDS = 3;
const ACTOR = { kind: 'cli' as const, label: 'cli:bench' };
const CLASSES = ['picture_books', 'gross_motor', 'music_social', 'sensory_integration'];

function pointsFile(): string {
  const lines = ['code,name_zh,name_en,district,address_zh,address_en,latitude,longitude,phone,point_type,min_age_months,max_age_months,operator,active'];
  for (let i = 0; i < POINTS; i++) {
    const d = DISTRICTS[i % DISTRICTS.length]!;
    const c = DISTRICT_INFO[d];
    // Spread around the district centre (±0.03°), deterministic.
    const lat = (c.latitude + (((i * 37) % 61) - 30) / 1000).toFixed(4);
    const lng = (c.longitude + (((i * 53) % 61) - 30) / 1000).toFixed(4);
    const code = `B${String(i + 1).padStart(4, '0')}`;
    const type = i % 5 === 4 ? 'community_shared' : 'institution_embedded';
    lines.push(
      `${code},基准点${i + 1},Bench point ${i + 1},${d},${c.zh}某社区${i + 1}号,"No. ${i + 1}, ${c.en}",${lat},${lng},0592-${5_000_000 + i},${type},${i % 3 === 0 ? 6 : 0},36,基准机构,true`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function timetableFile(): string {
  const lines = ['type,point,weekdays,start,end,kind,class_title,capacity'];
  for (let i = 0; i < POINTS; i++) {
    const code = `B${String(i + 1).padStart(4, '0')}`;
    const cap = 10 + (i % 11);
    const cls = (k: number) => CLASSES[(i + k) % CLASSES.length];
    if (i % 5 === 4) {
      lines.push(
        `weekly,${code},wed,10:00,11:00,trial_class,${cls(3)},${cap}`,
        `weekly,${code},"sat,sun",10:00,11:00,trial_class,${cls(6)},${cap}`,
        `weekly,${code},"sat,sun",15:00,16:00,trial_class,${cls(0)},${cap}`,
      );
    } else {
      lines.push(
        `weekly,${code},"sat,sun",09:00,12:00,half_day,,${cap}`,
        `weekly,${code},"sat,sun",13:00,15:00,temporary_care,,${Math.max(4, Math.round(cap / 2))}`,
        `weekly,${code},"sat,sun",14:30,17:30,half_day,,${cap}`,
        `weekly,${code},wed,09:00,11:30,half_day,,${cap}`,
        `weekly,${code},tue,10:00,11:00,trial_class,${cls(2)},${cap}`,
        `weekly,${code},thu,10:00,11:00,trial_class,${cls(4)},${cap}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const ms = (t0: number) => Math.round(performance.now() - t0);

/** Families, bookings in a third of the sessions (some attended, some no-shows, some late cancellations), waitlists and unmet searches. */
async function addUsage(db: Database): Promise<{ bookings: number; waitlist: number; unmet: number }> {
  const p = db.pool;
  await p.query(`INSERT INTO parents (id, display_name, language) SELECT 1000000 + g, 'bench', 'zh' FROM generate_series(1, 5000) g`);
  await p.query(
    `INSERT INTO children (parent_id, name, birth_date) SELECT 1000000 + g, '宝宝' || g, date '2025-01-01' - (g % 600) FROM generate_series(1, 5000) g`,
  );
  await p.query(
    `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, late_cancel, cancelled_by)
     SELECT 'B' || to_char(s.id * 8 + i, 'FM000000000'), s.id, c.id, c.parent_id,
            CASE WHEN i = 7 THEN 'cancelled' WHEN (s.id + i) % 9 = 0 THEN 'no_show' WHEN (s.id + i) % 2 = 0 THEN 'attended' ELSE 'confirmed' END,
            i = 7, CASE WHEN i = 7 THEN 'parent' END
       FROM sessions s
       CROSS JOIN LATERAL generate_series(0, least(s.capacity - 1, 7)) i
       JOIN children c ON c.id = ((s.id * 13 + i * 611) % 5000) + 1
      WHERE s.id % 3 = 0`,
  );
  await p.query(
    `INSERT INTO waitlist_entries (session_id, child_id, parent_id, status)
     SELECT s.id, c.id, c.parent_id, CASE WHEN i = 0 THEN 'waiting' ELSE 'expired' END
       FROM sessions s CROSS JOIN generate_series(0, 1) i JOIN children c ON c.id = ((s.id * 7 + i * 2503) % 5000) + 1
      WHERE s.id % 11 = 0`,
  );
  await p.query(
    `INSERT INTO unmet_searches (searched_at, district, wanted_from, wanted_to, part_of_day, kind, age_band)
     SELECT $1::timestamptz, (ARRAY['siming','huli','jimei','haicang','tongan','xiangan'])[1 + g % 6],
            $2::date + (g % 56), $2::date + (g % 56) + (g % 2), (ARRAY['morning','afternoon','any'])[1 + g % 3], NULL, NULL
       FROM generate_series(1, $3::int) g`,
    [NOW, TODAY, UNMET],
  );
  const n = async (t: string) => (await p.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n as number;
  return { bookings: await n('bookings'), waitlist: await n('waitlist_entries'), unmet: await n('unmet_searches') };
}

async function benchBackend(db: Database) {
  await db.pool.query(
    `TRUNCATE audit_log, unmet_searches, outbox, waitlist_entries, bookings, children, parents, sessions, timetable_exceptions, session_templates, staff_points, staff, service_points RESTART IDENTITY CASCADE`,
  );
  const deps = { pool: db.pool, clock: fixedClock(NOW), timeZone: TZ, rules: defaultConfig().booking, horizonWeeks: WEEKS };
  const ops = createOperatorsService(deps);
  const oneWeek = createOperatorsService({ ...deps, horizonWeeks: 1 });

  let t0 = performance.now();
  const imported = await ops.importPoints({ text: pointsFile(), fileName: 'bench-points.csv', actor: ACTOR });
  const pointsImportMs = ms(t0);
  if (imported.created.length !== POINTS) throw new Error(`expected ${POINTS} points, got ${imported.created.length}`);

  const timetable = timetableFile();
  t0 = performance.now();
  const tt = await oneWeek.importTimetable({ text: timetable, fileName: 'bench-timetable.csv', actor: ACTOR });
  const timetableImportMs = ms(t0);
  // Generation measured from empty: the first week the import created goes again.
  await db.pool.query('DELETE FROM sessions');

  t0 = performance.now();
  const gen = await ops.generateSessions();
  const generationMs = ms(t0);
  t0 = performance.now();
  const regen = await ops.generateSessions();
  const regenerationMs = ms(t0);
  t0 = performance.now();
  const reimport = await ops.importTimetable({ text: timetable, fileName: 'bench-timetable.csv', actor: ACTOR });
  const reimportMs = ms(t0);
  const reimportChanges =
    reimport.templates.added +
    reimport.templates.changed +
    reimport.templates.removed +
    reimport.sessions.created +
    reimport.sessions.updated +
    reimport.sessions.deleted +
    reimport.sessions.closed;

  const usage = await addUsage(db);
  await db.pool.query('ANALYZE');
  const to = addDays(TODAY, WEEKS * 7 - 1);
  const times: number[] = [];
  let report = await ops.report({ from: TODAY, to });
  for (let i = 0; i < ROUNDS; i++) {
    t0 = performance.now();
    report = await ops.report({ from: TODAY, to });
    times.push(ms(t0));
  }
  times.sort((a, b) => a - b);
  t0 = performance.now();
  const md = reportMarkdown(report, 'en');
  const markdownMs = ms(t0);
  return {
    points: POINTS,
    templates: tt.templates.added,
    pointsImportMs,
    timetableImportMs,
    sessionsGenerated: gen.created,
    generationMs,
    regenerationCreated: regen.created,
    regenerationMs,
    reimportChanges,
    reimportMs,
    usage,
    reportMs: { median: times[Math.floor(times.length / 2)]!, all: times },
    reportRows: { slots: report.slots.length, weeks: report.weeks.length, unmet: report.unmet.length },
    totals: report.totals,
    markdownMs,
    markdownKb: Math.round(Buffer.byteLength(md) / 1024),
  };
}

runScript(async () => {
  const only = process.env.BENCH_BACKENDS;
  const result: Record<string, unknown> = { now: NOW, weeks: WEEKS, goals: { postgresGenerationMs: 10_000, postgresReportMs: 2_000 } };
  if (!only || only === 'postgres') {
    const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ailin_bench_ops';
    await ensureBenchDatabase(url);
    // The usage set-up inserts 170,000 bookings in one statement (each through the counter trigger).
    const db = await openDatabase({ url, maxConnections: 4, timeouts: { statementMs: 600_000 } });
    try {
      await migrate(db.pool);
      const r = await benchBackend(db);
      result.postgres = { ...r, goalsMet: r.generationMs <= 10_000 && r.reportMs.median <= 2_000 && r.regenerationCreated === 0 && r.reimportChanges === 0 };
      console.log('PostgreSQL', JSON.stringify(result.postgres, null, 2));
    } finally {
      await db.close();
    }
  }
  if (!only || only === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await migrate(db.pool);
      result.pglite = await benchBackend(db);
      console.log('PGlite', JSON.stringify(result.pglite, null, 2));
    } finally {
      await db.close();
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/operators.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench-results/operators.json');
});
