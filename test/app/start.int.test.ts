import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../bot/fakeBotApi.ts';
import { BOT_INFO } from '../bot/harness.ts';

/** Runs `npm start` to completion (for starts that must be refused). */
function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

const TOKEN = '123456:TEST-token-for-the-fake-bot-api';
/** No .env, no inherited mode or secrets: what a fresh server sees. */
const bare = { ...process.env, APP_MODE: '', BUTTON_SECRET: '', WEBHOOK_URL: '', WEBHOOK_SECRET: '', DATABASE_URL: '', OPENAI_API_KEY: '' };

describe('npm start in production (issue 10 items 2, 3, 12)', () => {
  it('refuses a bot token with the example button secret, and a webhook without a secret, naming what to set', async () => {
    const noSecret = await runStart({ ...bare, TELEGRAM_BOT_TOKEN: TOKEN, DATA_DIR: 'memory://' });
    expect(noSecret.code, noSecret.stderr).toBe(2);
    expect(noSecret.stderr).toContain('Invalid configuration for production (APP_MODE=production)');
    expect(noSecret.stderr).toContain('BUTTON_SECRET');
    expect(noSecret.stderr).not.toContain('    at ');

    const webhook = await runStart({
      ...bare,
      TELEGRAM_BOT_TOKEN: TOKEN,
      DATA_DIR: 'memory://',
      BUTTON_SECRET: 'production-button-secret-0123',
      WEBHOOK_URL: 'https://bot.example.org/telegram',
    });
    expect(webhook.code, webhook.stderr).toBe(2);
    expect(webhook.stderr).toContain('WEBHOOK_SECRET: webhook mode needs a secret');
  }, 120_000);
});

describe('npm start with a bot token', () => {
  it('runs the Telegram bot in production mode against the configured Bot API root, says what runs, answers a parent, and stops cleanly on SIGTERM', async () => {
    const api = await startFakeBotApi({ botInfo: BOT_INFO });
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: {
        ...bare,
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: api.apiRoot,
        DATA_DIR: 'memory://',
        BUTTON_SECRET: 'production-button-secret-0123',
        STAFF_USER_IDS: '7001',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      // Polling starts after the webhook is removed (getUpdates is recorded when a long poll returns).
      await api
        .waitFor((calls) => calls.some((c) => c.method === 'deleteWebhook'), 90_000)
        .catch((e) => {
          throw new Error(`${e.message}: ${api.calls.map((c) => c.method).join(',')} stderr: ${stderr}`);
        });
      api.push({
        update_id: 1,
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: 4242, type: 'private', first_name: 'Mei' },
          from: { id: 4242, is_bot: false, first_name: 'Mei', language_code: 'zh-hans' },
          text: '这周六上午湖里有位置吗',
        },
      });
      await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage' && c.payload.chat_id === 4242), 60_000);
      const reply = api.calls.find((c) => c.method === 'sendMessage' && c.payload.chat_id === 4242)!;
      expect(String(reply.payload.text).length).toBeGreaterThan(0);
      expect(api.calls.some((c) => c.method === 'setMyCommands')).toBe(true);
      // One line says what is running (no password: none to show here), and the empty
      // production database says how to load points instead of being seeded with the demo.
      expect(stderr).toContain('assistant running: production mode, embedded PGlite (in memory), offline brain, Telegram long polling');
      expect(stderr).toContain('npm run points:import -- FILE');
      expect(stderr).not.toContain('demo data ready');
    } finally {
      child.kill('SIGTERM');
      const code = await exited;
      await api.close();
      expect(code, stderr).toBe(0);
    }
  }, 180_000);
});

describe('npm start without a token', () => {
  it('opens the terminal chat over the same core, with buttons as numbered choices', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...bare, TELEGRAM_BOT_TOKEN: '', DATA_DIR: 'memory://', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.stdin.write('这周六上午湖里有位置吗\n#1\n/quit\n');
    child.stdin.end();
    const code = await exited;
    expect(code, err).toBe(0);
    expect(err).toContain('terminal chat');
    expect(err).toContain('Ready: demo mode, embedded PGlite (in memory), offline brain, terminal chat.');
    expect(out).toContain('[#1 预约 1]');
    expect(out).toContain('先登记一下孩子');
  }, 180_000);
});
