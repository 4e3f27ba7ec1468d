import { resolve } from 'node:path';
import type { BookingRules } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import type { IngestSummary } from '../../src/knowledge/ingestKnowledge.ts';
import { resetKnowledge } from './testDatabase.ts';

/**
 * Indexing the real knowledge folder takes most of a test app's start-up,
 * and test files share one database (vitest.config.ts). So the index is
 * built once and kept between files while nothing has touched it: what the
 * last build left is fingerprinted, and any difference (another file
 * ingested a fixture, emptied the tables, changed the embedder or the rules
 * the documents are rendered with) builds it again from empty tables, as a
 * fresh database would — same row numbers, so the same tie-breaks.
 */
let built: { key: string; fingerprint: string } | undefined;

async function fingerprint(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ f: string }>(
    `SELECT concat_ws('|',
       (SELECT count(*) FROM knowledge_documents), (SELECT max(id) FROM knowledge_documents),
       (SELECT string_agg(content_hash, ',' ORDER BY id) FROM knowledge_documents),
       (SELECT count(*) FROM knowledge_chunks), (SELECT max(id) FROM knowledge_chunks),
       (SELECT string_agg(content_hash, ',' ORDER BY id) FROM knowledge_chunks),
       (SELECT count(*) FROM knowledge_questions), (SELECT count(*) FROM knowledge_term_stats),
       (SELECT count(*) FROM knowledge_corpus_stats),
       (SELECT string_agg(m::text, ';') FROM knowledge_index_meta m)) AS f`,
  );
  return rows[0]!.f;
}

/** Makes the shared test database hold exactly `dir`'s index, building it only when it does not already. Returns the build's summary, or undefined when kept. */
export async function indexKnowledgeOnce(
  db: Database,
  what: { dir: string; embedderId: string; rules: BookingRules },
  ingest: () => Promise<IngestSummary>,
): Promise<IngestSummary | undefined> {
  const key = JSON.stringify([resolve(what.dir), what.embedderId, what.rules]);
  if (built?.key === key && built.fingerprint === (await fingerprint(db))) return undefined;
  built = undefined;
  await resetKnowledge(db);
  const summary = await ingest();
  built = { key, fingerprint: await fingerprint(db) };
  return summary;
}
