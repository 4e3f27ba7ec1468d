import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import type { BotApp } from './BotApp.ts';
import type { BotContext } from './BotContext.ts';
import { installFeatures } from './features/index.ts';
import { attachApp } from './middlewares/attachApp.ts';
import { errorBoundary } from './middlewares/errorBoundary.ts';
import { handleBotError } from './middlewares/handleBotError.ts';
import { oncePerUpdate } from './middlewares/oncePerUpdate.ts';
import { rateLimit } from './middlewares/rateLimit.ts';
import { createUpdateLedger } from '../src/transport/createUpdateLedger.ts';

export interface CreateBotOptions {
  app: BotApp;
  /** Known bot identity (tests, or a cached getMe); otherwise bot.init() fetches it. */
  botInfo?: UserFromGetMe;
  /** A Bot API server other than api.telegram.org (TELEGRAM_API_ROOT, or a local fake in tests). */
  apiRoot?: string;
  token?: string;
}

/**
 * Builds the Telegram bot from the app's services. Polling or webhook is
 * the entry point's choice (bot/run.ts); the bot itself does not know.
 */
export function createBot({ app, botInfo, apiRoot, token }: CreateBotOptions): Bot<BotContext> {
  const botToken = token ?? app.config.telegram.token;
  if (!botToken) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const root = apiRoot ?? app.config.telegram.apiRoot;
  const bot = new Bot<BotContext>(botToken, {
    ...(botInfo ? { botInfo } : {}),
    ...(root ? { client: { apiRoot: root } } : {}),
  });
  // 429 (flood wait) and 5xx are retried after the delay Telegram asks for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));

  // Per-chat ordering (the runner processes different chats concurrently).
  bot.use(
    sequentialize<BotContext>((ctx) => {
      const id = ctx.chat?.id ?? ctx.from?.id;
      return id === undefined ? undefined : String(id);
    }),
  );
  bot.use(attachApp(app));
  bot.use(errorBoundary);
  bot.use(oncePerUpdate(createUpdateLedger({ pool: app.db.pool, clock: app.clock })));
  bot.use(rateLimit(app));
  bot.use(installFeatures());

  bot.catch((err) => handleBotError(err.ctx as BotContext, err.error));
  return bot;
}
