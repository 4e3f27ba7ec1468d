import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/config.ts';

describe('config', () => {
  it('has working defaults with an empty environment', () => {
    const c = parseConfig({});
    expect(c.timeZone).toBe('Asia/Shanghai');
    expect(c.database).toEqual({ url: undefined, dataDir: './data' });
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
});
