-- Question matching for knowledge search: every section heading and every
-- parent question of a section's questions block becomes a row with its
-- terms, so a query can be compared with each question on its own (not with
-- the whole chunk, where one question is a few words among hundreds).
-- `weight` is the sum of the question's term idf; it follows the term
-- statistics and is refreshed with them (PgVectorKnowledgeStore.refreshTermStats).
CREATE TABLE knowledge_questions (
  chunk_id  integer NOT NULL REFERENCES knowledge_chunks(id) ON DELETE CASCADE,
  -- 0 = the section heading, 1.. = the questions block in order.
  ord       integer NOT NULL CHECK (ord >= 0),
  language  text NOT NULL CHECK (language IN ('zh','en')),
  terms     text[] NOT NULL,
  weight    double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (chunk_id, ord)
);
CREATE INDEX knowledge_questions_terms ON knowledge_questions USING gin (terms);

-- Chunks indexed before this migration: their heading and question terms are
-- already stored (heading_terms). The next ingestion re-indexes them anyway
-- (the lexicon fingerprint changed), this keeps search working until then.
INSERT INTO knowledge_questions (chunk_id, ord, language, terms)
SELECT c.id, (x.ord - 1)::int, c.language, ARRAY(SELECT jsonb_array_elements_text(x.e))
FROM knowledge_chunks c, jsonb_array_elements(c.heading_terms) WITH ORDINALITY AS x(e, ord)
WHERE jsonb_typeof(x.e) = 'array' AND jsonb_array_length(x.e) > 0;

-- idf = ln(1 + (N - df + 0.5) / (df + 0.5)) in numeric arithmetic, rounded:
-- PostgreSQL and PGlite (native vs WebAssembly libm) then agree to the bit.
CREATE FUNCTION knowledge_idf(n bigint, df bigint) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT round(ln(1 + (n - df + 0.5)::numeric / (df + 0.5)::numeric), 12)::float8 $$;

UPDATE knowledge_questions q
SET weight = coalesce((
  SELECT sum(knowledge_idf(cs.chunks, s.df))
  FROM unnest(q.terms) AS t(term)
  JOIN knowledge_term_stats s ON s.language = q.language AND s.term = t.term
  JOIN knowledge_corpus_stats cs ON cs.language = q.language), 0);

/*
 * One round trip for the whole search in one language: the HNSW nearest
 * chunks, BM25 over the chunk terms, the best question match per chunk, and
 * the details of every candidate (similarity, matched terms, text).
 * Returns {"n", "idf": {term: idf}, "candidates": [...]}; fusion and the
 * relevance rule stay in TypeScript (KnowledgeBase.ts).
 *  - dim: the index's vector size (the cast must equal the HNSW index expression)
 *  - candidates: how many to take from each list
 *  - df_budget: candidates of the term lists come from the query's rarer terms
 *    only, until their summed document frequency reaches this
 *  - alpha: question match = coverage^alpha * precision^(1 - alpha), where
 *    coverage = idf share of the query found in the question and precision =
 *    idf share of the question found in the query
 * Scores and distances are rounded before ordering so both backends rank alike.
 * The settings apply while the function runs (HNSW candidate list, iterative
 * scan so the language filter cannot starve the result, no JIT).
 */
CREATE FUNCTION knowledge_search(
  query_vector text, dim integer, lang text, query_terms text[],
  candidates integer, df_budget integer, k1 double precision, b double precision, alpha double precision
) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET hnsw.ef_search = 100
SET hnsw.iterative_scan = relaxed_order
SET jit = off
AS $fn$
DECLARE
  result jsonb;
