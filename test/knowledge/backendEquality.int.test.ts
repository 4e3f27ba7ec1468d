import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { OfflineEmbedder } from '../../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';

/**
 * The same documents ingested into embedded PGlite and into PostgreSQL must
 * give the same passages in the same order: both run one SQL text with the
 * same parameters, and scores are rounded before ordering.
 * PostgreSQL: a database named after TEST_DATABASE_URL's plus "_equality"
 * (never the shared test database), else
 * postgres://postgres@127.0.0.1:5432/ailin_test_retrieval_<pid>; recreated, and dropped afterwards. (The process id
 * keeps two checkouts testing on one machine from dropping each other's database mid-run.)
 */
const base = process.env.TEST_DATABASE_URL || `postgres://postgres@127.0.0.1:5432/ailin_test_retrieval_${process.pid}`;
const url = new URL(base);
if (process.env.TEST_DATABASE_URL) url.pathname = `${url.pathname}_equality`;
const dbName = url.pathname.slice(1);

async function adminClient(): Promise<pg.Client> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  return client;
}

async function recreate(): Promise<string | undefined> {
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) return `database name "${dbName}" is not a plain identifier`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    return `no PostgreSQL server reachable at ${admin.host} (${(err as Error).message})`;
  }
  try {
    // Identifier validated above; CREATE DATABASE takes no parameters.
    await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${dbName}`);
    return undefined;
  } finally {
    await client.end();
  }
}

const unreachable = await recreate();
if (unreachable) console.warn(`backend equality test skipped: ${unreachable}`);

const QUERIES: Array<[string, 'zh' | 'en']> = [
  ['宝宝晚上老是醒 一晚上醒四五次 怎么办啊', 'zh'],
  ['婆婆非要给3个月的孩子喂米糊', 'zh'],
  ['娃烧到39度了，要不要马上去医院啊', 'zh'],
  ['约好了周六去不了，怎么取消', 'zh'],
  ['半日托和临时托有什么区别', 'zh'],
  ['我们不是厦门户口，能去爱邻护幼吗', 'zh'],
  ['孩子误吞了纽扣电池怎么办', 'zh'],
  ['怎么做红烧肉', 'zh'],
  ['寶寶晚上一直醒', 'zh'],
  ['預約額滿了可以候補嗎', 'zh'],
  ['小孩發燒到39度要不要看醫生', 'zh'],
  // Found through question matching.
  ['宝宝的手被热汤烫了', 'zh'],
  ['孩子突然翻白眼 手脚一抽一抽的', 'zh'],
  ['my little one knocked a hot drink over his arm', 'en'],
  ['is honey ok for my 10 month old', 'en'],
  ['my 2yo has meltdowns every evening, I am at my wit’s end', 'en'],
  ['how late can I cancel without a penalty', 'en'],
  ['can we just walk in without booking', 'en'],
  ['best stocks to buy right now', 'en'],
  // Taiwan words, parents' words for first aid, English forms and a hash collision.
  ['寶寶四天沒嗯嗯了 肚子脹脹的', 'zh'],
  ['睡覺用包巾包起來可以嗎', 'zh'],
  ['手指头被门夹了 指甲盖都紫了', 'zh'],
  ['she slept badly and threw up twice', 'en'],
  ['write me a poem about the sea', 'en'],
];

describe.skipIf(unreachable !== undefined)('PGlite and PostgreSQL rank alike', () => {
  let lite: Database;
  let postgres: Database;
  let liteKb: KnowledgeBase;
  let pgKb: KnowledgeBase;
  let snapshot: string;

  beforeAll(async () => {
    // One copy of the documents for both: knowledge/ may be edited while the test runs.
    snapshot = mkdtempSync(join(tmpdir(), 'ailin-equality-'));
    cpSync('knowledge', join(snapshot, 'knowledge'), { recursive: true });
    lite = await openDatabase({ dataDir: 'memory://' });
    postgres = await openDatabase({ url: url.toString(), maxConnections: 4 });
    const embedder = new OfflineEmbedder();
    for (const db of [lite, postgres]) {
      await migrate(db.pool);
      const s = await ingestKnowledge({ pool: db.pool, embedder, dir: join(snapshot, 'knowledge'), rules: defaultConfig().booking });
      expect(s.skipped).toEqual([]);
    }
    liteKb = createKnowledgeBase({ pool: lite.pool, embedder });
    pgKb = createKnowledgeBase({ pool: postgres.pool, embedder });
    // Two ingests of the whole knowledge base: minutes when the machine is busy, never a reason to fail.
  }, 300_000);

  afterAll(async () => {
    await lite?.close();
    await postgres?.close();
    if (!unreachable) {
      const client = await adminClient();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    }
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  });

  it('indexes the same chunks with the same terms', async () => {
    const q = 'SELECT id, heading_path, terms, term_freqs, term_count, questions FROM knowledge_chunks ORDER BY id';
    const [a, b] = await Promise.all([lite.pool.query(q), postgres.pool.query(q)]);
    expect(a.rows.length).toBeGreaterThan(100);
    expect(b.rows).toEqual(a.rows);
    // Question rows and their weights (idf sums computed in numeric arithmetic) agree to the bit.
    const qq = 'SELECT chunk_id, ord, terms, weight FROM knowledge_questions ORDER BY chunk_id, ord';
    const [qa, qb] = await Promise.all([lite.pool.query(qq), postgres.pool.query(qq)]);
    expect(qa.rows.length).toBeGreaterThan(a.rows.length);
    expect(qb.rows).toEqual(qa.rows);
  });

  it.each(QUERIES)('%s: same passages, same order, hybrid and vector-only', async (query, lang) => {
    // Passages and order must be identical. Cosine similarities may differ in
    // the 7th decimal (pgvector's float4 sums: native SIMD vs WebAssembly);
    // ranking and the relevance rule read them rounded to 6.
    const view = (hits: Awaited<ReturnType<KnowledgeBase['search']>>) =>
      hits.map((h) => ({
        chunkId: h.chunkId,
        docId: h.docId,
        headingPath: h.headingPath,
        content: h.content,
        questions: h.questions,
        questionMatch: h.questionMatch,
        matchedQuestion: h.matchedQuestion,
        ranks: [h.vectorRank, h.keywordRank, h.questionRank],
      }));
    const close = (x: Awaited<ReturnType<KnowledgeBase['search']>>, y: typeof x) =>
      x.forEach((h, i) => {
        expect(Math.abs(h.similarity - y[i]!.similarity)).toBeLessThan(2e-6);
        expect(Math.abs(h.score - y[i]!.score)).toBeLessThan(2e-6);
      });
    const [a, b] = [await liteKb.search(query, { lang, k: 8 }), await pgKb.search(query, { lang, k: 8 })];
    expect(view(b)).toEqual(view(a));
    close(a, b);
    const [va, vb] = [await liteKb.searchVectorOnly(query, { lang, k: 8 }), await pgKb.searchVectorOnly(query, { lang, k: 8 })];
    expect(view(vb)).toEqual(view(va));
    close(va, vb);
  });
});
