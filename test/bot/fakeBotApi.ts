import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';

export interface FakeCall {
  method: string;
  payload: Record<string, any>;
  at: number;
}

/**
 * A local stand-in for the Telegram Bot API over real HTTP: getUpdates long
 * polls with offsets like Telegram, send methods answer with realistic
 * Messages. Used by the runner test and the bot benchmark (no network).
 */
export async function startFakeBotApi({ botInfo }: { botInfo: UserFromGetMe }) {
  const pending: Update[] = [];
  const calls: FakeCall[] = [];
  const waiters = new Set<() => void>();
  const callWaiters = new Set<() => void>();
  let nextMessageId = 1;
  let confirmedOffset = 0;

  const wake = () => {
    for (const w of [...waiters]) w();
  };

  async function body(req: IncomingMessage): Promise<Record<string, any>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    return raw ? JSON.parse(raw) : {};
  }

  async function getUpdates(p: Record<string, any>, req: IncomingMessage): Promise<Update[]> {
    const offset = Number(p.offset ?? 0);
    if (offset > confirmedOffset) confirmedOffset = offset;
    // Updates below the offset are confirmed: Telegram forgets them.
    while (pending.length && pending[0]!.update_id < offset) pending.shift();
    const limit = Number(p.limit ?? 100);
    if (pending.length === 0 && Number(p.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          waiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, Number(p.timeout) * 1000);
        waiters.add(done);
        req.once('close', done);
      });
      while (pending.length && pending[0]!.update_id < offset) pending.shift();
    }
    return pending.slice(0, limit);
  }

  function message(p: Record<string, any>, extra: Record<string, unknown> = {}) {
    const chatId = Number(p.chat_id);
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Staff' } : { id: chatId, type: 'private', first_name: 'Parent' },
      from: botInfo,
      ...extra,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const m = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '');
    const method = m?.[1];
    if (!method) {
      res.writeHead(404).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    const payload = await body(req);
    let result: unknown = true;
    if (method === 'getUpdates') {
      result = await getUpdates(payload, req);
    } else {
      calls.push({ method, payload, at: Date.now() });
      for (const w of [...callWaiters]) w();
      if (method === 'getMe') result = botInfo;
      else if (method === 'sendMessage') result = message(payload, { text: payload.text });
      else if (method === 'sendVenue')
        result = message(payload, {
          venue: { title: payload.title, address: payload.address, location: { latitude: payload.latitude, longitude: payload.longitude } },
        });
      else if (method === 'getWebhookInfo') result = { url: '', has_custom_certificate: false, pending_update_count: pending.length };
    }
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(JSON.stringify({ ok: false, error_code: 500, description: String(err) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /** Queues updates for getUpdates. */
    push(...updates: Update[]) {
      pending.push(...updates);
      wake();
    },
    /** The offset the bot last confirmed (all updates below it were received). */
    confirmedOffset: () => confirmedOffset,
    /** Resolves when `predicate` holds for the recorded calls. */
    waitFor(predicate: (calls: FakeCall[]) => boolean, timeoutMs = 30_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(calls)) {
            callWaiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          callWaiters.delete(check);
          reject(new Error(`fake Bot API: condition not met within ${timeoutMs} ms (${calls.length} calls)`));
        }, timeoutMs);
        callWaiters.add(check);
        check();
      });
    },
    async close() {
      wake();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
