import { interactiveLogLevel, loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { systemClock } from '../src/time/clock.ts';
import { bootstrapApp } from '../src/app/bootstrapApp.ts';
import { runTerminalChat } from '../src/app/runTerminalChat.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  const logger = createLogger(interactiveLogLevel(config));
  const app = await bootstrapApp({ config, clock: systemClock, logger });
  await runTerminalChat(app);
  await app.db.close();
});
