import type { Db } from '../db/database.ts';
import { toSimplified } from '../text/chineseScript.ts';
import type { Queryable } from '../db/Queryable.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import type { KnowledgeLanguage } from './parseDocument.ts';
import { extractTerms } from './extractTerms.ts';
import { PgVectorKnowledgeStore, type RankedChunk } from './PgVectorKnowledgeStore.ts';

/** The section's own heading: the last part of "Title > Section". */
export function sectionHeading(headingPath: string): string {
  const parts = headingPath.split(' > ');
  return parts[parts.length - 1] ?? headingPath;
}

export interface KnowledgeHit {
  chunkId: number;
  docId: string;
  title: string;
  /** "Title > Section" for the citation. */
  headingPath: string;
  /** The section text (without the heading path and questions that were indexed with it). */
  content: string;
  /** The parent questions the section says it answers (its questions block); [] when it has none. */
  questions: string[];
  /** File the hit came from, e.g. knowledge/zh/parenting-fever-illness.md */
  source: string;
  language: KnowledgeLanguage;
  /** Fused reciprocal-rank score (vector-only search: cosine similarity). */
  score: number;
  /** Cosine similarity between query and chunk. */
  similarity: number;
  /** Share of the query's keyword weight (idf) that this chunk contains, 0..1. */
  keywordCoverage: number;
  vectorRank?: number;
  keywordRank?: number;
}

export interface SearchOptions {
  lang: KnowledgeLanguage;
  k?: number;
}

export interface KnowledgeBase {
  /** Hybrid search; [] means "nothing relevant in the knowledge base". */
  search(query: string, opts: SearchOptions): Promise<KnowledgeHit[]>;
  /** Vector similarity only, same relevance rule and fallback: the baseline for evaluation. */
  searchVectorOnly(query: string, opts: SearchOptions): Promise<KnowledgeHit[]>;
  readonly store: PgVectorKnowledgeStore;
}

/** Longer queries are cut: a question never needs more, and huge input must stay cheap. */
export const MAX_QUERY_CHARS = 2000;
const CANDIDATES = 30;
const RRF_K = 60;
/**
 * Every section heading is written as the parent question it answers, and
 * its questions block lists more ways parents ask it, so a query matching the
 * heading or one of those questions is asking exactly that. The best
 * idf-weighted share of the query found in the heading or in one listed
 * question adds up to this much to the fused score (one rank step near the top of RRF is ~0.0003, rank 1 in both
 * lists ~0.033): enough to put the answering section above a neighbour that
 * merely shares words, not enough to lift an unrelated chunk.
 */
const HEADING_WEIGHT = 0.006;
/**
 * A listed question counts at this share of the heading: it is one of many
 * phrasings, and on the tuning sets (knowledge 6720e60) full weight pulled
 * neighbouring sections up (tuning+realistic+hant hit@1 0.816 at 1.0 with
 * HEADING_WEIGHT 0.012; 0.857 at 0.5 with 0.006; heading only 0.853).
 */
const QUESTION_SHARE = 0.5;

/**
 * The relevance rule, calibrated on test/fixtures/retrieval-questions.jsonl
 * (scripts/eval-retrieval.ts). The offline embedder is lexical, so an
 * unrelated question still shares a few common words with some chunk; what
 * it rarely shares is a domain concept (domainConcepts.ts). A hit counts if
 *  - its cosine similarity is high on its own, or
 *  - it shares a domain concept with the query and similarity plus a share
 *    of keyword coverage clears a lower bar, or
 *  - similarity and keyword coverage are both moderate.
 */
export interface RelevanceThresholds {
  strongSimilarity: number;
  /** With at least one shared concept: similarity + coverageWeight * coverage must reach this. */
  conceptScore: number;
  coverageWeight: number;
  /**
   * ...and the chunk must hold at least this share of the query's keyword
   * weight: one shared everyday concept ("手机" in "苹果手机电池不耐用") is
   * not enough when the rest of the question is about something else.
   */
  conceptMinCoverage: number;
  /** Without a shared concept: both of these. */
  similarity: number;
  minCoverage: number;
}

export const DEFAULT_THRESHOLDS: RelevanceThresholds = {
  strongSimilarity: 0.3,
  conceptScore: 0.17,
  coverageWeight: 0.3,
  conceptMinCoverage: 0.2,
  similarity: 0.2,
  minCoverage: 0.3,
};

export interface RelevanceSignals {
  similarity: number;
  keywordCoverage: number;
  sharedConcepts: number;
}

export function isRelevant(h: RelevanceSignals, t: RelevanceThresholds): boolean {
  if (h.similarity >= t.strongSimilarity) return true;
  if (h.sharedConcepts > 0 && h.keywordCoverage >= t.conceptMinCoverage && h.similarity + t.coverageWeight * h.keywordCoverage >= t.conceptScore) return true;
  return h.similarity >= t.similarity && h.keywordCoverage >= t.minCoverage;
}

/** Cuts to MAX_QUERY_CHARS code points; undefined when nothing searchable (empty, emoji, punctuation) is left. */
export function prepareQuery(query: string): string | undefined {
  const cps = [...(query ?? '')];
  const text = (cps.length > MAX_QUERY_CHARS ? cps.slice(0, MAX_QUERY_CHARS).join('') : cps.join('')).trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  return text;
}

