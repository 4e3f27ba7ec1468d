import { VectorStore } from '@langchain/core/vectorstores';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import pgvector from 'pgvector';
import type { Db } from '../db/database.ts';
import type { Queryable } from '../db/Queryable.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import type { KnowledgeLanguage } from './parseDocument.ts';
import { countTerms, extractTerms } from './extractTerms.ts';

/** pgvector's HNSW index handles `vector` up to 2,000 dimensions; larger ones are searched exactly. */
export const HNSW_MAX_DIMENSION = 2000;
/** BM25 term-frequency saturation and length normalisation (the usual defaults). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;
/**
 * Scores and distances are rounded before ordering, so PostgreSQL and PGlite
 * (native vs WebAssembly arithmetic, aggregation order) rank alike; ties then
 * go to the lower chunk id.
 */
const _SCORE_DIGITS = 9;
const DISTANCE_DIGITS = 6;
// Keyword candidates come from terms whose summed document frequency stays under this.
// Scoring unnests every candidate's terms, so its cost is candidates x terms per chunk:
// at 1000 the 10k-chunk bench spent ~200 ms there; 300 changed no ranking in eval-retrieval.
const CANDIDATE_DF_BUDGET = 300;
// HNSW candidate list; knowledge_search() (migration 035/036) sets the same
// value in its SET clause, keep them equal. bench:retrieval on PostgreSQL,
// 100k synthetic chunks, language-filtered top-10: recall@10 0.916 at 100,
// 0.929 at 200, 0.957 at 400 (HNSW p50 4.6 -> 6.5 -> 11 ms). Search no longer
// depends on the vector list alone (keyword and question lists add their own
// candidates), so 100 is enough; at the real base's size it is noise.
export const HNSW_EF_SEARCH = 100;
const INDEX_NAME = 'knowledge_chunks_embedding_hnsw';
// Serialises index (re)builds and ingestion runs between processes.
export const KNOWLEDGE_LOCK_KEY = 7_302_202_420;

export interface ChunkMetadata {
  documentId: number;
  chunkIndex: number;
  headingPath: string;
  language: KnowledgeLanguage;
  contentHash: string;
  /** Distinct terms with their counts; computed from embeddedText (or pageContent) when absent. */
  termCounts?: Array<[string, number]>;
  /** Parent questions the section answers (never part of pageContent). */
  questions?: string[];
  /** Terms of the heading, then of each question. */
  headingTerms?: string[][];
  /** Text to embed when it differs from pageContent (heading path + questions + content). */
  embeddedText?: string;
}

export interface StoreFilter {
  language?: KnowledgeLanguage;
}

export interface RankedChunk {
  chunkId: number;
  score: number;
  /** Keyword search only: the query terms this chunk contains. */
  matched?: string[];
}

export interface ChunkDetails {
  chunkId: number;
  docId: string;
  title: string;
  headingPath: string;
  content: string;
  source: string;
  language: KnowledgeLanguage;
  questions: string[];
  headingTerms: string[][];
}

/** One candidate of a search, as knowledge_search() returns it. */
export interface SearchCandidate extends Omit<ChunkDetails, 'headingTerms'> {
  /** Cosine similarity to the query (distance rounded to 6 digits). */
  similarity: number;
  /** The query's terms this chunk contains (sorted). */
  matched: string[];
  /** Best match of the query with the heading or one listed question, 0..1. */
  questionMatch: number;
  /** The heading or listed question that matched best. */
  matchedQuestion?: string;
  vectorRank?: number;
  keywordRank?: number;
  questionRank?: number;
}

export interface SearchCandidates {
  /** idf of every distinct query term in this language's index (0 df gives the largest idf). */
  idf: Map<string, number>;
  candidates: SearchCandidate[];
}

interface RawSearchResult {
  n: number;
  idf: Record<string, number>;
  candidates: Array<
    Omit<SearchCandidate, 'similarity' | 'matchedQuestion' | 'vectorRank' | 'keywordRank' | 'questionRank'> & {
      distance: number | null;
      questionOrd: number | null;
      vectorRank: number | null;
      keywordRank: number | null;
      questionRank: number | null;
    }
  >;
}

function sectionOf(headingPath: string): string {
  const parts = headingPath.split(' > ');
  return parts[parts.length - 1] ?? headingPath;
}

