import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { BookingRules } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import { KnowledgeDocumentError } from './KnowledgeDocumentError.ts';
import { parseDocument, type ParsedDocument } from './parseDocument.ts';
import { renderRules } from './renderRules.ts';
import { splitDocument, type KnowledgeChunk } from './splitDocument.ts';
import { PgVectorKnowledgeStore, type ChunkMetadata } from './PgVectorKnowledgeStore.ts';

// Bump when splitting or term extraction changes, so every document is re-processed.
// split-v2: questions blocks, jieba words with term frequencies.
const PIPELINE_VERSION = 'split-v2';

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestSummary {
  /** Documents indexed (changed or not). */
  documents: number;
  skipped: Array<{ file: string; reason: string }>;
  chunksAdded: number;
  chunksUpdated: number;
  chunksRemoved: number;
  chunksUnchanged: number;
  /** Texts sent to the embedder. */
  embedded: number;
  documentsRemoved: number;
  /** True when a different embedder had built the index and everything was re-embedded. */
  reindexed: boolean;
  embedder: string;
  ms: number;
}

export interface IngestOptions {
  pool: Db;
  embedder: KnowledgeEmbedder;
  /** The knowledge folder; files are cited as `<folder name>/<path inside it>`. */
  dir: string;
  rules: BookingRules;
  onProgress?: (p: IngestProgress) => void;
}

interface Prepared {
  doc: ParsedDocument;
  chunks: KnowledgeChunk[];
  hash: string;
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Brings the index in line with the knowledge folder. Incremental: a chunk
 * whose content hash is already stored keeps its vector, so an unchanged
 * folder embeds nothing and an edited file re-embeds only its changed
 * chunks. Files gone from the folder leave the index. Each document is
 * written in its own transaction, so a failure never leaves it half-written.
 * Bad files are skipped with a reason naming the file; a file that was
 * indexed before and is now unreadable keeps its previous version.
 */
export async function ingestKnowledge({ pool, embedder, dir, rules, onProgress }: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const root = resolve(dir);
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new KnowledgeDocumentError('KNOWLEDGE_NO_CONTENT', dir, 'the knowledge folder does not exist or is not a folder (set KNOWLEDGE_DIR).');
  }
  const prefix = basename(root);
  const files = listMarkdown(root);
  const store = new PgVectorKnowledgeStore(embedder, { pool });
  const { rebuilt } = await store.prepareIndex();

  const summary: IngestSummary = {
    documents: 0,
    skipped: [],
    chunksAdded: 0,
    chunksUpdated: 0,
    chunksRemoved: 0,
    chunksUnchanged: 0,
    embedded: 0,
    documentsRemoved: 0,
    reindexed: rebuilt,
    embedder: embedder.id,
    ms: 0,
  };

  // Parse everything first, so duplicates are found before anything is written.
  const prepared: Prepared[] = [];
  const seenFiles = new Set<string>();
  const byKey = new Map<string, string>();
  for (const file of files) {
    const source = [prefix, ...relative(root, file).split(sep)].join('/');
    seenFiles.add(source);
    try {
      const parsed = parseDocument(source, readFileSync(file));
      const key = `${parsed.id}/${parsed.language}`;
      const first = byKey.get(key);
      if (first) {
        throw new KnowledgeDocumentError(
          'KNOWLEDGE_DUPLICATE_ID',
          source,
          `id "${parsed.id}" (${parsed.language}) is already used by ${first}; give one of them another id. Skipped.`,
        );
      }
      byKey.set(key, source);
      const doc = { ...parsed, title: renderRules(parsed.title, rules, source), body: renderRules(parsed.body, rules, source) };
      const chunks = await splitDocument(doc, embedder.id);
      const hash = createHash('sha256')
        .update(JSON.stringify([PIPELINE_VERSION, embedder.id, doc.id, doc.title, doc.language, doc.audience, doc.topic, doc.lastReviewed, doc.sources]))
        .update(chunks.map((c) => c.contentHash).join(','))
        .digest('hex');
      prepared.push({ doc, chunks, hash });
    } catch (err) {
      if (!(err instanceof KnowledgeDocumentError)) throw err;
      summary.skipped.push({ file: source, reason: err.message });
    }
  }

