/**
 * npm run bench:turn — offline turn latency (search, booking, knowledge turns)
 * on embedded PGlite and, when reachable, PostgreSQL; and the LLM agent's
 * prompt tokens per turn (system + tools + history + context), counted with
 * the o200k tokenizer on the exact requests sent to a local fake
 * OpenAI-compatible server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { getEncoding } from 'js-tiktoken';
import { defaultConfig } from '../src/config/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seedDemo.ts';
import { createApp } from '../src/app/createApp.ts';
import { prepareKnowledge } from '../src/app/prepareKnowledge.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { fixedClock } from '../src/time/clock.ts';
import { completion, startFakeOpenAi } from '../test/helpers/fakeOpenAi.ts';

const NOW = new Date('2026-11-25T10:00:00+08:00');
const PG_URL = 'postgres://postgres@127.0.0.1:5432/ailin_bench_turn';
const ROUNDS = 30;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function freshPostgres(): Promise<Database | undefined> {
  try {
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS ailin_bench_turn WITH (FORCE)');
    await admin.query('CREATE DATABASE ailin_bench_turn');
    await admin.end();
    return await openDatabase({ url: PG_URL });
  } catch (err) {
    console.error(`PostgreSQL not available (${(err as Error).message}); skipping that backend`);
    return undefined;
  }
}

async function offlineLatency(db: Database) {
  await migrate(db.pool);
  const clock = fixedClock(NOW);
  const config = defaultConfig({ EMBEDDER: 'offline' });
  await seedDemo(db.pool, { now: NOW, timeZone: config.timeZone });
  const app = createApp({ config, db, clock, logger: createLogger('silent'), brain: 'offline' });
  await prepareKnowledge(app);
  const kinds = {
    search: [] as number[],
    booking: [] as number[],
    knowledge: [] as number[],
  };
  for (let i = 0; i < ROUNDS; i++) {
    const user = 60_000 + i;
    await app.booking.registerChild(user, { name: `kid${i}`, birthDate: '2024-06-01' }).catch(async () => {
      await app.booking.ensureParent({ parentId: user });
      return app.booking.registerChild(user, { name: `kid${i}`, birthDate: '2024-06-01' });
    });
    let t = performance.now();
    await app.core.handleTurn({ userId: user, now: NOW, text: i % 2 ? '这周六下午湖里有位置吗' : 'any places this sunday morning in jimei?' });
    kinds.search.push(performance.now() - t);
    t = performance.now();
    await app.core.handleTurn({ userId: user, now: NOW, text: i % 2 ? '约第1个' : 'book the first one' });
    kinds.booking.push(performance.now() - t);
    t = performance.now();
    await app.core.handleTurn({ userId: user, now: NOW, text: i % 2 ? '宝宝发烧了还能去托育点吗' : 'what should I bring for my toddler?' });
    kinds.knowledge.push(performance.now() - t);
  }
  return Object.fromEntries(Object.entries(kinds).map(([k, xs]) => [k, { p50: +pct(xs, 50).toFixed(1), p95: +pct(xs, 95).toFixed(1) }]));
}

async function llmPromptTokens() {
  const enc = getEncoding('o200k_base');
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db.pool);
  await seedDemo(db.pool, { now: NOW, timeZone: 'Asia/Shanghai' });
  // A typical turn: one tool call then an answer, after a few turns of history.
  const script = [];
  for (let i = 0; i < 4; i++) {
    script.push(
      completion({ tool_calls: [{ name: 'search_slots', arguments: JSON.stringify({ from: '2026-11-28', to: '2026-11-29', partOfDay: 'morning' }) }] }),
    );
    script.push(completion({ content: '本周末上午有这些空位：… 想约哪个？' }));
  }
  const server = await startFakeOpenAi(script);
  const config = defaultConfig({ OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: server.baseURL, EMBEDDER: 'offline' });
  const app = createApp({ config, db, clock: fixedClock(NOW), logger: createLogger('silent'), brain: 'llm' });
  for (const text of ['你好', '这周末上午有位置吗', '湖里的呢', '那周日呢']) {
    await app.core.handleTurn({ userId: 99, now: NOW, text });
  }
  const count = (body: any) => {
    const tools = enc.encode(JSON.stringify(body.tools ?? [])).length;
    const system = enc.encode(body.messages[0].content).length;
    const rest = body.messages
      .slice(1)
      .reduce((n: number, m: any) => n + enc.encode(typeof m.content === 'string' ? m.content : JSON.stringify(m.content ?? m.tool_calls ?? '')).length + 4, 0);
    return { tools, system, historyAndContext: rest, total: tools + system + rest };
  };
  const perRequest = server.requests.map((r) => count(r.body));
  // The heaviest request of the last turn: history + the tool result context.
  const last = perRequest.slice(-2);
  await server.close();
  await db.close();
  return { perRequest, lastTurn: last, maxTotal: Math.max(...perRequest.map((p) => p.total)) };
}

const results: Record<string, unknown> = { rounds: ROUNDS };
const lite = await openDatabase({ dataDir: 'memory://' });
results.pglite = await offlineLatency(lite);
await lite.close();
console.log('offline turn latency, PGlite (ms):', results.pglite);
const pgdb = await freshPostgres();
if (pgdb) {
  results.postgres = await offlineLatency(pgdb);
  await pgdb.close();
  console.log('offline turn latency, PostgreSQL (ms):', results.postgres);
}
const tokens = await llmPromptTokens();
results.llmPromptTokens = tokens;
console.log('LLM prompt tokens per request (o200k):', tokens.perRequest.map((p) => p.total).join(', '), '— max', tokens.maxTotal, '(target < 2500)');
console.log('  breakdown of the last turn:', tokens.lastTurn);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/turn.json', JSON.stringify(results, null, 2));
process.exit(0);
