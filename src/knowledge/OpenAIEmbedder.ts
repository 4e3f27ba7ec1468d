import OpenAI from 'openai';
import { Embeddings } from '@langchain/core/embeddings';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import { EmbeddingError } from './EmbeddingError.ts';

export interface OpenAIEmbedderOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Ask the API for shorter vectors (text-embedding-3 models support it). */
  dimensions?: number;
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and dropped connections. */
  maxRetries?: number;
  batchSize?: number;
  /** Injected in tests to skip real waiting. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};
const MAX_BATCH = 64;
const MAX_BACKOFF_MS = 20_000;

/**
 * Semantic embeddings from an OpenAI-compatible `/v1/embeddings` endpoint.
 * Inputs go in batches of at most 64; 429 and 5xx answers, timeouts and
 * connection failures are retried with exponential backoff (honouring
 * Retry-After); each request has a timeout. The SDK's own retries are off so
 * there is exactly one retry policy.
 */
export class OpenAIEmbedder extends Embeddings implements KnowledgeEmbedder {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly dimensions?: number;
  private readonly maxRetries: number;
  private readonly batchSize: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private dimension?: number;

  constructor(o: OpenAIEmbedderOptions) {
    super({});
    this.model = o.model;
    this.dimensions = o.dimensions;
    this.maxRetries = o.maxRetries ?? 3;
    this.batchSize = Math.max(1, Math.min(MAX_BATCH, o.batchSize ?? MAX_BATCH));
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.client = new OpenAI({ apiKey: o.apiKey, baseURL: o.baseURL, timeout: o.timeoutMs ?? 20_000, maxRetries: 0, fetch: o.fetch });
    this.dimension = o.dimensions ?? KNOWN_DIMENSIONS[o.model];
    this.id = `openai:${o.model}${o.dimensions ? `:${o.dimensions}` : ''}`;
  }

  async getDimension(): Promise<number> {
    this.dimension ??= (await this.embedQuery('dimension probe')).length;
    return this.dimension;
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0]!;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      // The API rejects empty strings.
      const batch = texts.slice(i, i + this.batchSize).map((t) => (t.trim() === '' ? ' ' : t));
      out.push(...(await this.embedBatch(batch)));
    }
    return out;
  }

  private async embedBatch(input: string[]): Promise<number[][]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.client.embeddings.create({
          model: this.model,
          input,
          encoding_format: 'float',
          ...(this.dimensions ? { dimensions: this.dimensions } : {}),
        });
        const data = [...res.data].sort((a, b) => a.index - b.index);
        if (data.length !== input.length || data.some((d) => !Array.isArray(d.embedding) || d.embedding.length === 0)) {
          throw new EmbeddingError(`the embeddings API returned ${data.length} vectors for ${input.length} inputs`);
        }
        const vectors = data.map((d) => d.embedding);
        const dim = vectors[0]!.length;
        if (vectors.some((v) => v.length !== dim) || (this.dimension !== undefined && dim !== this.dimension)) {
          throw new EmbeddingError(`the embeddings API returned ${dim}-dimensional vectors, expected ${this.dimension}`);
        }
        this.dimension = dim;
        return vectors;
      } catch (err) {
        if (err instanceof EmbeddingError) throw err;
        const status = err instanceof OpenAI.APIError ? err.status : undefined;
        const transient =
          err instanceof OpenAI.APIConnectionError || // includes timeouts
          status === 429 ||
          status === 408 ||
          (status !== undefined && status >= 500);
        if (!transient || attempt >= this.maxRetries) {
          throw new EmbeddingError(
            `embedding request to model ${this.model} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${status ? `HTTP ${status} ` : ''}${(err as Error).message}`,
            status,
          );
        }
        const headers = err instanceof OpenAI.APIError ? err.headers : undefined;
        await this.sleep(retryDelayMs(headers, attempt));
      }
    }
  }
}

/** Retry-After (seconds or HTTP date) or retry-after-ms when given, else 0.5 s, 1 s, 2 s … with jitter. */
export function retryDelayMs(headers: Headers | undefined, attempt: number): number {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return Math.min(ms, MAX_BACKOFF_MS * 3);
  const ra = headers?.get('retry-after');
  if (ra) {
    const secs = Number(ra);
    if (Number.isFinite(secs) && secs >= 0) return Math.min(secs * 1000, MAX_BACKOFF_MS * 3);
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, Math.min(at - Date.now(), MAX_BACKOFF_MS * 3));
  }
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}
