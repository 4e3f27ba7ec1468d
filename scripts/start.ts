/**
 * `npm start`: with TELEGRAM_BOT_TOKEN, the Telegram bot (long polling, or a
 * webhook server with WEBHOOK_URL) plus the outbox worker for proactive
 * messages; without a token, the terminal chat over the same core.
 */
import { loadConfig, interactiveLogLevel } from '../src/config/config.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { systemClock } from '../src/time/clock.ts';
import { bootstrapApp } from '../src/app/bootstrapApp.ts';
import type { App } from '../src/app/createApp.ts';
import { runTerminalChat } from '../src/app/runTerminalChat.ts';
import { createOutboxWorker } from '../src/notifications/OutboxWorker.ts';
import { Api } from 'grammy';
import { runBot } from '../bot/run.ts';
import { createTelegramSender } from '../bot/createTelegramSender.ts';
import { runScript } from './runScript.ts';
import { startSessionGeneration } from '../src/operators/sessionGenerationWorker.ts';
import { consoleWanted, startConsole } from '../src/console/startConsole.ts';

/** "llm brain (gpt-4o-mini at api.example.org)" / "offline brain": which brain answers, never a key. */
function describeBrain(app: App): string {
  if (app.brain !== 'llm') return 'offline brain';
  let host = 'the OpenAI API';
  try {
    if (app.config.openai.baseURL) host = new URL(app.config.openai.baseURL).host;
  } catch {
    // keep the default words
  }
  return `llm brain (${app.config.openai.model} at ${host})`;
}

/** The one line an operator reads to know what is running: mode, database (no password), brain, transport. */
function startLine(app: App, transport: string): string {
  return `${app.config.mode} mode, ${app.db.describe}, ${describeBrain(app)}, ${transport}`;
}

runScript(async () => {
  const config = loadConfig();
  if (!config.telegram.token) {
    const logger = createLogger(interactiveLogLevel(config));
    const app = await bootstrapApp({ config, clock: systemClock, logger });
    process.stderr.write(
      `Ready: ${startLine(app, 'terminal chat')}. No TELEGRAM_BOT_TOKEN is set, so this is the terminal chat (set one in .env to run the Telegram bot).\n`,
    );
    await runTerminalChat(app);
    await app.db.close();
    return;
  }
  const logger = createLogger(config.logLevel);
  const app = await bootstrapApp({ config, clock: systemClock, logger });
  const transport = config.telegram.webhookUrl ? `Telegram webhook on port ${config.telegram.port}` : 'Telegram long polling';
  // Before the first update is taken: the operator sees what runs even if the start fails from here on.
  logger.info(
    { appMode: config.mode, database: app.db.describe, brain: app.brain, transport: config.telegram.webhookUrl ? 'webhook' : 'polling' },
    `assistant running: ${startLine(app, transport)}`,
  );
  const handle = await runBot(app, { closeDatabase: false });
  const worker = createOutboxWorker({
    pool: app.db.pool,
    clock: app.clock,
    config,
    // Its own Api without auto-retry: the worker schedules retries itself instead of sleeping inside a send.
    send: createTelegramSender(new Api(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : undefined)),
    logger: logger.child({ component: 'outbox' }),
    workerId: `pid-${process.pid}`,
    expireOffers: () => app.booking.expireOffers(),
  });
  worker.start();
  // Sessions from the timetables, generated ahead (at start and every few hours), idempotently.
  const generation = startSessionGeneration({ generate: () => app.operators.generateSessions(), logger: logger.child({ component: 'sessions' }) });
  // The staff console beside the bot (demo: always; production: once CONSOLE_BASE_URL is set); ticket actions reach families through the bot's Api.
  const staffConsole = consoleWanted(app) ? await startConsole(app, { telegram: handle.bot.api, operators: app.operators }) : undefined;
  if (staffConsole) logger.info({ port: staffConsole.port }, `staff console at ${staffConsole.url} (staff send /console to the bot for a sign-in link)`);
  await handle.stopped;
  await staffConsole?.close();
  await generation.stop();
  await worker.stop();
  await app.db.close();
});
