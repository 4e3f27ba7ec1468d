-- Keyword search on Chinese words with BM25 term frequencies, and the parent
-- questions each section answers (the `<!-- questions: -->` blocks).
-- Chunks written before this migration carry a stale lexicon fingerprint in
-- their content hash, so the next ingestion rewrites them with these columns.

-- How often each entry of `terms` occurs in the chunk (same order as terms).
ALTER TABLE knowledge_chunks ADD COLUMN term_freqs integer[] NOT NULL DEFAULT '{}';
-- Chunk length for BM25 length normalisation: the number of term occurrences.
ALTER TABLE knowledge_chunks ADD COLUMN term_count integer NOT NULL DEFAULT 0;
-- The questions listed under the section heading (never part of `content`).
ALTER TABLE knowledge_chunks ADD COLUMN questions text[] NOT NULL DEFAULT '{}';
-- Terms of the section heading, then of each question: a JSON array of term arrays.
ALTER TABLE knowledge_chunks ADD COLUMN heading_terms jsonb NOT NULL DEFAULT '[]';

COMMENT ON COLUMN knowledge_corpus_stats.avg_terms IS 'Average term_count (term occurrences) per chunk: BM25 avgdl.';
