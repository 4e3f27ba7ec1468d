import { existsSync } from 'node:fs';
import { z } from 'zod';

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(def);

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const optionalUrl = optionalString.pipe(z.url().optional());

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM');

const idList = z
  .string()
  .default('')
  .transform((s, ctx) => {
    const ids: number[] = [];
    for (const part of s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const n = Number(part);
      if (!Number.isSafeInteger(n)) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a Telegram user id` });
        return z.NEVER;
      }
      ids.push(n);
    }
    return ids;
  });

const timeZone = z
  .string()
  .default('Asia/Shanghai')
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'not an IANA time zone such as Asia/Shanghai');

/** The placeholder from .env.example: fine for the demo, refused in production. */
export const DEFAULT_BUTTON_SECRET = 'change-me-button-secret';
/** Production button and webhook secrets must be at least this long. */
export const MIN_PRODUCTION_BUTTON_SECRET = 16;

/** Every setting the assistant reads, with its default. `.env.example` mirrors this. */
export const envSchema = z.object({
  APP_MODE: optionalString.pipe(z.enum(['demo', 'production']).optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVICE_TIMEZONE: timeZone,

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a URL like postgres://user@host:5432/dbname')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_SIZE: int(10, 1, 500),
  DB_STATEMENT_TIMEOUT_MS: int(15_000, 100, 3_600_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: int(30_000, 100, 3_600_000),
  DB_CONNECTION_TIMEOUT_MS: int(5_000, 100, 600_000),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),

  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, 'expected a token like 123456:ABC-DEF... from @BotFather')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'only A-Z, a-z, 0-9, _ and - are allowed (Telegram rule)')
      .optional(),
  ),
  PORT: int(8080, 1, 65535),
  STAFF_GROUP_CHAT_ID: optionalString.pipe(
    z
      .string()
      .regex(/^-?\d+$/, 'expected a Telegram chat id such as -1001234567890')
      .transform(Number)
      .optional(),
  ),
  STAFF_USER_IDS: idList,
  USER_MESSAGES_PER_MINUTE: int(20, 1),
  BUTTON_SECRET: optionalString.pipe(z.string().min(8, 'use at least 8 characters').default(DEFAULT_BUTTON_SECRET)),
  LOG_HASH_SECRET: optionalString.pipe(z.string().min(8, 'use at least 8 characters').optional()),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  EMBEDDER: z.enum(['auto', 'offline', 'openai']).default('auto'),
  LLM_TIMEOUT_MS: int(20_000, 1000),
  LLM_MAX_RETRIES: int(2, 0, 10),

  BOOKING_OPENS_DAYS_AHEAD: int(14, 1, 90),
  BOOKING_CLOSES_MINUTES_BEFORE: int(60, 0, 7 * 24 * 60),
  CANCEL_DEADLINE_MINUTES: int(120, 0, 7 * 24 * 60),
  WEEKLY_WEEKEND_BOOKINGS_PER_CHILD: int(2, 1, 20),
  NO_SHOW_LIMIT: int(3, 1, 50),
  NO_SHOW_WINDOW_DAYS: int(30, 1, 365),
  NO_SHOW_PAUSE_DAYS: int(14, 1, 365),
  WAITLIST_HOLD_MINUTES: int(30, 1, 24 * 60),
  /** Sessions are generated from the timetables this many weeks ahead, counting this week. */
  SESSION_HORIZON_WEEKS: int(4, 1, 26),

  HISTORY_TURNS: int(20, 2, 500),
  HISTORY_RETENTION_DAYS: int(90, 1, 3650),

  REMINDER_TIME: hhmm.default('18:00'),
  QUIET_HOURS_START: hhmm.default('21:30'),
  QUIET_HOURS_END: hhmm.default('08:00'),
  SEND_PER_CHAT_PER_SECOND: z.coerce.number().positive().default(1),
  SEND_GLOBAL_PER_SECOND: z.coerce.number().positive().default(30),
  ESCALATION_REANNOUNCE_MINUTES: int(30, 1),
  STAFF_MORNING_SUMMARY_TIME: optionalString.pipe(hhmm.optional()),

  CONSOLE_PORT: int(8090, 1, 65535),
  CONSOLE_BASE_URL: optionalUrl,
  CONSOLE_SESSION_SECRET: optionalString.pipe(z.string().min(16, 'use at least 16 characters (e.g. `openssl rand -hex 32`)').optional()),
});

export type Env = z.infer<typeof envSchema>;

/** The booking rules, one source for the engine, the bot's words and the knowledge base. */
export interface BookingRules {
  opensDaysAhead: number;
  closesMinutesBefore: number;
  cancelDeadlineMinutes: number;
  weeklyWeekendBookingsPerChild: number;
  noShowLimit: number;
  noShowWindowDays: number;
  noShowPauseDays: number;
  waitlistHoldMinutes: number;
  /**
   * Days chat history is kept (HISTORY_RETENTION_DAYS, the same value as
   * memory.retentionDays): carried with the rules so the privacy answer and
   * documents ({{rules.historyRetentionDays}}) state what the engine deletes by.
   */
  historyRetentionDays: number;
  /**
   * Local time (HH:MM) of the reminder sent the day before a session (REMINDER_TIME, the same value as
   * notifications.reminderTime), so documents say when it comes ({{rules.reminderTime}}).
   */
  reminderTime: string;
}

/** demo: the seeded demo network, any secrets; production: real data only, real secrets. */
export type AppMode = 'demo' | 'production';

/** How long the app waits on a real PostgreSQL server before telling the parent to try again. */
export interface DatabaseTimeouts {
  /** Server-side statement_timeout; the client also gives up shortly after it. */
  statementMs: number;
  /** Server-side idle_in_transaction_session_timeout: a stuck transaction frees its locks. */
  idleInTransactionMs: number;
  /** Connecting, and waiting for a free pool connection. */
  connectionMs: number;
}

export interface Config {
  mode: AppMode;
  logLevel: Env['LOG_LEVEL'];
  timeZone: string;
  database: { url?: string; dataDir: string; poolSize: number; timeouts: DatabaseTimeouts };
  knowledgeDir: string;
  telegram: {
    token?: string;
    apiRoot?: string;
    webhookUrl?: string;
    webhookSecret?: string;
    port: number;
    staffGroupChatId?: number;
    staffUserIds: number[];
    userMessagesPerMinute: number;
    /** Signs button data so forged or another parent's buttons are refused. */
    buttonSecret: string;
    /** Keys the hash that stands for a Telegram id in logs (LOG_HASH_SECRET, else BUTTON_SECRET). */
    logHashSecret: string;
  };
  openai: {
    apiKey?: string;
    baseURL?: string;
    model: string;
    embeddingModel: string;
    timeoutMs: number;
    maxRetries: number;
  };
  embedder: 'offline' | 'openai';
  booking: BookingRules;
  memory: { historyTurns: number; retentionDays: number };
  /** Weeks of sessions generated ahead from the timetables (src/operators). */
  sessionHorizonWeeks: number;
  notifications: {
    reminderTime: string;
    quietHours: { start: string; end: string };
    perChatPerSecond: number;
    globalPerSecond: number;
    escalationReannounceMinutes: number;
    staffMorningSummaryTime?: string;
  };
  /** The staff console in the browser (src/console). */
  console: {
    port: number;
    /** Where staff open it (sign-in links point here); default http://localhost:<port>. */
    baseUrl: string;
    /** Whether CONSOLE_BASE_URL was set: in production the console runs beside the bot only then. */
    baseUrlSet: boolean;
    /** Signs the console's cookies; undefined in production without CONSOLE_SESSION_SECRET (the console refuses to start). */
    sessionSecret?: string;
  };
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly problems: string[],
    mode?: AppMode,
  ) {
    super(`Invalid configuration${mode === 'production' ? ' for production (APP_MODE=production)' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * An explicit APP_MODE wins. Unset: a bare checkout (no bot token, no
 * database server) is the demo; anything wired to Telegram or a real
 * server is production, so forgetting APP_MODE can never seed demo staff
 * into a live service.
 */
function appMode(e: Env): AppMode {
  if (e.APP_MODE) return e.APP_MODE;
  return e.TELEGRAM_BOT_TOKEN || e.DATABASE_URL ? 'production' : 'demo';
}

/** Validates an environment once; every other module receives the typed result. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.EMBEDDER === 'openai' && !e.OPENAI_API_KEY) {
    problems.push('EMBEDDER: "openai" needs OPENAI_API_KEY');
  }
  if (e.WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN) {
    problems.push('WEBHOOK_URL: webhook mode needs TELEGRAM_BOT_TOKEN');
  }
  // Without a secret anyone who learns the URL can post updates "as" any parent or staff member.
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    problems.push('WEBHOOK_SECRET: webhook mode needs a secret (A-Z, a-z, 0-9, _ and -; e.g. `openssl rand -hex 32`), or unset WEBHOOK_URL for long polling');
  }
  const mode = appMode(e);
  if (mode === 'production') {
    if (e.BUTTON_SECRET === DEFAULT_BUTTON_SECRET) {
      problems.push(
        `BUTTON_SECRET: unset or still the example value; production needs a secret of your own (at least ${MIN_PRODUCTION_BUTTON_SECRET} characters, e.g. \`openssl rand -hex 32\`)`,
      );
    } else if (e.BUTTON_SECRET.length < MIN_PRODUCTION_BUTTON_SECRET) {
      problems.push(`BUTTON_SECRET: production needs at least ${MIN_PRODUCTION_BUTTON_SECRET} characters (e.g. \`openssl rand -hex 32\`)`);
    }
    if (e.WEBHOOK_URL && e.WEBHOOK_SECRET && e.WEBHOOK_SECRET.length < MIN_PRODUCTION_BUTTON_SECRET) {
      problems.push(`WEBHOOK_SECRET: production needs at least ${MIN_PRODUCTION_BUTTON_SECRET} characters (e.g. \`openssl rand -hex 32\`)`);
    }
  }
  if (mode === 'production' && e.CONSOLE_BASE_URL && !e.CONSOLE_SESSION_SECRET) {
    problems.push(
      'CONSOLE_SESSION_SECRET: the staff console (CONSOLE_BASE_URL) needs a secret of its own in production (at least 16 characters, e.g. `openssl rand -hex 32`)',
    );
  }
  if (e.BOOKING_CLOSES_MINUTES_BEFORE >= e.BOOKING_OPENS_DAYS_AHEAD * 24 * 60) {
    problems.push('BOOKING_CLOSES_MINUTES_BEFORE: must be shorter than the booking window');
  }
  if (problems.length) throw new ConfigError(problems, mode);

  return {
    mode,
    logLevel: e.LOG_LEVEL,
    timeZone: e.SERVICE_TIMEZONE,
    database: {
      url: e.DATABASE_URL,
      dataDir: e.DATA_DIR,
      poolSize: e.DB_POOL_SIZE,
      timeouts: {
        statementMs: e.DB_STATEMENT_TIMEOUT_MS,
        idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        connectionMs: e.DB_CONNECTION_TIMEOUT_MS,
      },
    },
    knowledgeDir: e.KNOWLEDGE_DIR,
    telegram: {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT,
      webhookUrl: e.WEBHOOK_URL,
      webhookSecret: e.WEBHOOK_SECRET,
      port: e.PORT,
      staffGroupChatId: e.STAFF_GROUP_CHAT_ID,
      staffUserIds: e.STAFF_USER_IDS,
      userMessagesPerMinute: e.USER_MESSAGES_PER_MINUTE,
      buttonSecret: e.BUTTON_SECRET,
      logHashSecret: e.LOG_HASH_SECRET ?? e.BUTTON_SECRET,
    },
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
    },
    embedder: e.EMBEDDER === 'auto' ? (e.OPENAI_API_KEY ? 'openai' : 'offline') : e.EMBEDDER,
    booking: {
      opensDaysAhead: e.BOOKING_OPENS_DAYS_AHEAD,
      closesMinutesBefore: e.BOOKING_CLOSES_MINUTES_BEFORE,
      cancelDeadlineMinutes: e.CANCEL_DEADLINE_MINUTES,
      weeklyWeekendBookingsPerChild: e.WEEKLY_WEEKEND_BOOKINGS_PER_CHILD,
      noShowLimit: e.NO_SHOW_LIMIT,
      noShowWindowDays: e.NO_SHOW_WINDOW_DAYS,
      noShowPauseDays: e.NO_SHOW_PAUSE_DAYS,
      waitlistHoldMinutes: e.WAITLIST_HOLD_MINUTES,
      historyRetentionDays: e.HISTORY_RETENTION_DAYS,
      reminderTime: e.REMINDER_TIME,
    },
    memory: { historyTurns: e.HISTORY_TURNS, retentionDays: e.HISTORY_RETENTION_DAYS },
    sessionHorizonWeeks: e.SESSION_HORIZON_WEEKS,
    notifications: {
      reminderTime: e.REMINDER_TIME,
      quietHours: { start: e.QUIET_HOURS_START, end: e.QUIET_HOURS_END },
      perChatPerSecond: e.SEND_PER_CHAT_PER_SECOND,
      globalPerSecond: e.SEND_GLOBAL_PER_SECOND,
      escalationReannounceMinutes: e.ESCALATION_REANNOUNCE_MINUTES,
      staffMorningSummaryTime: e.STAFF_MORNING_SUMMARY_TIME,
    },
    console: {
      port: e.CONSOLE_PORT,
      baseUrl: (e.CONSOLE_BASE_URL ?? `http://localhost:${e.CONSOLE_PORT}`).replace(/\/+$/, ''),
      baseUrlSet: Boolean(e.CONSOLE_BASE_URL),
      // The demo may sign cookies with the button secret; production needs its own.
      sessionSecret: e.CONSOLE_SESSION_SECRET ?? (mode === 'demo' ? e.BUTTON_SECRET : undefined),
    },
  };
}

/**
 * The only place that reads process.env: merges a `.env` file (if present)
 * under the real environment, then validates.
 */
export function loadConfig(overrides: Record<string, string> = {}, envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig({ ...process.env, ...overrides });
}

/** Quieter logs for interactive tools unless LOG_LEVEL was set on purpose. */
export function interactiveLogLevel(config: Config): Config['logLevel'] {
  return config.logLevel === 'info' ? 'warn' : config.logLevel;
}

/**
 * Defaults for tests and tools that need a config without an environment:
 * demo mode unless the overrides say APP_MODE (a test token alone does not
 * make a test production).
 */
export function defaultConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ APP_MODE: 'demo', ...overrides });
}