export interface IndexState {
  embedder: string;
  dimension: number;
}

/**
 * LangChain VectorStore over our knowledge tables in PostgreSQL/pgvector.
 * The `embedding` column is untyped (its size depends on the embedder), so
 * searches cast to `vector(<dim>)`, which is exactly the expression the HNSW
 * index is built on; knowledge_index_meta says which embedder filled it.
 */
export class PgVectorKnowledgeStore extends VectorStore {
  declare FilterType: StoreFilter;
  readonly pool: Db;
  private dimension?: number;

  constructor(
    readonly embedder: KnowledgeEmbedder,
    { pool }: { pool: Db },
  ) {
    super(embedder, {});
    this.pool = pool;
  }

  _vectorstoreType(): string {
    return 'ailin-pgvector';
  }

  async getDimension(): Promise<number> {
    this.dimension ??= await this.embedder.getDimension();
    if (!Number.isInteger(this.dimension) || this.dimension < 1 || this.dimension > 16000) {
      throw new Error(`embedder ${this.embedder.id} reported an invalid dimension ${this.dimension}`);
    }
    return this.dimension;
  }

  async readIndexState(db: Queryable = this.pool): Promise<IndexState | undefined> {
    const r = await db.query<IndexState>('SELECT embedder, dimension FROM knowledge_index_meta');
    return r.rows[0];
  }

