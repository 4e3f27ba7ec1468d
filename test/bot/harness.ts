import pino from 'pino';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Bot } from 'grammy';
import { createBot } from '../../bot/createBot.ts';
import type { BotApp } from '../../bot/BotApp.ts';
import type { BotContext } from '../../bot/BotContext.ts';
import { createApp, type App } from '../../src/app/createApp.ts';
import { defaultConfig } from '../../src/config/config.ts';
import { seedDemo } from '../../src/demo/seedDemo.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { getTestDatabase, resetDatabase } from '../helpers/testDatabase.ts';
import { createOutboxWorker } from '../../src/notifications/OutboxWorker.ts';
import { createTelegramSender } from '../../bot/createTelegramSender.ts';

export const BOT_INFO: UserFromGetMe = {
  id: 7000001,
  is_bot: true,
  first_name: 'Ailin Helper',
  username: 'ailin_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: true,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const PARENT = { id: 1001, first_name: '小美', language_code: 'zh-hans' };
export const PARENT_EN = { id: 1002, first_name: 'Anna', language_code: 'en' };
export const STAFF = { id: 9001, first_name: '王老师', language_code: 'zh' };
export const STAFF_GROUP = -100123;
/** Wednesday morning in Xiamen; the coming weekend is 5–6 Dec. */
export const NOW = '2026-12-02T10:00:00+08:00';

export interface RecordedCall {
  method: string;
  payload: Record<string, any>;
  /** The id Telegram gave a sent message. */
  messageId?: number;
}

export type Failure = { error_code: number; description: string };

/** A log sink for asserting on what was logged. */
export function memoryLogger(level = 'debug') {
  const lines: Array<Record<string, any>> = [];
  const logger = pino(
    { level, redact: { paths: ['text', '*.text', 'name', '*.name'], censor: '[masked]' } },
    { write: (s: string) => void lines.push(JSON.parse(s)) },
  );
  return { logger, lines };
}

/** The real app on the shared test database with demo data, a fixed clock and the offline brain. */
export async function createTestApp(env: Record<string, string> = {}): Promise<App & { clock: ReturnType<typeof fixedClock> }> {
  const db = await getTestDatabase();
  await resetDatabase(db);
  const config = defaultConfig({
    STAFF_GROUP_CHAT_ID: String(STAFF_GROUP),
    STAFF_USER_IDS: String(STAFF.id),
    BUTTON_SECRET: 'test-button-secret',
    TELEGRAM_BOT_TOKEN: '123456:TEST-token-for-the-harness-000',
    ...env,
  });
  const clock = fixedClock(NOW);
  await seedDemo(db.pool, { now: clock.now(), timeZone: config.timeZone });
  const { logger } = memoryLogger('silent');
  const app = createApp({ config, db, clock, logger, brain: 'offline' });
  await app.escalation.ensureStaff(config.telegram.staffUserIds);
  return Object.assign(app, { clock });
}

/**
 * Drives a bot without Telegram: every outgoing call is recorded and
 * answered like the Bot API would; updates go in through bot.handleUpdate.
 */
export function createHarness(app: BotApp, { fail }: { fail?: (call: RecordedCall) => Failure | undefined } = {}) {
  const bot: Bot<BotContext> = createBot({ app, botInfo: BOT_INFO, token: '123456:TEST-token-for-the-harness-000' });
  const calls: RecordedCall[] = [];
  /** Every call ever made (clear() empties only `calls`), for finding buttons shown earlier. */
  const history: RecordedCall[] = [];
  let nextMessageId = 500;
  let nextUpdateId = 1;
  const now = () => Math.floor(app.clock.now().getTime() / 1000);
  const chatOf = (id: number) => (id < 0 ? { id, type: 'supergroup' as const, title: 'Staff' } : { id, type: 'private' as const, first_name: 'Parent' });

  bot.api.config.use(async (_prev, method, payload) => {
    const call: RecordedCall = { method, payload: payload as Record<string, any> };
    calls.push(call);
    history.push(call);
    const failure = fail?.(call);
    if (failure) return { ok: false, ...failure } as any;
    const p = payload as Record<string, any>;
    let result: unknown = true;
    if (method === 'sendMessage' || method === 'sendVenue' || method === 'sendLocation') {
      const m: Record<string, any> = { message_id: nextMessageId++, date: now(), chat: chatOf(p.chat_id), from: BOT_INFO };
      if (method === 'sendMessage') m.text = p.text;
      if (method === 'sendVenue') m.venue = { location: { latitude: p.latitude, longitude: p.longitude }, title: p.title, address: p.address };
      if (p.reply_markup?.inline_keyboard) m.reply_markup = p.reply_markup;
      call.messageId = m.message_id;
      result = m;
    } else if (method === 'editMessageText' && p.chat_id !== undefined) {
      result = { message_id: p.message_id, date: now(), chat: chatOf(p.chat_id), from: BOT_INFO, text: p.text };
    } else if (method === 'getMe') {
      result = BOT_INFO;
    }
    return { ok: true, result } as any;
  });

  const base = () => ({ update_id: nextUpdateId++ });
  const message = (from: typeof PARENT, chatId: number, extra: Record<string, unknown>) =>
    ({ message_id: nextMessageId++, date: now(), chat: chatOf(chatId), from: { is_bot: false, ...from }, ...extra }) as any;

  const worker = createOutboxWorker({
    pool: app.db.pool,
    clock: app.clock,
    config: app.config,
    send: createTelegramSender(bot.api),
    workerId: 'harness',
    rateLimits: false,
  });

  const h = {
    bot,
    calls,
    worker,
    /** Runs the outbox worker until nothing is due: staff-group messages and proactive messages go out (as in production, through the outbox). */
    async deliver(): Promise<number> {
      let sent = 0;
      for (let i = 0; i < 50; i++) {
        const r = await worker.runOnce();
        sent += r.sent;
        if (r.claimed === 0) break;
      }
      return sent;
    },
    clear: () => {
      calls.length = 0;
    },
    /** Runs one update through the bot (the same path the runner and webhook use). */
    async send(update: Update): Promise<Update> {
      await bot.handleUpdate(update);
      return update;
    },
    textUpdate(text: string, from = PARENT, chatId: number = from.id): Update {
      const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
      return { ...base(), message: message(from, chatId, { text, ...(entities ? { entities } : {}) }) };
    },
    text(text: string, from = PARENT, chatId: number = from.id) {
      return h.send(h.textUpdate(text, from, chatId));
    },
    command(command: string, from = PARENT, chatId: number = from.id) {
      return h.text(command.startsWith('/') ? command : `/${command}`, from, chatId);
    },
    location(latitude: number, longitude: number, from = PARENT) {
      return h.send({ ...base(), message: message(from, from.id, { location: { latitude, longitude } }) });
    },
    /** Presses a button: data as shown on an earlier message. */
    press(data: string, from = PARENT, chatId: number = from.id) {
      return h.send({
        ...base(),
        callback_query: {
          id: String(nextUpdateId * 7),
          from: { is_bot: false, ...from },
          chat_instance: 'ci',
          data,
          message: message({ ...BOT_INFO, language_code: undefined } as any, chatId, { text: '…' }),
        },
      } as Update);
    },
    /** A group member replies to one of the bot's messages (a recorded send, or an id and text). */
    groupReply(text: string, replyTo: RecordedCall | { message_id: number; text?: string }, from = STAFF, chatId = STAFF_GROUP) {
      const target = 'method' in replyTo ? { message_id: replyTo.messageId!, text: replyTo.payload.text as string } : replyTo;
      return h.send({
        ...base(),
        message: message(from, chatId, {
          text,
          reply_to_message: { message_id: target.message_id, date: now(), chat: chatOf(chatId), from: BOT_INFO, text: target.text ?? '' },
        }),
      });
    },
    raw(extra: Omit<Update, 'update_id'>): Promise<Update> {
      return h.send({ ...base(), ...extra } as Update);
    },
    /** Messages sent to one chat, in order. */
    sentTo(chatId: number) {
      return calls.filter((c) => c.payload.chat_id === chatId && (c.method === 'sendMessage' || c.method === 'sendVenue'));
    },
    lastTextTo(chatId: number): string {
      const texts = h.sentTo(chatId).filter((c) => c.method === 'sendMessage');
      return texts.at(-1)?.payload.text ?? '';
    },
    /** Every inline button shown to a chat so far, newest last. */
    buttonsTo(chatId: number): Array<{ text: string; callback_data: string }> {
      return history
        .filter((c) => c.payload.chat_id === chatId && c.method === 'sendMessage')
        .flatMap((c) => (c.payload.reply_markup?.inline_keyboard ?? []).flat());
    },
    /** The newest button whose label matches. */
    button(chatId: number, label: RegExp): string {
      const b = h
        .buttonsTo(chatId)
        .filter((x) => label.test(x.text))
        .at(-1);
      if (!b) throw new Error(`no button matching ${label} in ${JSON.stringify(h.buttonsTo(chatId).map((x) => x.text))}`);
      return b.callback_data;
    },
  };
  return h;
}

export type Harness = ReturnType<typeof createHarness>;
