/**
 * Telegram transport benchmark: updates per second handled by one process
 * through the real long-polling runner (sequentialize per chat) against a
 * local fake Bot API, with the real app (offline brain, demo data; in-memory
 * PGlite, or DATABASE_URL). The same harness runs a bare echo bot as the
 * ceiling. Per-chat ordering is checked. Writes bench-results/bot.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import pino from 'pino';
import { Bot } from 'grammy';
import { run, sequentialize } from '@grammyjs/runner';
import type { Update } from 'grammy/types';
import { defaultConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { createApp } from '../src/app/createApp.ts';
import { seedDemo } from '../src/demo/seedDemo.ts';
import { systemClock } from '../src/time/clock.ts';
import { runBot } from '../bot/run.ts';
import { BOT_INFO } from '../test/bot/harness.ts';
import { startFakeBotApi, type FakeBotApi, type FakeCall } from '../test/bot/fakeBotApi.ts';
import { runScript } from './runScript.ts';

const CHATS = Number(process.env.BENCH_CHATS ?? 100);
const PER_CHAT = Number(process.env.BENCH_PER_CHAT ?? 12);
const TOKEN = '123456:BENCH-token-for-the-fake-api-000';

/** Per chat: search, /help, search, /privacy, … — each answer is recognisable, so order can be checked. */
const SCRIPT = [
  { text: '周六上午思明区有位置吗', kind: 'S' },
  { text: '/help', kind: 'H' },
  { text: '周日下午湖里区有空位吗', kind: 'S' },
  { text: '/privacy', kind: 'P' },
] as const;

function classify(text: string): 'S' | 'H' | 'P' | null {
  if (/mybookings/.test(text)) return 'H';
  if (/我们保存/.test(text)) return 'P';
  if (/空位|名额|没有找到|没有空/.test(text)) return 'S';
  return null;
}

function updates(): { list: Update[]; expected: Map<number, string> } {
  const list: Update[] = [];
  const expected = new Map<number, string>();
  let id = 1;
  // Interleave chats, as real traffic does.
  for (let i = 0; i < PER_CHAT; i++) {
    for (let c = 0; c < CHATS; c++) {
      const chatId = 200_000 + c;
      const step = SCRIPT[i % SCRIPT.length]!;
      expected.set(chatId, (expected.get(chatId) ?? '') + step.kind);
      list.push({
        update_id: id++,
        message: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private', first_name: 'P' },
          from: { id: chatId, is_bot: false, first_name: 'P', language_code: 'zh-hans' },
          text: step.text,
          ...(step.text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: step.text.length }] } : {}),
        },
      } as Update);
    }
  }
  return { list, expected };
}

async function timeRun(api: FakeBotApi, list: Update[], done: (calls: FakeCall[]) => boolean): Promise<number> {
  const t0 = performance.now();
  api.push(...list);
  await api.waitFor(done, 600_000);
  return (performance.now() - t0) / 1000;
}

/**
 * `instantCore`: the same transport and database middleware with a core that
 * answers at once — what the transport itself costs, apart from the core's turns.
 */
async function benchApp({ instantCore = false } = {}): Promise<{ seconds: number; updatesPerSecond: number; orderingOk: boolean; backend: string }> {
  const api = await startFakeBotApi({ botInfo: BOT_INFO });
  const config = defaultConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    USER_MESSAGES_PER_MINUTE: '100000',
    DATA_DIR: 'memory://',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const db = await prepareDatabase(config);
  await db.pool.query('TRUNCATE processed_updates, conversation_turns, parents RESTART IDENTITY CASCADE');
  const points = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM service_points');
  if (points.rows[0]!.n === 0) await seedDemo(db.pool, { now: systemClock.now(), timeZone: config.timeZone });
  const real = createApp({ config, db, clock: systemClock, logger: pino({ level: 'silent' }), brain: 'offline' });
  const app = instantCore
    ? {
        ...real,
        core: {
          handleTurn: async () => ({
            lang: 'zh' as const,
            locale: 'zh' as const,
            reply: '空位：1. 示例点',
            buttons: [],
            tools: [],
            citations: [],
            escalated: false,
          }),
        },
      }
    : real;
  const handle = await runBot(app, { botInfo: BOT_INFO, handleSignals: false, closeDatabase: true, pollTimeoutSeconds: 1 });
  const { list, expected } = updates();
  // Warm up (first queries, JIT) with one chat outside the measured set.
  const warm = {
    ...list[0]!,
    update_id: 10_000_000,
    message: { ...list[0]!.message!, chat: { id: 1, type: 'private', first_name: 'W' }, from: { id: 1, is_bot: false, first_name: 'W' } },
  } as Update;
  api.push(warm);
  await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage' && c.payload.chat_id === 1), 60_000);
  // Warm-up ids are below the measured ones in no way: restart ids above it.
  const shifted = list.map((u) => ({ ...u, update_id: u.update_id + 10_000_000 }));
  const observed = new Map<number, string>();
  let classified = 0;
  let seen = 0;
  const seconds = await timeRun(api, shifted, () => {
    const calls = api.calls;
    for (; seen < calls.length; seen++) {
      const c = calls[seen]!;
      if (c.method !== 'sendMessage' || c.payload.chat_id < 200_000) continue;
      const k = classify(String(c.payload.text));
      if (!k) continue;
      observed.set(c.payload.chat_id, (observed.get(c.payload.chat_id) ?? '') + k);
      classified++;
    }
    return classified >= list.length;
  });
  await handle.stop();
  await api.close();
  let orderingOk = true;
  for (const [chat, want] of expected) if (observed.get(chat) !== want) orderingOk = false;
  return { seconds, updatesPerSecond: list.length / seconds, orderingOk, backend: db.backend };
}

