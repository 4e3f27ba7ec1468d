import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_BUTTON_SECRET, defaultConfig, parseConfig } from '../src/config/config.ts';

describe('config', () => {
  it('has working defaults with an empty environment', () => {
    const c = parseConfig({});
    expect(c.timeZone).toBe('Asia/Shanghai');
    expect(c.database).toEqual({
      url: undefined,
      dataDir: './data',
      poolSize: 10,
      timeouts: { statementMs: 15_000, idleInTransactionMs: 30_000, connectionMs: 5_000 },
    });
    expect(c.mode).toBe('demo');
    expect(c.embedder).toBe('offline');
    expect(c.booking.cancelDeadlineMinutes).toBe(120);
    expect(c.booking.opensDaysAhead).toBe(14);
    expect(c.telegram.token).toBeUndefined();
  });

  it('names every bad variable and why', () => {
    let err: unknown;
    try {
      parseConfig({
        DATABASE_URL: 'mysql://nope',
        SERVICE_TIMEZONE: 'Mars/Olympus',
        BOOKING_OPENS_DAYS_AHEAD: 'soon',
        STAFF_USER_IDS: '12,abc',
        REMINDER_TIME: '25:00',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    for (const v of ['DATABASE_URL', 'SERVICE_TIMEZONE', 'BOOKING_OPENS_DAYS_AHEAD', 'STAFF_USER_IDS', 'REMINDER_TIME']) {
      expect(msg).toContain(v);
    }
    expect(msg).toContain('postgres://');
    expect(msg).toContain('"abc" is not a Telegram user id');
  });

  it('treats empty strings as unset and parses lists', () => {
    const c = parseConfig({ DATABASE_URL: '', OPENAI_API_KEY: '', STAFF_USER_IDS: '11, 22' });
    expect(c.database.url).toBeUndefined();
    expect(c.openai.apiKey).toBeUndefined();
    expect(c.telegram.staffUserIds).toEqual([11, 22]);
  });

  it('chooses the OpenAI embedder only when a key is configured', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'sk-test' }).embedder).toBe('openai');
    expect(parseConfig({ OPENAI_API_KEY: 'sk-test', EMBEDDER: 'offline' }).embedder).toBe('offline');
    expect(() => parseConfig({ EMBEDDER: 'openai' })).toThrow(/EMBEDDER: "openai" needs OPENAI_API_KEY/);
  });

  it('rejects a malformed bot token and a webhook without a token', () => {
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: 'hello' })).toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(() => parseConfig({ WEBHOOK_URL: 'https://example.org/hook' })).toThrow(/WEBHOOK_URL/);
  });

  it('validates the database limits', () => {
    const c = parseConfig({ DB_STATEMENT_TIMEOUT_MS: '2000', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000', DB_CONNECTION_TIMEOUT_MS: '1500', DB_POOL_SIZE: '3' });
    expect(c.database.timeouts).toEqual({ statementMs: 2000, idleInTransactionMs: 4000, connectionMs: 1500 });
    expect(c.database.poolSize).toBe(3);
    for (const [k, v] of [
      ['DB_STATEMENT_TIMEOUT_MS', '0'],
      ['DB_CONNECTION_TIMEOUT_MS', 'soon'],
      ['DB_POOL_SIZE', '0'],
      ['DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', '-5'],
    ]) {
      expect(() => parseConfig({ [k!]: v! }), k).toThrow(new RegExp(k!));
    }
  });
});

describe('APP_MODE (issue 10 items 3 and 12)', () => {
  const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const secret = 'a-real-button-secret-0123456789';

  it('is demo on a bare checkout and production once wired to Telegram or a database server; an explicit value wins', () => {
    expect(parseConfig({}).mode).toBe('demo');
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: token, BUTTON_SECRET: secret }).mode).toBe('production');
    expect(parseConfig({ DATABASE_URL: 'postgres://u@db:5432/x', BUTTON_SECRET: secret }).mode).toBe('production');
    expect(parseConfig({ APP_MODE: 'demo', TELEGRAM_BOT_TOKEN: token }).mode).toBe('demo');
    expect(parseConfig({ APP_MODE: 'production', BUTTON_SECRET: secret }).mode).toBe('production');
    expect(parseConfig({ APP_MODE: '' }).mode).toBe('demo');
    expect(() => parseConfig({ APP_MODE: 'staging' })).toThrow(/APP_MODE/);
    // Tests and tools built on defaultConfig stay in the demo unless they ask.
    expect(defaultConfig({ TELEGRAM_BOT_TOKEN: token }).mode).toBe('demo');
  });

  it('refuses to start production with the example, an empty or a short button secret', () => {
    for (const env of [
      { APP_MODE: 'production' },
      { APP_MODE: 'production', BUTTON_SECRET: DEFAULT_BUTTON_SECRET },
      { TELEGRAM_BOT_TOKEN: token, BUTTON_SECRET: '' },
      { TELEGRAM_BOT_TOKEN: token, BUTTON_SECRET: 'short-secret' },
    ]) {
      let err: unknown;
      try {
        parseConfig(env);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(env)).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain('for production (APP_MODE=production)');
      expect((err as Error).message).toMatch(/BUTTON_SECRET: .*(the example value|at least 16 characters)/);
    }
    // The demo keeps working with the example value.
    expect(parseConfig({ BUTTON_SECRET: DEFAULT_BUTTON_SECRET }).telegram.buttonSecret).toBe(DEFAULT_BUTTON_SECRET);
  });

  it('refuses a webhook without a secret (forged updates), in every mode', () => {
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: token, BUTTON_SECRET: secret, WEBHOOK_URL: 'https://bot.example.org/hook' })).toThrow(
      /WEBHOOK_SECRET: webhook mode needs a secret/,
    );
    expect(() => parseConfig({ APP_MODE: 'demo', TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: 'https://bot.example.org/hook' })).toThrow(/WEBHOOK_SECRET/);
    expect(() =>
      parseConfig({ TELEGRAM_BOT_TOKEN: token, BUTTON_SECRET: secret, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'short' }),
    ).toThrow(/WEBHOOK_SECRET: production needs at least 16/);
    const ok = parseConfig({
      TELEGRAM_BOT_TOKEN: token,
      BUTTON_SECRET: secret,
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: 'webhook_secret_0123456789',
    });
    expect(ok.telegram.webhookSecret).toBe('webhook_secret_0123456789');
  });
});
