import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  body: any;
}

export type ScriptedResponse = { status: number; body?: unknown; headers?: Record<string, string> } | { hang: true };

/** A local OpenAI-compatible server answering chat completions from a script. */
export async function startFakeOpenAi(script: ScriptedResponse[]) {
  const requests: RecordedRequest[] = [];
  const queue = [...script];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    requests.push({ path: req.url ?? '', body: raw ? JSON.parse(raw) : undefined });
    const next = queue.shift() ?? { status: 500, body: { error: { message: 'script exhausted' } } };
    if ('hang' in next) return; // never answers: the client's timeout must fire
    res.writeHead(next.status, { 'content-type': 'application/json', ...(next.headers ?? {}) });
    res.end(JSON.stringify(next.body ?? {}));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

let seq = 0;
/** A chat.completion response in the real shape. */
export function completion(message: { content?: string | null; tool_calls?: Array<{ name: string; arguments: string }> }, promptTokens = 900) {
  return {
    status: 200,
    body: {
      id: `chatcmpl-${++seq}`,
      object: 'chat.completion',
      created: 1_764_000_000,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          finish_reason: message.tool_calls ? 'tool_calls' : 'stop',
          logprobs: null,
          message: {
            role: 'assistant',
            content: message.content ?? null,
            refusal: null,
            ...(message.tool_calls
              ? {
                  tool_calls: message.tool_calls.map((t, i) => ({
                    id: `call_${seq}_${i}`,
                    type: 'function',
                    function: { name: t.name, arguments: t.arguments },
                  })),
                }
              : {}),
          },
        },
      ],
      usage: { prompt_tokens: promptTokens, completion_tokens: 40, total_tokens: promptTokens + 40 },
    },
  };
}

/** The settings that point the app's LLM brain at a fake server (offline embedder, one quick retry). */
export function fakeLlmEnv(baseURL: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: baseURL,
    OPENAI_MODEL: 'fake-model',
    EMBEDDER: 'offline',
    LLM_MAX_RETRIES: '1',
    LLM_TIMEOUT_MS: '1500',
    ...env,
  };
}