export function createKnowledgeBase({
  pool,
  embedder,
  thresholds = DEFAULT_THRESHOLDS,
}: {
  pool: Db;
  embedder: KnowledgeEmbedder;
  thresholds?: RelevanceThresholds;
}): KnowledgeBase {
  const store = new PgVectorKnowledgeStore(embedder, { pool });

  async function searchIn(
    language: KnowledgeLanguage,
    vector: number[],
    terms: string[],
    k: number,
    mode: 'hybrid' | 'vector',
  ): Promise<KnowledgeHit[]> {
    return store.searchSession((db) => searchWith(db, language, vector, terms, k, mode));
  }

  async function searchWith(
    db: Queryable,
    language: KnowledgeLanguage,
    vector: number[],
    terms: string[],
    k: number,
    mode: 'hybrid' | 'vector',
  ): Promise<KnowledgeHit[]> {
    const vectorRanked = await store.vectorSearch(vector, { k: CANDIDATES, language }, db);
    const { ranked: keywordRanked, idf } = await store.keywordSearch(terms, { k: CANDIDATES, language }, db);
    const totalIdf = [...idf.values()].reduce((a, b) => a + b, 0);
    const coverageOf = (matched: string[] | undefined) =>
      totalIdf > 0 ? (matched ?? []).reduce((a, t) => a + (idf.get(t) ?? 0), 0) / totalIdf : 0;

    const fused = new Map<number, { score: number; vectorRank?: number; keywordRank?: number; similarity: number; coverage: number; concepts: number }>();
    const entry = (id: number) => {
      let e = fused.get(id);
      if (!e) fused.set(id, (e = { score: 0, similarity: 0, coverage: 0, concepts: 0 }));
      return e;
    };
    vectorRanked.forEach((r, i) => {
      const e = entry(r.chunkId);
      e.vectorRank = i + 1;
      e.similarity = r.score;
      e.score += mode === 'vector' ? r.score : 1 / (RRF_K + i + 1);
    });
    const byId = new Map<number, RankedChunk>(keywordRanked.map((r) => [r.chunkId, r]));
    keywordRanked.forEach((r, i) => {
      if (mode === 'vector' && !fused.has(r.chunkId)) return;
      const e = entry(r.chunkId);
      e.keywordRank = i + 1;
      if (mode === 'hybrid') e.score += 1 / (RRF_K + i + 1);
    });
    for (const [id, e] of fused) {
      const matched = byId.get(id)?.matched ?? [];
      e.coverage = coverageOf(matched);
      e.concepts = matched.filter((t) => t.startsWith('~')).length;
    }
    // Details for every candidate (the section heading and questions take part
    // in ranking), with the similarity keyword-only candidates need for the
    // relevance rule, in one round trip.
    const details = await store.fetchChunks([...fused.keys()], db, vector);
    for (const [id, e] of fused) {
      if (e.vectorRank === undefined) e.similarity = details.get(id)?.similarity ?? 0;
    }
    for (const [id, e] of fused) {
      const d = details.get(id);
      // The vector-only baseline stays pure similarity.
      if (!d || totalIdf === 0 || mode === 'vector') continue;
      // headingTerms: the heading's terms first, then each listed question's.
      let best = 0;
      d.headingTerms.forEach((set, i) => {
        const inSet = new Set(set);
        best = Math.max(best, (i === 0 ? 1 : QUESTION_SHARE) * coverageOf(terms.filter((t) => inSet.has(t))));
      });
      e.score += HEADING_WEIGHT * best;
    }
    // Rounded before ordering so both database backends (whose similarities
    // may differ in the last bits) rank alike; ties go to the lower chunk id.
    const key = (x: number) => Math.round(x * 1e9);
    const top = [...fused.entries()]
      .filter(([, e]) => isRelevant({ similarity: e.similarity, keywordCoverage: e.coverage, sharedConcepts: e.concepts }, thresholds))
      .sort((a, b) => key(b[1].score) - key(a[1].score) || a[0] - b[0])
      .slice(0, k);
    return top.flatMap(([id, e]) => {
      const d = details.get(id);
      if (!d) return [];
      const { headingTerms: _headingTerms, similarity: _similarity, ...hit } = d;
      return [{ ...hit, score: e.score, similarity: e.similarity, keywordCoverage: e.coverage, vectorRank: e.vectorRank, keywordRank: e.keywordRank }];
    });
  }

  async function run(query: string, { lang, k = 5 }: SearchOptions, mode: 'hybrid' | 'vector'): Promise<KnowledgeHit[]> {
    const prepared = prepareQuery(query);
    if (!prepared) return [];
    // Traditional (Taiwan) Chinese is searched as Simplified, for keywords and
    // embedding alike: the documents and the lexicon are Simplified.
    const text = toSimplified(prepared);
    const terms = extractTerms(text);
    const vector = await embedder.embedQuery(text);
    if (terms.length === 0 || !vector.some((x) => x !== 0)) return [];
    const first = await searchIn(lang, vector, terms, k, mode);
    if (first.length) return first;
    // Nothing relevant in the parent's language: an answer in the other one beats none.
    return searchIn(lang === 'zh' ? 'en' : 'zh', vector, terms, k, mode);
  }

  return {
    store,
    search: (q, o) => run(q, o, 'hybrid'),
    searchVectorOnly: (q, o) => run(q, o, 'vector'),
  };
}
