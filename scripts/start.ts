/**
 * `npm start`: with TELEGRAM_BOT_TOKEN, the Telegram bot (long polling, or a
 * webhook server with WEBHOOK_URL) plus the outbox worker for proactive
 * messages; without a token, the terminal chat over the same core.
 */
import { loadConfig, interactiveLogLevel } from '../src/config/config.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { systemClock } from '../src/time/clock.ts';
import { bootstrapApp } from '../src/app/bootstrapApp.ts';
import { runTerminalChat } from '../src/app/runTerminalChat.ts';
import { createOutboxWorker } from '../src/notifications/OutboxWorker.ts';
import { Api } from 'grammy';
import { runBot } from '../bot/run.ts';
import { createTelegramSender } from '../bot/createTelegramSender.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  if (!config.telegram.token) {
    const logger = createLogger(interactiveLogLevel(config));
    const app = await bootstrapApp({ config, clock: systemClock, logger });
    process.stderr.write(
      `Ready: ${app.db.describe}. No TELEGRAM_BOT_TOKEN is set, so this is the terminal chat (set one in .env to run the Telegram bot).\n`,
    );
    await runTerminalChat(app);
    await app.db.close();
    return;
  }
  const logger = createLogger(config.logLevel);
  const app = await bootstrapApp({ config, clock: systemClock, logger });
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
  logger.info({ mode: handle.mode, database: app.db.describe, brain: app.brain }, 'assistant running');
  await handle.stopped;
  await worker.stop();
  await app.db.close();
});