  // Documents whose files are gone (not merely unreadable) leave the index.
  const existing = await pool.query<{ id: number; source_path: string; content_hash: string }>('SELECT id, source_path, content_hash FROM knowledge_documents');
  const gone = existing.rows.filter((r) => !seenFiles.has(r.source_path));
  if (gone.length) {
    const removed = await withTransaction(pool, async (client) => {
      const c = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_chunks WHERE document_id = ANY($1::int[])', [
        gone.map((g) => g.id),
      ]);
      await client.query('DELETE FROM knowledge_documents WHERE id = ANY($1::int[])', [gone.map((g) => g.id)]);
      return c.rows[0]!.n;
    });
    summary.chunksRemoved += removed;
    summary.documentsRemoved = gone.length;
  }
  const existingBySource = new Map(existing.rows.map((r) => [r.source_path, r]));

  let done = 0;
  for (const p of prepared) {
    onProgress?.({ done, total: prepared.length, file: p.doc.source });
    try {
      await ingestOne(pool, store, p, existingBySource.get(p.doc.source), summary);
      summary.documents++;
    } catch (err) {
      if (!(err instanceof KnowledgeDocumentError)) throw err;
      summary.skipped.push({ file: p.doc.source, reason: err.message });
    }
    done++;
  }
  onProgress?.({ done, total: prepared.length, file: '' });
  const changed = summary.embedded + summary.chunksRemoved + summary.chunksUpdated + summary.documentsRemoved > 0;
  const stats = await pool.query('SELECT 1 FROM knowledge_corpus_stats LIMIT 1');
  // Keyword statistics (idf) follow the index; cheap next to embedding.
  if (changed || summary.reindexed || stats.rowCount === 0) await store.refreshTermStats();
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

async function ingestOne(
  pool: Db,
  store: PgVectorKnowledgeStore,
  { doc, chunks, hash }: Prepared,
  existing: { id: number; content_hash: string } | undefined,
  summary: IngestSummary,
): Promise<void> {
  if (existing && existing.content_hash === hash) {
    summary.chunksUnchanged += chunks.length;
    return;
  }
  // Which stored chunks can be kept as they are (same hash, so same vector)?
  const stored = existing
    ? (
        await pool.query<{ id: number; content_hash: string }>('SELECT id, content_hash FROM knowledge_chunks WHERE document_id = $1 ORDER BY chunk_index', [
          existing.id,
        ])
      ).rows
    : [];
  const available = new Map<string, number[]>();
  for (const s of stored) available.set(s.content_hash, [...(available.get(s.content_hash) ?? []), s.id]);
  const keep = new Map<number, number>(); // chunk index -> stored chunk id
  const fresh: KnowledgeChunk[] = [];
  for (const c of chunks) {
    const id = available.get(c.contentHash)?.shift();
    if (id !== undefined) keep.set(c.chunkIndex, id);
    else fresh.push(c);
  }
  const dropped = stored.filter((s) => ![...keep.values()].includes(s.id)).map((s) => s.id);

  // Embed outside the transaction: it may be slow or remote, and a failure here writes nothing.
  const vectors = fresh.length ? await store.embedder.embedDocuments(fresh.map((c) => c.embeddedText)) : [];
  summary.embedded += fresh.length;

  try {
    await withTransaction(pool, async (client) => {
      const d = await client.query<{ id: number }>(
        `INSERT INTO knowledge_documents (doc_id, language, title, source_path, audience, topic, last_reviewed, sources, content_hash, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
         ON CONFLICT (source_path) DO UPDATE SET doc_id = EXCLUDED.doc_id, language = EXCLUDED.language, title = EXCLUDED.title,
           audience = EXCLUDED.audience, topic = EXCLUDED.topic, last_reviewed = EXCLUDED.last_reviewed, sources = EXCLUDED.sources,
           content_hash = EXCLUDED.content_hash, updated_at = now()
         RETURNING id`,
        [doc.id, doc.language, doc.title, doc.source, doc.audience ?? null, doc.topic ?? null, validDate(doc.lastReviewed), JSON.stringify(doc.sources), hash],
      );
      const documentId = d.rows[0]!.id;
      if (dropped.length) await client.query('DELETE FROM knowledge_chunks WHERE id = ANY($1::int[])', [dropped]);
      // Move kept chunks out of the way first: (document_id, chunk_index) is unique.
      await client.query('UPDATE knowledge_chunks SET chunk_index = -1 - chunk_index WHERE document_id = $1', [documentId]);
      for (const [chunkIndex, id] of keep) {
        await client.query('UPDATE knowledge_chunks SET chunk_index = $2, language = $3 WHERE id = $1', [id, chunkIndex, doc.language]);
      }
      await store.addVectors(
        vectors,
        fresh.map(
          (c) =>
            new Document({
              pageContent: c.content,
              metadata: {
                documentId,
                chunkIndex: c.chunkIndex,
                headingPath: c.headingPath,
                language: doc.language,
                contentHash: c.contentHash,
                termCounts: c.termCounts,
                questions: c.questions,
                headingTerms: c.headingTerms,
                embeddedText: c.embeddedText,
              } satisfies ChunkMetadata,
            }),
        ),
        { client },
      );
    });
  } catch (err) {
    const e = err as { code?: string; constraint?: string; message?: string };
    if (e.code === '23505') {
      throw new KnowledgeDocumentError(
        'KNOWLEDGE_DUPLICATE_ID',
        doc.source,
        `id "${doc.id}" (${doc.language}) is still used by another indexed file (${e.message}); nothing of this file was written.`,
      );
    }
    throw err;
  }
  const updated = Math.min(fresh.length, dropped.length);
  summary.chunksUpdated += updated;
  summary.chunksAdded += fresh.length - updated;
  summary.chunksRemoved += dropped.length - updated;
  summary.chunksUnchanged += keep.size;
}

function validDate(s: string | undefined): string | null {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : null;
}
