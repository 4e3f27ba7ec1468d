import { createServer, type Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotApp } from './BotApp.ts';
import type { BotContext } from './BotContext.ts';
import { PARENT_COMMANDS, STAFF_COMMANDS } from './commands.ts';
import { createBot } from './createBot.ts';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'channel_post', 'edited_channel_post', 'my_chat_member'] as const;

export interface RunBotOptions {
  botInfo?: UserFromGetMe;
  /** Stop on SIGINT/SIGTERM (default true; tests drive stop() themselves). */
  handleSignals?: boolean;
  /** Close app.db once the bot has stopped (default true; tests share a database). */
  closeDatabase?: boolean;
  /** Long-poll timeout in seconds for getUpdates. */
  pollTimeoutSeconds?: number;
  /** Longest wait for in-flight updates at shutdown. */
  drainTimeoutMs?: number;
}

export interface BotHandle {
  mode: 'polling' | 'webhook';
  bot: Bot<BotContext>;
  /** Webhook mode: the HTTP server's port. */
  port?: number;
  /** Resolves once the bot has stopped (after a signal or stop()). */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

/** Refused at start: a webhook anyone can post to (config also refuses it; this guards apps built another way). */
export class WebhookSecretMissingError extends Error {
  readonly code = 'WEBHOOK_SECRET_MISSING';
  constructor() {
    super('WEBHOOK_URL is set but WEBHOOK_SECRET is not: refusing to accept unauthenticated webhook updates');
    this.name = 'WebhookSecretMissingError';
  }
}

/**
 * Runs the Telegram transport: long polling through the runner (concurrent
 * across chats, ordered within a chat), or a webhook server when
 * WEBHOOK_URL is set. In webhook mode every request must carry the
 * secret (X-Telegram-Bot-Api-Secret-Token, compared in constant time by
 * grammY); anything else is answered 401 before an update is read, so a
 * forged POST changes nothing. Re-announcing tickets is the outbox
 * worker's job (scheduleEscalationReannouncements), not a timer here.
 * Stops gracefully: no new updates, in-flight ones finish, then the database closes.
 */
export async function runBot(app: BotApp, options: RunBotOptions = {}): Promise<BotHandle> {
  const { config, logger } = app;
  const log = logger.child({ component: 'telegram' });
  if (config.telegram.webhookUrl && !config.telegram.webhookSecret) throw new WebhookSecretMissingError();
  const bot = createBot({ app, botInfo: options.botInfo });

  // Count updates in flight so shutdown can wait for them.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    inFlight++;
    try {
      return await handleUpdate(update, webhookReplyEnvelope);
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };

  await bot.init();
  await app.escalation.ensureStaff(config.telegram.staffUserIds);
  await registerCommands(bot, app);

  let runner: RunnerHandle | undefined;
  let server: Server | undefined;
  let port: number | undefined;
  const mode: BotHandle['mode'] = config.telegram.webhookUrl ? 'webhook' : 'polling';

  if (mode === 'webhook') {
    const url = new URL(config.telegram.webhookUrl!);
    const secret = config.telegram.webhookSecret!;
    await bot.api.setWebhook(url.toString(), { allowed_updates: [...ALLOWED_UPDATES], secret_token: secret });
    const handle = webhookCallback(bot, 'http', {
      secretToken: secret,
      // Answer Telegram in time and keep working; a redelivery is skipped by update id anyway.
      onTimeout: 'return',
      timeoutMilliseconds: 8_000,
    });
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, mode, inFlight }));
        return;
      }
      if (req.method === 'POST' && path === url.pathname) {
        handle(req, res).catch((err: unknown) => {
          log.error({ err: (err as Error).message }, 'webhook request failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(config.telegram.port, resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : config.telegram.port;
    log.info({ mode, port, path: url.pathname }, 'telegram bot listening for webhook updates');
  } else {
    // A webhook left from an earlier run would make getUpdates fail; pending updates are kept.
    await bot.api.deleteWebhook({ drop_pending_updates: false });
    runner = run(bot, {
      runner: { fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
    });
    log.info({ mode, bot: bot.botInfo.username }, 'telegram bot polling');
  }

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log.info('telegram bot stopping');
      if (runner?.isRunning()) await runner.stop().catch(() => undefined);
      if (server) await new Promise<void>((r) => server!.close(() => r()));
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((r) => (drained = r)), new Promise<void>((r) => setTimeout(r, options.drainTimeoutMs ?? 10_000).unref())]);
      }
      if (options.closeDatabase ?? true) await app.db.close();
      log.info('telegram bot stopped');
      resolveStopped();
    })();
    return stopping;
  };

  // An unrecoverable polling error (bad token, another instance polling) ends the bot.
  runner?.task()?.catch((err) => {
    log.fatal({ err: (err as Error).message }, 'polling stopped');
    void stop();
  });

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutdown requested');
      void stop();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    void stopped.then(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
  }

  return { mode, bot, port, stopped, stop };
}

async function registerCommands(bot: Bot<BotContext>, app: BotApp): Promise<void> {
  const calls: Array<Promise<unknown>> = [
    bot.api.setMyCommands(PARENT_COMMANDS.zh, { scope: { type: 'all_private_chats' } }),
    bot.api.setMyCommands(PARENT_COMMANDS.zh, { scope: { type: 'all_private_chats' }, language_code: 'zh' }),
    bot.api.setMyCommands(PARENT_COMMANDS.en, { scope: { type: 'all_private_chats' }, language_code: 'en' }),
  ];
  const group = app.config.telegram.staffGroupChatId;
  if (group !== undefined) calls.push(bot.api.setMyCommands(STAFF_COMMANDS, { scope: { type: 'chat', chat_id: group } }));
  const results = await Promise.allSettled(calls);
  for (const r of results) {
    // Not being in the staff group yet must not stop the bot.
    if (r.status === 'rejected') app.logger.warn({ err: (r.reason as Error)?.message }, 'setMyCommands failed');
  }
}
