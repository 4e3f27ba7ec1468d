/**
 * Retrieval latency and HNSW recall at 1k, 10k and 100k synthetic chunks, on
 * embedded PGlite (in memory) and on PostgreSQL (DATABASE_URL, or
 * postgres://postgres@127.0.0.1:5432/ailin_bench, created if missing).
 *
 * Chunks are synthetic but realistic for the offline embedder: 3–6 random
 * sentences drawn from the real knowledge documents, embedded with
 * OfflineEmbedder (512 dims). Queries are the parent questions of
 * test/fixtures/retrieval-questions.jsonl. For each size we time the
 * language-filtered top-10 cosine query as an exact scan and through the HNSW
 * expression index, report HNSW recall@10 against the exact result, and time
 * the full hybrid search. Before the synthetic sizes, the real knowledge base
 * (knowledge/, ingested as the bot does) is searched with every question of
 * the retrieval sets: that is the figure parents feel (goal on PostgreSQL:
 * p95 < 50 ms; at 10k chunks p95 < 100 ms). Results go to
 * bench-results/retrieval.json.
 *
 *   npm run bench:retrieval              # both backends; PGlite 100k skipped unless --full
 *   npm run bench:retrieval -- --only=postgres|pglite --full --max=10000 --keep
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureBenchDatabase } from './ensureBenchDatabase.ts';
import { join } from 'node:path';
import type pg from 'pg';
import pgvector from 'pgvector';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { OfflineEmbedder } from '../src/knowledge/OfflineEmbedder.ts';
import { defaultConfig } from '../src/config/config.ts';
import { countTerms, extractTerms } from '../src/knowledge/extractTerms.ts';
import { takeQuestionBlocks } from '../src/knowledge/questionBlocks.ts';
import { ingestKnowledge } from '../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase } from '../src/knowledge/KnowledgeBase.ts';
import { HNSW_EF_SEARCH, PgVectorKnowledgeStore, type ChunkMetadata } from '../src/knowledge/PgVectorKnowledgeStore.ts';
import { Document } from '@langchain/core/documents';
import { runScript } from './runScript.ts';

const MAX = Number(process.argv.find((a) => a.startsWith('--max='))?.slice(6) ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const K = 10;
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const full = args.includes('--full');
// --keep: leave the largest synthetic index in the PostgreSQL database afterwards (for profiling queries by hand).
const keep = args.includes('--keep');
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ailin_bench';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencePools(): Record<'zh' | 'en', string[]> {
  const pools = { zh: [] as string[], en: [] as string[] };
  for (const lang of ['zh', 'en'] as const) {
    for (const f of readdirSync(join('knowledge', lang))) {
      const text = takeQuestionBlocks(readFileSync(join('knowledge', lang, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).text;
      const parts = lang === 'zh' ? text.split(/(?<=[。！？])/) : text.split(/(?<=[.!?])\s+/);
      for (const p of parts) {
        const s = p
          .replace(/^[#\-*\s]+/gm, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (s.length > 8) pools[lang].push(s);
      }
    }
  }
  return pools;
}

/** The parent questions of the real documents' questions blocks, per language. */
function questionPools(): Record<'zh' | 'en', string[]> {
  const pools = { zh: [] as string[], en: [] as string[] };
  for (const lang of ['zh', 'en'] as const) {
    for (const f of readdirSync(join('knowledge', lang))) pools[lang].push(...takeQuestionBlocks(readFileSync(join('knowledge', lang, f), 'utf8')).questions);
  }
  return pools;
}

interface Synthetic {
  language: 'zh' | 'en';
  heading: string;
  content: string;
  questions: string[];
  counts: Array<[string, number]>;
  headingTerms: string[][];
  vector: number[];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
}

async function resetKnowledge(db: Database) {
  await db.pool.query('TRUNCATE knowledge_questions, knowledge_chunks, knowledge_documents, knowledge_term_stats, knowledge_corpus_stats RESTART IDENTITY');
  await db.pool.query('DROP INDEX IF EXISTS knowledge_chunks_embedding_hnsw');
  await db.pool.query(
    `INSERT INTO knowledge_index_meta (singleton, embedder, dimension) VALUES (true, $1, 512)
     ON CONFLICT (singleton) DO UPDATE SET embedder = EXCLUDED.embedder, dimension = 512`,
    [new OfflineEmbedder().id],
  );
}

