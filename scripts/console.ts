/**
 * `npm run console`: the staff console alone (without the bot), on
 * CONSOLE_PORT. Staff sign in with a link from the bot's /console command;
 * in the demo a link for the demo admin is printed here. With
 * TELEGRAM_BOT_TOKEN set, ticket actions tell families through Telegram.
 */
import { Api } from 'grammy';
import { bootstrapApp } from '../src/app/bootstrapApp.ts';
import { loadConfig } from '../src/config/config.ts';
import { createConsoleSignIn } from '../src/console/ConsoleSignIn.ts';
import { startConsole } from '../src/console/startConsole.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { systemClock } from '../src/time/clock.ts';
import { runScript } from './runScript.ts';

/** The demo network's admin (src/demo/seedDemo.ts). */
const DEMO_ADMIN = 900001;

runScript(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await bootstrapApp({ config, clock: systemClock, logger });
  const telegram = config.telegram.token
    ? new Api(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : undefined)
    : undefined;
  let running: Awaited<ReturnType<typeof startConsole>>;
  try {
    running = await startConsole(app, { telegram });
  } catch (err) {
    await app.db.close();
    throw err;
  }
  process.stderr.write(`Staff console: ${running.url} (port ${running.port}). Staff get a sign-in link by sending /console to the bot.\n`);
  if (config.mode === 'demo') {
    const link = await createConsoleSignIn({ pool: app.db.pool, clock: app.clock, baseUrl: config.console.baseUrl, secret: config.console.sessionSecret! })
      .createLink(DEMO_ADMIN)
      .catch(() => null);
    if (link) process.stderr.write(`Demo: sign in as the demo admin (valid 10 minutes, once): ${link.url}\n`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  await app.db.close();
});
