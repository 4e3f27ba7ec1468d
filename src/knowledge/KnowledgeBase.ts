import { withoutChildNames } from './childNicknames.ts';
import type { Db } from '../db/database.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { outsideAgeRange, queryAgeMonths } from './ageRange.ts';
import { aboutAnotherDrink } from './drinkSubject.ts';
import { whyOnlyHeading } from './whyOnlyHeading.ts';
import { nightmareForNightTerror } from './nightTerrorSigns.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import type { KnowledgeLanguage } from './parseDocument.ts';
import { extractTerms } from './extractTerms.ts';
import { PgVectorKnowledgeStore } from './PgVectorKnowledgeStore.ts';
import { readChineseInEnglish } from './readChineseInEnglish.ts';
import { readCodeSwitched } from './readCodeSwitched.ts';

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
  /** Fused reciprocal-rank score of the vector, keyword and question lists (vector-only search: cosine similarity). */
  score: number;
  /** Cosine similarity between query and chunk. */
  similarity: number;
  /** Share of the query's keyword weight (idf) that this chunk contains, 0..1. */
  keywordCoverage: number;
  /**
   * How well the query matches the section heading or one of its listed
   * questions, 0..1 (idf-weighted: coverage of the query and of the question).
   */
  questionMatch?: number;
  /** The heading or listed question that matched the query best, when any did. */
  matchedQuestion?: string;
  vectorRank?: number;
  keywordRank?: number;
  questionRank?: number;
}

