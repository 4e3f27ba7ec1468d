import { Embeddings } from '@langchain/core/embeddings';
import { analyzeText, COMMON_TERMS } from './extractTerms.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';

/**
 * The default, offline embedder: LEXICAL, NOT SEMANTIC.
 *
 * It turns text into a fixed-size vector by feature hashing: Chinese
 * character unigrams, bigrams and trigrams; English word stems and stem
 * bigrams; and bilingual domain-concept ids from a small hand-made alias map
 * (domainConcepts.ts), which is the only thing that lets "发热" meet "发烧" or an
 * English question meet a Chinese text. Each feature is hashed to a signed
 * slot, counts are damped (1 + ln tf) and the vector is L2-normalised, so
 * cosine similarity measures weighted word overlap.
 *
 * It needs no network and no model download, and is deterministic: the same
 * text always gives the same vector on every machine. It does not understand
 * meaning — a paraphrase sharing no words or concepts with the document scores
 * near zero. Configure an OpenAI-compatible embedder for semantic matching.
 */
export class OfflineEmbedder extends Embeddings implements KnowledgeEmbedder {
  readonly id: string;
  readonly dimension: number;
  readonly lexical = true;

  constructor({ dimension = 512 }: { dimension?: number } = {}) {
    super({});
    if (!Number.isInteger(dimension) || dimension < 16) throw new Error('OfflineEmbedder dimension must be an integer >= 16');
    this.dimension = dimension;
    this.id = dimension === 512 ? 'offline-hash-v1' : `offline-hash-v1-d${dimension}`;
  }

  async getDimension(): Promise<number> {
    return this.dimension;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embed(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }

  /** Synchronous core, also used by benchmarks. */
  embed(text: string): number[] {
    const a = analyzeText(text);
    // Per-feature weight and count; repeats are damped (1 + ln count).
    const features = new Map<string, { w: number; n: number }>();
    const add = (feature: string, w: number) => {
      const f = features.get(feature);
      if (f) f.n++;
      else features.set(feature, { w, n: 1 });
    };
    for (const u of a.cjkUnigrams) add(`u:${u}`, 0.25);
    for (const b of a.cjkBigrams) add(`b:${b}`, COMMON_TERMS.has(b) ? 0.3 : 1);
    for (const t of a.cjkTrigrams) add(`t:${t}`, 0.5);
    for (const s of a.latinStems) add(`w:${s}`, COMMON_TERMS.has(s) ? 0.3 : 1);
    for (const p of a.latinBigrams) add(`p:${p}`, 0.5);
    for (const c of a.concepts) add(`c:${c}`, 1.5);

    const v = new Array<number>(this.dimension).fill(0);
    for (const [feature, { w, n }] of features) {
      const h = fnv1a(feature);
      const sign = mix(h) & 1 ? 1 : -1;
      v[h % this.dimension]! += sign * w * (1 + Math.log(n));
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm === 0) return v;
    return v.map((x) => x / norm);
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