  /**
   * Makes the index belong to this store's embedder. When another embedder
   * (or another size) built it, every chunk is dropped — vectors from two
   * models are not comparable — and the caller re-indexes.
   * Returns whether the index was (re)built.
   */
  async prepareIndex(): Promise<{ rebuilt: boolean; previous?: IndexState }> {
    const dim = await this.getDimension();
    return withTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [KNOWLEDGE_LOCK_KEY]);
      const previous = await this.readIndexState(client);
      if (previous && previous.embedder === this.embedder.id && previous.dimension === dim) {
        return { rebuilt: false, previous };
      }
      // TRUNCATE, not DELETE: building the new index would also read the
      // deleted rows' old-size vectors (still visible to other snapshots).
      await client.query('TRUNCATE knowledge_questions, knowledge_chunks, knowledge_documents, knowledge_term_stats, knowledge_corpus_stats');
      await client.query(`DROP INDEX IF EXISTS ${INDEX_NAME}`);
      if (dim <= HNSW_MAX_DIMENSION) {
        // dim is a validated integer: a type modifier cannot be a bind parameter.
        await client.query(`CREATE INDEX ${INDEX_NAME} ON knowledge_chunks USING hnsw ((embedding::vector(${dim})) vector_cosine_ops)`);
      }
      await client.query(
        `INSERT INTO knowledge_index_meta (singleton, embedder, dimension, built_at) VALUES (true, $1, $2, now())
         ON CONFLICT (singleton) DO UPDATE SET embedder = EXCLUDED.embedder, dimension = EXCLUDED.dimension, built_at = now()`,
        [this.embedder.id, dim],
      );
      return { rebuilt: true, previous };
    });
  }

  /** Inserts chunks with precomputed vectors. Pass `{ client }` to write inside a transaction. */
  async addVectors(vectors: number[][], documents: DocumentInterface[], options?: { client?: Queryable }): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error('addVectors: vectors and documents differ in length');
    const dim = await this.getDimension();
    const db = options?.client ?? this.pool;
    if (documents.length === 0) return [];
    const rows = documents.map((doc, i) => {
      const m = doc.metadata as ChunkMetadata;
      const v = vectors[i]!;
      if (v.length !== dim) throw new Error(`vector ${i} has ${v.length} dimensions, the index expects ${dim}`);
      const counts = m.termCounts ?? countTerms(m.embeddedText ?? doc.pageContent);
      const headingTerms = m.headingTerms ?? [extractTerms(m.headingPath.split(' > ').pop() ?? '')];
      return { m, content: doc.pageContent, counts, headingTerms, v: pgvector.toSql(v) as string };
    });
    // One statement per call: per-row round trips dominate ingestion time on PGlite.
    const r = await db.query<{ id: number }>(
      `INSERT INTO knowledge_chunks (document_id, chunk_index, heading_path, content, content_hash, language, terms, term_freqs, term_count,
                                     questions, heading_terms, embedding)
       SELECT d, ci, h, c, ch, l, ARRAY(SELECT json_array_elements_text(t::json)), ARRAY(SELECT json_array_elements_text(f::json)::int),
              (SELECT coalesce(sum(x::int), 0)::int FROM json_array_elements_text(f::json) AS x),
              ARRAY(SELECT json_array_elements_text(q::json)), ht::jsonb, e::vector
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
            WITH ORDINALITY AS u(d, ci, h, c, ch, l, t, f, q, ht, e, ord)
       ORDER BY ord
       RETURNING id`,
      [
        rows.map((x) => x.m.documentId),
        rows.map((x) => x.m.chunkIndex),
        rows.map((x) => x.m.headingPath),
        rows.map((x) => x.content),
        rows.map((x) => x.m.contentHash),
        rows.map((x) => x.m.language),
        rows.map((x) => JSON.stringify(x.counts.map(([t]) => t))),
        rows.map((x) => JSON.stringify(x.counts.map(([, n]) => n))),
        rows.map((x) => JSON.stringify(x.m.questions ?? [])),
        rows.map((x) => JSON.stringify(x.headingTerms)),
        rows.map((x) => x.v),
      ],
    );
    // The heading (ord 0) and each question (ord 1..) with its terms, for question matching.
    const q = rows.flatMap((x, i) =>
      x.headingTerms.map((terms, ord) => ({ id: r.rows[i]!.id, ord, language: x.m.language, terms })).filter((e) => e.terms.length > 0),
    );
    if (q.length) {
      await db.query(
        `INSERT INTO knowledge_questions (chunk_id, ord, language, terms)
         SELECT i, o, l, ARRAY(SELECT json_array_elements_text(t::json)) FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS u(i, o, l, t)`,
        [q.map((e) => e.id), q.map((e) => e.ord), q.map((e) => e.language), q.map((e) => JSON.stringify(e.terms))],
      );
    }
    return r.rows.map((row) => String(row.id));
  }

  async addDocuments(documents: DocumentInterface[], options?: { client?: Queryable }): Promise<string[]> {
    const texts = documents.map((d) => (d.metadata as ChunkMetadata).embeddedText ?? d.pageContent);
    return this.addVectors(await this.embedder.embedDocuments(texts), documents, options);
  }

  /** Deletes chunks by id (`{ ids }`) or whole documents by row id (`{ documentIds }`). */
  override async delete(params: { ids?: string[]; documentIds?: number[] } = {}): Promise<void> {
    if (params.ids?.length) await this.pool.query('DELETE FROM knowledge_chunks WHERE id = ANY($1::int[])', [params.ids.map(Number)]);
    if (params.documentIds?.length) await this.pool.query('DELETE FROM knowledge_documents WHERE id = ANY($1::int[])', [params.documentIds]);
  }

  /** Cosine nearest neighbours; score is cosine similarity (1 = same direction). */
  async similaritySearchVectorWithScore(query: number[], k: number, filter?: StoreFilter): Promise<[DocumentInterface, number][]> {
    const ranked = await this.vectorSearch(query, { k, language: filter?.language });
    const details = await this.fetchChunks(ranked.map((r) => r.chunkId));
    return ranked.flatMap((r) => {
      const d = details.get(r.chunkId);
      if (!d) return [];
      const { content, headingTerms: _headingTerms, ...metadata } = d;
      return [[new Document({ pageContent: content, metadata, id: String(d.chunkId) }), r.score] as [DocumentInterface, number]];
    });
  }

  /**
   * Runs searches on one connection in a read-only transaction with search
   * settings: HNSW candidate list size, iterative scan (so a language filter
   * cannot starve the result on a large index) and no JIT (compiling a query
   * costs PostgreSQL more than running these small ones).
   */
  async searchSession<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    return withTransaction(this.pool, async (client) => {
      // One round trip for read-only and the three settings (set_config(..., true) = SET LOCAL).
      await client.query(
        `SELECT set_config('transaction_read_only', 'on', true), set_config('hnsw.ef_search', '${HNSW_EF_SEARCH}', true),
                set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('jit', 'off', true)`,
      );
      return work(client);
    });
  }

  /**
   * Top-k chunk ids by cosine similarity. Ordered by the same expression the
   * HNSW index is built on, so PostgreSQL can use it.
   */
  async vectorSearch(query: number[], { k, language }: { k: number; language?: KnowledgeLanguage }, db?: Queryable): Promise<RankedChunk[]> {
    if (!db) return this.searchSession((c) => this.vectorSearch(query, { k, language }, c));
    const dim = await this.getDimension();
    if (query.length !== dim) throw new Error(`query vector has ${query.length} dimensions, the index expects ${dim}`);
    const r = await db.query<{ id: number; distance: number }>(
      // (Ranked by the distance in double precision, the same on both backends: migration 099.)
      `WITH nearest AS MATERIALIZED (
         SELECT id, embedding, embedding::vector(${dim}) <=> $1::vector(${dim}) AS distance
         FROM knowledge_chunks
         WHERE embedding IS NOT NULL AND ($2::text IS NULL OR language = $2)
         ORDER BY embedding::vector(${dim}) <=> $1::vector(${dim})
         LIMIT $3)
       SELECT id, round(distance::numeric, ${DISTANCE_DIGITS})::float8 AS distance FROM nearest
       ORDER BY round(knowledge_exact_distance(embedding::real[], $1::vector(${dim})::real[])::numeric, 9), id`,
      [pgvector.toSql(query), language ?? null, k],
    );
    return r.rows.filter((row) => Number.isFinite(row.distance)).map((row) => ({ chunkId: row.id, score: 1 - row.distance }));
  }

  /**
   * Recomputes the term statistics (document frequency per term, chunk count
   * and average terms per chunk, per language) from the chunks. Ingestion
   * calls it after changing the index; call it after bulk addVectors too.
   */
  async refreshTermStats(): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM knowledge_term_stats');
      await client.query('DELETE FROM knowledge_corpus_stats');
      await client.query(
        `INSERT INTO knowledge_term_stats (language, term, df)
         SELECT language, term, count(*)::int FROM knowledge_chunks, unnest(terms) AS term GROUP BY language, term`,
      );
      await client.query(
        `INSERT INTO knowledge_corpus_stats (language, chunks, avg_terms)
         SELECT language, count(*)::int, coalesce(avg(greatest(term_count, cardinality(terms))), 1) FROM knowledge_chunks GROUP BY language`,
      );
      // Each question's weight (the idf of its terms, summed) follows the statistics.
      await client.query(
        `UPDATE knowledge_questions q SET weight = w.weight
         FROM (SELECT q2.chunk_id, q2.ord, coalesce(sum(knowledge_idf(cs.chunks, s.df)), 0) AS weight
               FROM knowledge_questions q2
               CROSS JOIN LATERAL unnest(q2.terms) AS t(term)
               JOIN knowledge_corpus_stats cs ON cs.language = q2.language
               LEFT JOIN knowledge_term_stats s ON s.language = q2.language AND s.term = t.term
               GROUP BY q2.chunk_id, q2.ord) w
         WHERE q.chunk_id = w.chunk_id AND q.ord = w.ord AND q.weight IS DISTINCT FROM w.weight`,
      );
    });
    // Planner statistics: without them PostgreSQL guesses the table is tiny and
    // answers every keyword query with a sequential scan over the term arrays
    // instead of the GIN index (real 68-document base on PostgreSQL: keyword
    // search p50 18 -> 10 ms, p95 80 -> 17 ms).
    await this.pool.query('ANALYZE knowledge_chunks, knowledge_term_stats, knowledge_questions');
  }

  /**
   * Everything one search needs from one language, in one round trip
   * (knowledge_search(), migration 035): the nearest chunks by cosine
   * (HNSW), the best chunks by BM25 over their terms, the chunks whose
   * heading or listed question best matches the query, and for every
   * candidate its similarity, the query terms it contains and its text.
   * BM25: for each query term in the chunk, idf * tf * (k1 + 1) /
   * (tf + k1 * (1 - b + b * len / avglen)), summed; idf = ln(1 + (N - df +
   * 0.5) / (df + 0.5)) from this index's statistics. Candidates of the term
   * lists come from the query's rarer terms (summed document frequency up to
   * CANDIDATE_DF_BUDGET), so common words keep a large index cheap while still
   * adding to the score. One SQL text with the same parameters on PostgreSQL
   * and PGlite; scores are rounded before ordering and ties go to the lower
   * id, so both rank alike.
   */
  async searchCandidates(
    query: number[],
    terms: string[],
    { language, candidates, questionAlpha }: { language: KnowledgeLanguage; candidates: number; questionAlpha: number },
    db: Queryable = this.pool,
  ): Promise<SearchCandidates> {
    const dim = await this.getDimension();
    if (query.length !== dim) throw new Error(`query vector has ${query.length} dimensions, the index expects ${dim}`);
    const r = await db.query<{ result: RawSearchResult }>('SELECT knowledge_search($1, $2, $3, $4, $5, $6, $7, $8, $9) AS result', [
      pgvector.toSql(query),
      dim,
      language,
      [...new Set(terms)],
      candidates,
      CANDIDATE_DF_BUDGET,
      BM25.k1,
      BM25.b,
      questionAlpha,
    ]);
    const raw = r.rows[0]!.result;
    return {
      idf: new Map(Object.entries(raw.idf)),
      candidates: raw.candidates.map(({ distance, questionOrd, ...c }) => ({
        ...c,
        similarity: distance !== null && Number.isFinite(distance) ? 1 - distance : 0,
        matchedQuestion:
          questionOrd === null || questionOrd === undefined ? undefined : questionOrd === 0 ? sectionOf(c.headingPath) : c.questions[questionOrd - 1],
        vectorRank: c.vectorRank ?? undefined,
        keywordRank: c.keywordRank ?? undefined,
        questionRank: c.questionRank ?? undefined,
      })),
    };
  }

  /**
   * Details of the given chunks. With `query`, each also gets its cosine
   * similarity to it (rounded like vectorSearch), in the same round trip.
   */
  /**
   * Every piece of the sections named, in the document's order: a section longer than a chunk is indexed in several, and
   * an answer quotes from the whole section whichever piece a search ranked. One query by document and heading — no
   * search — so completing a section costs little on every knowledge turn.
   */
  async sectionPieces(sections: Array<{ docId: string; language: KnowledgeLanguage; heading: string }>, db: Queryable = this.pool): Promise<ChunkDetails[]> {
    if (sections.length === 0) return [];
    const r = await db.query<ChunkDetails>(
      `SELECT c.id AS "chunkId", d.doc_id AS "docId", d.title, c.heading_path AS "headingPath", c.content,
              d.source_path AS source, c.language, c.questions, c.heading_terms AS "headingTerms"
       FROM unnest($1::text[], $2::text[], $3::text[]) AS s(doc_id, language, heading)
       JOIN knowledge_documents d ON d.doc_id = s.doc_id AND d.language = s.language
       JOIN knowledge_chunks c ON c.document_id = d.id AND c.heading_path = s.heading
       ORDER BY d.doc_id, c.chunk_index`,
      [sections.map((x) => x.docId), sections.map((x) => x.language), sections.map((x) => x.heading)],
    );
    return r.rows;
  }

  async fetchChunks(ids: number[], db: Queryable = this.pool, query?: number[]): Promise<Map<number, ChunkDetails & { similarity?: number }>> {
    if (ids.length === 0) return new Map();
    const dim = query ? await this.getDimension() : 0;
    const r = await db.query<ChunkDetails & { distance: number | null }>(
      `SELECT c.id AS "chunkId", d.doc_id AS "docId", d.title, c.heading_path AS "headingPath", c.content,
              d.source_path AS source, c.language, c.questions, c.heading_terms AS "headingTerms",
              ${query ? `round((c.embedding::vector(${dim}) <=> $2::vector(${dim}))::numeric, ${DISTANCE_DIGITS})::float8` : 'NULL::float8'} AS distance
       FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id
       WHERE c.id = ANY($1::int[])`,
      query ? [ids, pgvector.toSql(query)] : [ids],
    );
    return new Map(
      r.rows.map(({ distance, ...row }) => [
        row.chunkId,
        query ? { ...row, similarity: distance !== null && Number.isFinite(distance) ? 1 - distance : 0 } : row,
      ]),
    );
  }
}