async function benchEcho(): Promise<{ seconds: number; updatesPerSecond: number; orderingOk: boolean }> {
  const api = await startFakeBotApi({ botInfo: BOT_INFO });
  const bot = new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: api.apiRoot } });
  bot.use(sequentialize((ctx) => String(ctx.chat?.id)));
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
  const { list } = updates();
  const expected = new Map<number, string[]>();
  for (const u of list) expected.set(u.message!.chat.id, [...(expected.get(u.message!.chat.id) ?? []), u.message!.text!]);
  const seconds = await timeRun(api, list, (calls) => calls.filter((c) => c.method === 'sendMessage').length >= list.length);
  await runner.stop();
  await api.close();
  const observed = new Map<number, string[]>();
  for (const c of api.calls) if (c.method === 'sendMessage') observed.set(c.payload.chat_id, [...(observed.get(c.payload.chat_id) ?? []), c.payload.text]);
  let orderingOk = true;
  for (const [chat, want] of expected) if (JSON.stringify(observed.get(chat)) !== JSON.stringify(want)) orderingOk = false;
  return { seconds, updatesPerSecond: list.length / seconds, orderingOk };
}

runScript(async () => {
  const total = CHATS * PER_CHAT;
  process.stderr.write(`bench:bot — ${total} updates (${CHATS} chats × ${PER_CHAT}) through the runner against a local fake Bot API\n`);
  const echo = await benchEcho();
  process.stderr.write(`echo bot (ceiling): ${echo.updatesPerSecond.toFixed(0)} updates/s, ordering ${echo.orderingOk ? 'ok' : 'BROKEN'}\n`);
  const transport = await benchApp({ instantCore: true });
  process.stderr.write(
    `transport + database middleware, instant core (${transport.backend}): ${transport.updatesPerSecond.toFixed(0)} updates/s, ordering ${transport.orderingOk ? 'ok' : 'BROKEN'}\n`,
  );
  const app = await benchApp();
  process.stderr.write(
    `real app (${app.backend}, offline brain): ${app.updatesPerSecond.toFixed(0)} updates/s, per-chat ordering ${app.orderingOk ? 'ok' : 'BROKEN'}\n`,
  );
  const ratio = app.updatesPerSecond / echo.updatesPerSecond;
  const result = {
    date: new Date().toISOString(),
    updates: total,
    chats: CHATS,
    perChat: PER_CHAT,
    mix: SCRIPT.map((s) => s.text),
    app: { backend: app.backend, seconds: +app.seconds.toFixed(3), updatesPerSecond: +app.updatesPerSecond.toFixed(1), perChatOrdering: app.orderingOk },
    transportInstantCore: {
      seconds: +transport.seconds.toFixed(3),
      updatesPerSecond: +transport.updatesPerSecond.toFixed(1),
      perChatOrdering: transport.orderingOk,
      ratioToEcho: +(transport.updatesPerSecond / echo.updatesPerSecond).toFixed(3),
    },
    echo: { seconds: +echo.seconds.toFixed(3), updatesPerSecond: +echo.updatesPerSecond.toFixed(1), perChatOrdering: echo.orderingOk },
    ratio: +ratio.toFixed(3),
    targets: { updatesPerSecond: 200, ratio: 0.3 },
    meetsTargets: app.updatesPerSecond >= 200 && ratio >= 0.3 && app.orderingOk,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bot.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `${JSON.stringify({ appUpdatesPerSecond: result.app.updatesPerSecond, echoUpdatesPerSecond: result.echo.updatesPerSecond, ratio: result.ratio, ordering: app.orderingOk && echo.orderingOk })}\n`,
  );
  if (!app.orderingOk || !transport.orderingOk || !echo.orderingOk) throw new Error('per-chat ordering broken');
});