export interface SearchOptions {
  lang: KnowledgeLanguage;
  k?: number;
  /**
   * Only this document's sections, ranked for the query, relevant on their own or not: the answer has already
   * chosen the document, and asks which of its sections fits the question best.
   */
  within?: string;
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
/** Candidates taken from each list (vector, keyword, question match). */
const CANDIDATES = 30;
const RRF_K = 60;
/**
 * Question match = coverage^alpha * precision^(1 - alpha): coverage is the
 * idf share of the query found in a question, precision the share of the
 * question found in the query. Coverage counts more: a parent's message
 * often carries more than the indexed question (an age, a feeling), while a
 * question that holds the whole query is what we want. Tuned on the tuning
 * sets (test/fixtures/retrieval-questions*.jsonl, not the held-out one):
 * 0.7 beat 0.5 (hit@1 390 vs 383 of 435, same no-answer accuracy).
 */
export const QUESTION_ALPHA = 0.7;
/**
 * A section whose heading states an age range that leaves out the age the
 * question states ("3个月喝几cc" and "1—3岁的孩子一天喝多少奶") keeps this share
 * of its fused score: enough to fall behind a section for every age that
 * matches as well, not enough to drop out. Hybrid search only; the score
 * comes from ranks, so both database backends rank alike.
 */
export const AGE_MISMATCH = 0.95;
/**
 * A document's opening passage (the text under its title, before the first
 * section) keeps this share of its fused score: it names every topic of the
 * document, so it meets many questions, but a parent asking one of them is
 * served by the section that answers it, not by the overview. Enough to fall
 * behind a section that matches about as well, not enough to drop out when
 * it alone matches. On the tuning sets (not the held-out one): section@1
 * 499 -> 501 of 582, no hit@1 or no-answer change.
 */
export const OPENING_PASSAGE = 0.9;
/**
 * A section whose heading only asks why, for a question that asks what to do and not why (whyOnlyHeading.ts), keeps
 * this share of its fused score: the "what to do" section that matches about as well comes first, and the "why" one
 * stays a candidate (it still answers alone when it is the only match).
 */
export const WHY_ONLY_MISMATCH = 0.95;
/**
 * A section whose heading is about another drink than the one the question names ("How much milk should a 1–3-year-old
 * drink a day?" for "how much water should a 1 year old drink per day", drinkSubject.ts) keeps this share of its fused
 * score, as AGE_MISMATCH does: the two share every word but the drink, so the section about the drink asked for
 * should come first, and the other stays a candidate.
 */
export const DRINK_MISMATCH = 0.95;
/**
 * A section about nightmares or fear of the dark, for a message that tells a night terror's signs (eyes open, no
 * response, no memory next morning) while calling it 做噩梦 (nightTerrorSigns.ts), keeps this share of its fused score:
 * the night-terror section, which tells the two apart, comes first; the nightmare one stays a candidate.
 */
export const NIGHT_TERROR_MISMATCH = 0.95;

/**
 * The relevance rule, calibrated on the tuning sets (scripts/eval-retrieval.ts).
 * The offline embedder is lexical, so an unrelated question still shares a
 * few common words with some chunk; what it rarely shares is a domain
 * concept (domainConcepts.ts) or most of one of the parent questions a
 * section lists. A hit counts if
 *  - the query matches the section heading or one of its listed questions
 *    well (questionMatch), or
 *  - its cosine similarity is high on its own, or
 *  - it shares a domain concept with the query and similarity plus a share
 *    of keyword coverage clears a lower bar, or
 *  - similarity and keyword coverage are both moderate,
 * and, unless the question match alone suffices, the chunk must contain at
 * least one of the query's terms.
 */
export interface RelevanceThresholds {
  /**
   * A question match this good is relevant on its own. On the tuning sets
   * the best match of an off-topic question stayed below 0.47 ("厦门到福州的动车几点有"
   * meets "几点要去接孩子"); 0.45 keeps every no-answer item that the other
   * rules keep and answers 32 of the 37 answerable questions that were empty.
   */
  questionMatch: number;
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
  /**
   * Similarity counts only for a chunk that contains at least one of the
   * query's terms. For a lexical embedder (OfflineEmbedder): it hashes
   * features into a few hundred slots, so a chunk sharing no word with the
   * query can still reach a high cosine through a collision ("write me a poem
   * about the sea" met a vaccination section at 0.31). A semantic embedder
   * matches paraphrases without shared words; unset, the knowledge base
   * follows the embedder's `lexical` flag.
   */
  similarityNeedsSharedTerm?: boolean;
}

export const DEFAULT_THRESHOLDS: RelevanceThresholds = {
  questionMatch: 0.45,
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
  /** Absent: no question match (the vector-only baseline). */
  questionMatch?: number;
}

export function isRelevant(h: RelevanceSignals, t: RelevanceThresholds): boolean {
  if ((h.questionMatch ?? 0) >= t.questionMatch) return true;
  if (t.similarityNeedsSharedTerm && h.keywordCoverage <= 0) return false;
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
  const rule: RelevanceThresholds = { ...thresholds, similarityNeedsSharedTerm: thresholds.similarityNeedsSharedTerm ?? embedder.lexical === true };

  async function searchIn(
    language: KnowledgeLanguage,
    vector: number[],
    terms: string[],
    k: number,
    mode: 'hybrid' | 'vector',
    ageMonths: number | undefined,
    within: string | undefined,
    query: string,
  ): Promise<KnowledgeHit[]> {
    const { idf, candidates } = await store.searchCandidates(vector, terms, { language, candidates: CANDIDATES, questionAlpha: QUESTION_ALPHA });
    const totalIdf = [...idf.values()].reduce((a, b) => a + b, 0);
    const coverageOf = (matched: string[]) => (totalIdf > 0 ? matched.reduce((a, t) => a + (idf.get(t) ?? 0), 0) / totalIdf : 0);
    const scored = candidates.flatMap((c) => {
      // The vector-only baseline: the nearest chunks, pure similarity, no question match.
      if (mode === 'vector') return c.vectorRank === undefined ? [] : [{ c, score: c.similarity, coverage: coverageOf(c.matched), questionMatch: 0 }];
      // Reciprocal-rank fusion of the three lists: vector, keyword (BM25), question match.
      const fused = [c.vectorRank, c.keywordRank, c.questionRank].reduce<number>((a, r) => (r === undefined ? a : a + 1 / (RRF_K + r)), 0);
      const ageShare = ageMonths !== undefined && outsideAgeRange(sectionHeading(c.headingPath), ageMonths) ? AGE_MISMATCH : 1;
      // "Title" alone, without " > Section": the document's opening passage.
      const openingShare = c.headingPath.includes(' > ') ? 1 : OPENING_PASSAGE;
      const drinkShare = aboutAnotherDrink(sectionHeading(c.headingPath), query) ? DRINK_MISMATCH : 1;
      const whyShare = whyOnlyHeading(sectionHeading(c.headingPath), query) ? WHY_ONLY_MISMATCH : 1;
      const signsShare = nightmareForNightTerror(sectionHeading(c.headingPath), query) ? NIGHT_TERROR_MISMATCH : 1;
      const score = fused * ageShare * openingShare * drinkShare * whyShare * signsShare;
      return [{ c, score, coverage: coverageOf(c.matched), questionMatch: c.questionMatch }];
    });
    // Rounded before ordering so both database backends (whose similarities
    // may differ in the last bits) rank alike; ties go to the lower chunk id.
    const key = (x: number) => Math.round(x * 1e9);
    return scored
      .filter((e) =>
        within !== undefined
          ? e.c.docId === within
          : isRelevant(
              {
                similarity: e.c.similarity,
                keywordCoverage: e.coverage,
                sharedConcepts: e.c.matched.filter((t) => t.startsWith('~')).length,
                questionMatch: e.questionMatch,
              },
              rule,
            ),
      )
      .sort((a, b) => key(b.score) - key(a.score) || a.c.chunkId - b.c.chunkId)
      .slice(0, k)
      .map(({ c, score, coverage, questionMatch }) => ({
        chunkId: c.chunkId,
        docId: c.docId,
        title: c.title,
        headingPath: c.headingPath,
        content: c.content,
        questions: c.questions,
        source: c.source,
        language: c.language,
        score,
        similarity: c.similarity,
        keywordCoverage: coverage,
        questionMatch,
        matchedQuestion: mode === 'hybrid' && questionMatch > 0 ? c.matchedQuestion : undefined,
        vectorRank: c.vectorRank,
        keywordRank: c.keywordRank,
        questionRank: mode === 'hybrid' ? c.questionRank : undefined,
      }));
  }

  /**
   * A Chinese message whose English words were all read as Chinese ones ("那什么时候要 worry" → "那什么时候要担心") and that
   * still names nothing to search asks no topic of its own: its English words are not one for the English documents
   * either, where "worry" alone would find any section that says it (round 38, mix38).
   */
  const readsWhollyAsChinese = (lang: KnowledgeLanguage, text: string, asChinese: string) => lang === 'zh' && asChinese !== text && !/[A-Za-z]/.test(asChinese);

  async function run(query: string, { lang, k = 5, within }: SearchOptions, mode: 'hybrid' | 'vector'): Promise<KnowledgeHit[]> {
    const prepared = prepareQuery(query);
    if (!prepared) return [];
    // Traditional (Taiwan) Chinese is searched as Simplified, for keywords and
    // embedding alike: the documents and the lexicon are Simplified.
    // (A child's nickname — "果果最近晚上一直醒" — is who is asked about, not what: read as 宝宝, childNicknames.ts.)
    const text = withoutChildNames(toSimplified(prepared));
    // English words in a Chinese message ("爷爷去pick up可以吗") are read as the Chinese documents say them.
    const asChinese = readCodeSwitched(text);
    const analyse = async (q: string) => ({ terms: extractTerms(q), vector: await embedder.embedQuery(q) });
    // Chinese words in an English message ("Can 阿嬷 pick up…") are read as the English documents say them.
    const asEnglish = readChineseInEnglish(text);
    const original = await analyse(text);
    const chinese = asChinese === text ? original : await analyse(asChinese);
    const english = asEnglish === text ? original : await analyse(asEnglish);
    const inLanguage = (l: KnowledgeLanguage) => (l === 'zh' ? chinese : english);
    const searchable = (q: { terms: string[]; vector: number[] }) => q.terms.length > 0 && q.vector.some((x) => x !== 0);
    const other: KnowledgeLanguage = lang === 'zh' ? 'en' : 'zh';
    const mine = inLanguage(lang);
    const ageMonths = queryAgeMonths(text);
    if (searchable(mine)) {
      const first = await searchIn(lang, mine.vector, mine.terms, k, mode, ageMonths, within, text);
      if (first.length) return first;
    } else if (!searchable(original) || readsWhollyAsChinese(lang, text, asChinese)) return [];
    // Nothing relevant in the parent's language: an answer in the other one beats none.
    const theirs = inLanguage(other);
    return searchable(theirs) ? searchIn(other, theirs.vector, theirs.terms, k, mode, ageMonths, within, text) : [];
  }

  return {
    store,
    search: (q, o) => run(q, o, 'hybrid'),
    searchVectorOnly: (q, o) => run(q, o, 'vector'),
  };
}
