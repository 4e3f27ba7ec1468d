-- Corpus statistics for the keyword half of hybrid search (idf and BM25 length
-- normalisation). Counting term frequencies at query time gets slow once the
-- index holds tens of thousands of chunks, so ingestion refreshes these
-- tables after it changes the index. They are derived data: safe to rebuild.
CREATE TABLE knowledge_term_stats (
  language  text NOT NULL CHECK (language IN ('zh','en')),
  term      text NOT NULL,
  -- Number of chunks (in this language) that contain the term.
  df        integer NOT NULL CHECK (df > 0),
  PRIMARY KEY (language, term)
);

CREATE TABLE knowledge_corpus_stats (
  language  text PRIMARY KEY CHECK (language IN ('zh','en')),
  chunks    integer NOT NULL CHECK (chunks >= 0),
  avg_terms double precision NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);
