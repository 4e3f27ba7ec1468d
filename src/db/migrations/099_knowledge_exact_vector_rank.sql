-- knowledge_search() of 036, with the vector list ranked by a cosine distance computed in double precision, in the same
-- order, on both backends. pgvector's <=> sums float4 products (native SIMD on PostgreSQL, WebAssembly in PGlite), so two
-- chunks a millionth apart could land either side of the 6-decimal rounding the ranks were read at and swap places on one
-- backend only (round 49: two first-aid chunks 8e-7 apart for "孩子误吞了纽扣电池怎么办"). <=> still picks the candidates
-- (the HNSW index); the rank among them is now the same on both. The distance reported with each hit is unchanged.
CREATE FUNCTION knowledge_exact_distance(a real[], b real[]) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT 1 - sum(x::float8 * y::float8) / nullif(sqrt(sum(x::float8 * x::float8)) * sqrt(sum(y::float8 * y::float8)), 0)
  FROM unnest(a, b) AS t(x, y)
$$;

DROP FUNCTION knowledge_search(text, integer, text, text[], integer, integer, double precision, double precision, double precision);
CREATE FUNCTION knowledge_search(
  query_vector text, dim integer, lang text, query_terms text[],
  candidates integer, df_budget integer, k1 double precision, b double precision, alpha double precision
) RETURNS json
LANGUAGE plpgsql STABLE
SET hnsw.ef_search = 100
SET hnsw.iterative_scan = relaxed_order
SET jit = off
AS $fn$
DECLARE
  result json;
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
      SELECT id, embedding
      FROM knowledge_chunks
      WHERE embedding IS NOT NULL AND language = $2
      ORDER BY embedding::vector(%1$s) <=> $1::vector(%1$s)
      LIMIT $4),
    vec AS (
      SELECT id, row_number() OVER (ORDER BY round(knowledge_exact_distance(embedding::real[], $1::vector(%1$s)::real[])::numeric, 9), id) AS rank
      FROM nearest),
    kw_cands AS MATERIALIZED (
      SELECT c.id, c.terms, c.term_freqs, greatest(c.term_count, 1) AS len
      FROM knowledge_chunks c
      WHERE c.terms && (SELECT terms FROM selective) AND c.language = $2),
    kw_scored AS (
      SELECT c.id,
             sum(p.idf * u.tf * ($6 + 1) / (u.tf + $6 * (1 - $7 + $7 * c.len / (SELECT avglen FROM corpus)))) AS score
      FROM kw_cands c
      CROSS JOIN present p
      CROSS JOIN LATERAL (SELECT coalesce(c.term_freqs[array_position(c.terms, p.term)], 1) AS tf) u
      WHERE p.term = ANY (c.terms)
      GROUP BY c.id),
    kw AS (
      SELECT id, row_number() OVER (ORDER BY round(score::numeric, 9) DESC, id) AS rank
      FROM kw_scored ORDER BY round(score::numeric, 9) DESC, id LIMIT $4),
    q_inter AS MATERIALIZED (
      SELECT q.chunk_id, q.ord, q.weight, (SELECT sum(p.idf) FROM present p WHERE p.term = ANY (q.terms)) AS inter
      FROM knowledge_questions q
      WHERE q.terms && (SELECT terms FROM selective) AND q.language = $2),
    q_scored AS (
      SELECT chunk_id, ord,
             round((power(inter / nullif((SELECT idf FROM total), 0), $8)
                    * power(least(1, inter / nullif(weight, 0)), 1 - $8))::numeric, 9)::float8 AS match
      FROM q_inter),
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
    SELECT json_build_object(
      'n', (SELECT n FROM corpus),
      'idf', (SELECT coalesce(json_object_agg(term, idf), '{}') FROM w),
      'candidates', (SELECT coalesce(json_agg(json_build_object(
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