/**
 * Writes synthetic chunks through the store's own addVectors, so they carry
 * exactly the columns ingestion writes (terms, questions, question terms).
 */
async function insertChunks(db: Database, rows: Synthetic[], from: number) {
  const PER_DOC = 50;
  const store = new PgVectorKnowledgeStore(new OfflineEmbedder(), { pool: db.pool });
  let current = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const documentIds: number[] = [];
    for (let j = 0; j < batch.length; j++) {
      const n = from + i + j;
      // Chunks of one synthetic document share its row.
      if (n % PER_DOC === 0 || current === 0) {
        const lang = batch[j]!.language;
        const d = Math.floor(n / PER_DOC);
        const r = await db.pool.query<{ id: number }>(
          `INSERT INTO knowledge_documents (doc_id, language, title, source_path, content_hash) VALUES ($1, $2, $3, $4, 'bench')
           ON CONFLICT (source_path) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
          [`bench-${d}`, lang, `Bench ${d}`, `bench/${lang}/bench-${d}.md`],
        );
        current = r.rows[0]!.id;
      }
      documentIds.push(current);
    }
    await store.addVectors(
      batch.map((r) => r.vector),
      batch.map(
        (r, j) =>
          new Document({
            pageContent: r.content,
            metadata: {
              documentId: documentIds[j]!,
              chunkIndex: from + i + j,
              headingPath: r.heading,
              language: r.language,
              contentHash: `bench-${from + i + j}`,
              termCounts: r.counts,
              questions: r.questions,
              headingTerms: r.headingTerms,
            } satisfies ChunkMetadata,
          }),
      ),
    );
  }
}

const QUERY = (dim: number) =>
  `WITH nearest AS MATERIALIZED (
     SELECT id, embedding::vector(${dim}) <=> $1::vector(${dim}) AS distance FROM knowledge_chunks
     WHERE language = $2 ORDER BY embedding::vector(${dim}) <=> $1::vector(${dim}) LIMIT ${K})
   SELECT id FROM nearest ORDER BY distance, id`;

async function timeQueries(client: pg.PoolClient, queries: Array<{ v: string; lang: string }>, settings: string[]) {
  for (const s of settings) await client.query(s);
  const ms: number[] = [];
  const ids: number[][] = [];
  for (const q of queries) {
    const t = performance.now();
    const r = await client.query<{ id: number }>(QUERY(512), [q.v, q.lang]);
    ms.push(performance.now() - t);
    ids.push(r.rows.map((x) => x.id));
  }
  await client.query('RESET ALL');
  return { ms, ids };
}

async function benchBackend(
  name: 'pglite' | 'postgres',
  db: Database,
  data: Synthetic[],
  queries: Array<{ q: string; v: string; lang: 'zh' | 'en' }>,
  realQueries: Array<{ q: string; lang: 'zh' | 'en' }>,
  log: (s: string) => void,
) {
  await migrate(db.pool);
  const results: unknown[] = [];
  // The real knowledge base, as the bot searches it.
  {
    await db.pool.query(
      'TRUNCATE knowledge_questions, knowledge_chunks, knowledge_documents, knowledge_term_stats, knowledge_corpus_stats, knowledge_index_meta RESTART IDENTITY',
    );
    const config = defaultConfig();
    const embedder = new OfflineEmbedder();
    const s = await ingestKnowledge({ pool: db.pool, embedder, dir: config.knowledgeDir, rules: config.booking });
    const chunks = s.chunksAdded + s.chunksUpdated + s.chunksUnchanged;
    const kb = createKnowledgeBase({ pool: db.pool, embedder });
    for (const q of realQueries.slice(0, 10)) await kb.search(q.q, { lang: q.lang, k: 5 });
    const ms: number[] = [];
    for (const q of realQueries) {
      const t0 = performance.now();
      await kb.search(q.q, { lang: q.lang, k: 5 });
      ms.push(performance.now() - t0);
    }
    // The longest message a parent can paste (10,000 characters of noise): the query is cut, never scanned whole.
    const junk = 'asdf qwer zxcv 乱码乱码 '.repeat(500).slice(0, 10_000);
    const longMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await kb.search(junk, { lang: 'en', k: 5 });
      longMs.push(performance.now() - t0);
    }
    const row = {
      backend: name,
      realKnowledgeBase: true,
      longQueryMs: percentile(longMs, 100),
      documents: s.documents,
      chunks,
      queries: ms.length,
      search: { p50: percentile(ms, 50), p95: percentile(ms, 95), max: percentile(ms, 100) },
    };
    log(
      `  ${name} real knowledge base (${s.documents} documents, ${chunks} chunks): search p50 ${row.search.p50} ms, p95 ${row.search.p95} ms over ${ms.length} questions; a 10,000-character query ${row.longQueryMs} ms at worst`,
    );
    results.push(row);
  }
  await resetKnowledge(db);
  let loaded = 0;
  for (const size of SIZES) {
    if (name === 'pglite' && size >= 100_000 && !full) {
      log(`  ${name} ${size}: skipped (PGlite is single-threaded WebAssembly; loading and indexing 100k vectors takes many minutes; run with --full to try)`);
      results.push({ backend: name, chunks: size, skipped: 'too slow on embedded PGlite; use --full' });
      continue;
    }
    await db.pool.query('DROP INDEX IF EXISTS knowledge_chunks_embedding_hnsw');
    let t = performance.now();
    await insertChunks(db, data.slice(loaded, size), loaded);
    loaded = size;
    const loadMs = performance.now() - t;
    t = performance.now();
    await db.pool.query('CREATE INDEX knowledge_chunks_embedding_hnsw ON knowledge_chunks USING hnsw ((embedding::vector(512)) vector_cosine_ops)');
    const indexMs = performance.now() - t;
    await new PgVectorKnowledgeStore(new OfflineEmbedder(), { pool: db.pool }).refreshTermStats();
    await db.pool.query('ANALYZE knowledge_chunks');

    const qs = size >= 100_000 && name === 'pglite' ? queries.slice(0, 30) : queries;
    const client = await db.pool.connect();
    let exact: { ms: number[]; ids: number[][] };
    let hnsw: { ms: number[]; ids: number[][] };
    try {
      // Warm-up, then measure.
      await timeQueries(client, qs.slice(0, 5), []);
      exact = await timeQueries(client, qs, ['SET enable_indexscan = off', 'SET enable_bitmapscan = off']);
      hnsw = await timeQueries(client, qs, ['SET enable_seqscan = off', `SET hnsw.ef_search = ${HNSW_EF_SEARCH}`, 'SET hnsw.iterative_scan = relaxed_order']);
    } finally {
      client.release();
    }
    const plan = await db.pool.query(`EXPLAIN ${QUERY(512)}`, [qs[0]!.v, qs[0]!.lang]);
    const usesHnsw = plan.rows.some((r) => JSON.stringify(r).includes('knowledge_chunks_embedding_hnsw'));
    let recall = 0;
    exact.ids.forEach((e, i) => {
      const h = new Set(hnsw.ids[i]);
      recall += e.length ? e.filter((id) => h.has(id)).length / e.length : 1;
    });
    recall /= exact.ids.length;

    // The whole hybrid search as the bot calls it (vector + keyword + fusion + details).
    const kb = createKnowledgeBase({ pool: db.pool, embedder: new OfflineEmbedder() });
    const hybridMs: number[] = [];
    for (const q of qs.slice(0, 5)) await kb.search(q.q, { lang: q.lang, k: 5 });
    for (const q of qs) {
      const t0 = performance.now();
      await kb.search(q.q, { lang: q.lang, k: 5 });
      hybridMs.push(performance.now() - t0);
    }
    const row = {
      backend: name,
      chunks: size,
      loadSeconds: +(loadMs / 1000).toFixed(1),
      hnswBuildSeconds: +(indexMs / 1000).toFixed(1),
      queries: qs.length,
      exact: { p50: percentile(exact.ms, 50), p95: percentile(exact.ms, 95) },
      hnsw: { p50: percentile(hnsw.ms, 50), p95: percentile(hnsw.ms, 95), plannerUsesIndexByDefault: usesHnsw },
      recallAt10: +recall.toFixed(3),
      hybridSearch: { p50: percentile(hybridMs, 50), p95: percentile(hybridMs, 95), queries: hybridMs.length },
    };
    log(
      `  ${name} ${size}: load ${row.loadSeconds}s, HNSW build ${row.hnswBuildSeconds}s | exact p50 ${row.exact.p50} ms p95 ${row.exact.p95} ms | ` +
        `HNSW p50 ${row.hnsw.p50} ms p95 ${row.hnsw.p95} ms, recall@10 ${row.recallAt10} | hybrid p50 ${row.hybridSearch.p50} ms p95 ${row.hybridSearch.p95} ms`,
    );
    results.push(row);
  }
  return results;
}

runScript(async () => {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const embedder = new OfflineEmbedder();
  const pools = sentencePools();
  const askPools = questionPools();
  const random = rng(42);
  const max = Math.max(...SIZES, 0);
  log(`Generating and embedding ${max} synthetic chunks...`);
  let t = performance.now();
  const data: Synthetic[] = [];
  for (let i = 0; i < max; i++) {
    const language = random() < 0.5 ? 'zh' : 'en';
    const pool = pools[language];
    const n = 3 + Math.floor(random() * 4);
    const sentences = Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)]!);
    const heading = `Bench > ${sentences[0]!.slice(0, 30)}`;
    const content = sentences.join(language === 'zh' ? '' : ' ');
    // Like a real section: a questions block of 3-8 parent questions, indexed and embedded with the text.
    const asks = askPools[language];
    const questions = [...new Set(Array.from({ length: 3 + Math.floor(random() * 6) }, () => asks[Math.floor(random() * asks.length)]!))];
    const text = `${[heading, ...questions].join('\n')}\n\n${content}`;
    data.push({
      language,
      heading,
      content,
      questions,
      counts: countTerms(text),
      headingTerms: [extractTerms(heading.replace(/^Bench > /, '')), ...questions.map((q) => extractTerms(q))],
      vector: embedder.embed(text),
    });
  }
  const embedSeconds = (performance.now() - t) / 1000;
  log(`  offline embedder: ${Math.round(max / embedSeconds)} chunks/s (terms + vector)`);

  const questions = readFileSync('test/fixtures/retrieval-questions.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; lang: 'zh' | 'en' });
  const queries = questions.map((q) => ({ q: q.q, lang: q.lang, v: pgvector.toSql(embedder.embed(q.q)) as string }));
  // Every question of the retrieval sets, for the real knowledge base (zh-Hant goes to the zh index).
  const realQueries = ['retrieval-questions', 'retrieval-questions-realistic', 'retrieval-questions-hant', 'retrieval-questions-heldout'].flatMap((f) =>
    readFileSync(`test/fixtures/${f}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { q: string; lang: string })
      .map((q) => ({ q: q.q, lang: (q.lang === 'en' ? 'en' : 'zh') as 'zh' | 'en' })),
  );

  const output: Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    embedder: embedder.id,
    dimension: 512,
    k: K,
    offlineEmbedderChunksPerSecond: Math.round(max / embedSeconds),
    note: `Latencies in ms per language-filtered top-10 query, measured from Node through the pg driver. exact = sequential scan; hnsw = expression index on embedding::vector(512), ef_search ${HNSW_EF_SEARCH}, iterative scan (the settings search uses). recallAt10 = overlap of HNSW top-10 with exact top-10. hybridSearch = the whole KnowledgeBase.search call (embedding, vector and keyword queries, fusion, details).`,
    results: [] as unknown[],
  };
  const results = output.results as unknown[];

  if (only !== 'pglite') {
    log(`PostgreSQL (${PG_URL.replace(/\/\/[^@]*@/, '//')}):`);
    try {
      await ensureBenchDatabase(PG_URL);
      // Loading 10k-100k chunks and building the HNSW index are single statements far longer than a parent's
      // query: the product's 15 s statement limit would cancel them (the 10k row was lost to it under load).
      const db = await openDatabase({ url: PG_URL, maxConnections: 4, timeouts: { statementMs: 30 * 60_000 } });
      try {
        results.push(...(await benchBackend('postgres', db, data, queries, realQueries, log)));
      } finally {
        if (!keep) await resetKnowledge(db).catch(() => undefined);
        await db.close();
      }
    } catch (err) {
      log(`  skipped: ${(err as Error).message}`);
      results.push({ backend: 'postgres', skipped: (err as Error).message });
    }
  }
  if (only !== 'postgres') {
    log('PGlite (in memory):');
    t = performance.now();
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      results.push(...(await benchBackend('pglite', db, data, queries, realQueries, log)));
    } finally {
      await db.close();
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/retrieval.json', `${JSON.stringify(output, null, 2)}\n`);
  log('Wrote bench-results/retrieval.json');
});
