import type { Context } from 'grammy';
import type { Logger } from '../src/logging/createLogger.ts';
import type { BotApp } from './BotApp.ts';

/** grammY context with the app's services and a per-update logger on it. */
export interface BotContext extends Context {
  app: BotApp;
  log: Logger;
}