BEGIN
  IF dim IS NULL OR dim < 1 OR dim > 16000 THEN
    RAISE EXCEPTION 'knowledge_search: invalid dimension %', dim;
  END IF;
  -- dim is an integer: a type modifier cannot be a bind parameter.
  EXECUTE format($q$
    WITH corpus AS (
      SELECT coalesce((SELECT chunks FROM knowledge_corpus_stats WHERE language = $2), 0)::bigint AS n,
             greatest(1, round(coalesce((SELECT avg_terms FROM knowledge_corpus_stats WHERE language = $2), 1)::numeric, 6))::float8 AS avglen),
    w AS (
      SELECT t.term, coalesce(s.df, 0)::bigint AS df, knowledge_idf(c.n, coalesce(s.df, 0)) AS idf
      FROM (SELECT DISTINCT term FROM unnest($3::text[]) AS u(term)) t
      CROSS JOIN corpus c
      LEFT JOIN knowledge_term_stats s ON s.language = $2 AND s.term = t.term),
    total AS (SELECT coalesce(sum(idf), 0) AS idf FROM w),
    present AS (
      SELECT term, df, idf, sum(df) OVER (ORDER BY df, term) AS cum, row_number() OVER (ORDER BY df, term) AS rn
      FROM w WHERE df > 0),
    selective AS (SELECT coalesce(array_agg(term), '{}') AS terms FROM present WHERE rn = 1 OR cum <= $5),
    nearest AS MATERIALIZED (
      SELECT id, embedding::vector(%1$s) <=> $1::vector(%1$s) AS distance
      FROM knowledge_chunks
      WHERE embedding IS NOT NULL AND language = $2
      ORDER BY embedding::vector(%1$s) <=> $1::vector(%1$s)
      LIMIT $4),
    vec AS (
      SELECT id, row_number() OVER (ORDER BY round(distance::numeric, 6), id) AS rank FROM nearest),
    kw_scored AS (
      SELECT c.id,
             sum(p.idf * u.tf * ($6 + 1) / (u.tf + $6 * (1 - $7 + $7 * greatest(c.term_count, 1) / (SELECT avglen FROM corpus)))) AS score
      FROM knowledge_chunks c
      CROSS JOIN LATERAL (SELECT x.term, coalesce(x.tf, 1) AS tf FROM unnest(c.terms, c.term_freqs) AS x(term, tf)) u
      JOIN present p ON p.term = u.term
      WHERE c.terms && (SELECT terms FROM selective) AND c.language = $2
      GROUP BY c.id),
    kw AS (
      SELECT id, row_number() OVER (ORDER BY round(score::numeric, 9) DESC, id) AS rank
      FROM kw_scored ORDER BY round(score::numeric, 9) DESC, id LIMIT $4),
    q_scored AS (
      SELECT q.chunk_id, q.ord,
             round((power(sum(p.idf) / nullif((SELECT idf FROM total), 0), $8)
                    * power(least(1, sum(p.idf) / nullif(q.weight, 0)), 1 - $8))::numeric, 9)::float8 AS match
      FROM knowledge_questions q
      CROSS JOIN LATERAL unnest(q.terms) AS u(term)
      JOIN present p ON p.term = u.term
      WHERE q.terms && (SELECT terms FROM selective) AND q.language = $2
      GROUP BY q.chunk_id, q.ord, q.weight),
    q_best AS (
      SELECT DISTINCT ON (chunk_id) chunk_id AS id, ord, match FROM q_scored
      WHERE match IS NOT NULL AND match > 0
      ORDER BY chunk_id, match DESC, ord),
    qm AS (
      SELECT id, ord, match, row_number() OVER (ORDER BY match DESC, id) AS rank
      FROM q_best ORDER BY match DESC, id LIMIT $4),
    ids AS (SELECT id FROM vec UNION SELECT id FROM kw UNION SELECT id FROM qm),
    cands AS (
      SELECT c.id, vec.rank AS vrank, kw.rank AS krank, qm.rank AS qrank,
             coalesce(qm.match, qb.match, 0) AS qmatch, coalesce(qm.ord, qb.ord) AS qord,
             round((c.embedding::vector(%1$s) <=> $1::vector(%1$s))::numeric, 6)::float8 AS distance,
             ARRAY(SELECT t FROM unnest(c.terms) AS t WHERE t = ANY ($3::text[]) ORDER BY t) AS matched,
             d.doc_id, d.title, c.heading_path, c.content, d.source_path, c.language, c.questions
      FROM ids
      JOIN knowledge_chunks c ON c.id = ids.id
      JOIN knowledge_documents d ON d.id = c.document_id
      LEFT JOIN vec ON vec.id = c.id
      LEFT JOIN kw ON kw.id = c.id
      LEFT JOIN qm ON qm.id = c.id
      LEFT JOIN q_best qb ON qb.id = c.id)
    SELECT jsonb_build_object(
      'n', (SELECT n FROM corpus),
      'idf', (SELECT coalesce(jsonb_object_agg(term, idf), '{}') FROM w),
      'candidates', (SELECT coalesce(jsonb_agg(jsonb_build_object(
          'chunkId', id, 'vectorRank', vrank, 'keywordRank', krank, 'questionRank', qrank,
          'questionMatch', qmatch, 'questionOrd', qord, 'distance', distance, 'matched', matched,
          'docId', doc_id, 'title', title, 'headingPath', heading_path, 'content', content,
          'source', source_path, 'language', language, 'questions', questions) ORDER BY id), '[]') FROM cands))
  $q$, dim)
  INTO result
  USING query_vector, lang, query_terms, candidates, df_budget, k1, b, alpha;
  RETURN result;
END
$fn$;
