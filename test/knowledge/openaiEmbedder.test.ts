import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbedder, retryDelayMs } from '../../src/knowledge/OpenAIEmbedder.ts';
import { EmbeddingError } from '../../src/knowledge/EmbeddingError.ts';

type Handler = (body: { model: string; input: string[] }, res: ServerResponse, req: IncomingMessage) => void;

/** A local stand-in for /v1/embeddings with scripted answers; records every request. */
let server: Server;
let baseURL: string;
let script: Handler[] = [];
const requests: Array<{ model: string; input: string[]; auth?: string }> = [];

const vectorFor = (text: string, dim: number) => Array.from({ length: dim }, (_, i) => ((text.length + i) % 7) / 7);

function ok(dim = 8): Handler {
  return (body, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        object: 'list',
        // Out of order on purpose: clients must sort by index.
        data: body.input.map((t, index) => ({ object: 'embedding', index, embedding: vectorFor(t, dim) })).reverse(),
        model: body.model,
        usage: { prompt_tokens: body.input.length, total_tokens: body.input.length },
      }),
    );
  };
}

function error(status: number, headers: Record<string, string> = {}): Handler {
  return (_body, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message: `scripted ${status}`, type: 'test', code: null } }));
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.url !== '/v1/embeddings' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw);
      requests.push({ model: body.model, input: body.input, auth: req.headers.authorization });
      const handler = script.shift() ?? ok();
      handler(body, res, req);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

afterEach(() => {
  script = [];
  requests.length = 0;
});

function embedder(o: Partial<ConstructorParameters<typeof OpenAIEmbedder>[0]> = {}) {
  const sleeps: number[] = [];
  const e = new OpenAIEmbedder({
    apiKey: 'sk-test',
    baseURL,
    model: 'text-embedding-test',
    timeoutMs: 2000,
    maxRetries: 3,
    sleep: async (ms) => void sleeps.push(ms),
    ...o,
  });
  return { e, sleeps };
}

describe('OpenAIEmbedder against a local fake server', () => {
  it('embeds in batches of at most 64, keeping input order', async () => {
    const { e } = embedder();
    expect(e).toBeInstanceOf(Embeddings);
    const texts = Array.from({ length: 70 }, (_, i) => `text number ${i}${'x'.repeat(i)}`);
    const vectors = await e.embedDocuments(texts);
    expect(requests.map((r) => r.input.length)).toEqual([64, 6]);
    expect(requests[0]).toMatchObject({ model: 'text-embedding-test', auth: 'Bearer sk-test' });
    expect(vectors).toHaveLength(70);
    expect(vectors[69]).toEqual(vectorFor(texts[69]!, 8));
    expect(await e.getDimension()).toBe(8);
  });

  it('retries a 429, honouring Retry-After, then succeeds', async () => {
    script = [error(429, { 'retry-after': '2' }), ok()];
    const { e, sleeps } = embedder();
    const v = await e.embedQuery('hello');
    expect(v).toEqual(vectorFor('hello', 8));
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it('backs off exponentially on 5xx and gives up after maxRetries with a clear error', async () => {
    script = [error(503), error(502), error(500)];
    const { e, sleeps } = embedder({ maxRetries: 2 });
    const err = await e.embedQuery('x').catch((x) => x);
    expect(err).toBeInstanceOf(EmbeddingError);
    expect(err.message).toMatch(/failed after 3 attempts: HTTP 500/);
    expect(requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThanOrEqual(sleeps[0]! * 0.5);
  });

  it('does not retry a 400 or 401', async () => {
    script = [error(401)];
    const { e, sleeps } = embedder();
    await expect(e.embedQuery('x')).rejects.toThrow(/HTTP 401/);
    expect(requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('times out a hanging request', async () => {
    script = [() => undefined];
    const { e } = embedder({ timeoutMs: 200, maxRetries: 0 });
    await expect(e.embedQuery('x')).rejects.toThrow(EmbeddingError);
  });

  it('knows common model sizes without a request, and probes unknown ones', async () => {
    expect(await new OpenAIEmbedder({ apiKey: 'k', baseURL, model: 'text-embedding-3-small' }).getDimension()).toBe(1536);
    expect(requests).toHaveLength(0);
    const { e } = embedder();
    expect(await e.getDimension()).toBe(8);
    expect(requests).toHaveLength(1);
  });

  it('reads Retry-After as seconds, milliseconds or a date', () => {
    expect(retryDelayMs(new Headers({ 'retry-after-ms': '150' }), 0)).toBe(150);
    expect(retryDelayMs(new Headers({ 'retry-after': '3' }), 0)).toBe(3000);
    const d = retryDelayMs(undefined, 3);
    expect(d).toBeGreaterThanOrEqual(2000);
    expect(d).toBeLessThanOrEqual(4000);
  });
});
