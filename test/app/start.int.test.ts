import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../bot/fakeBotApi.ts';
import { BOT_INFO } from '../bot/harness.ts';


describe('npm start with a bot token', () => {
  it('runs the Telegram bot against the configured Bot API root, answers a parent, and stops cleanly on SIGTERM', async () => {
    const api = await startFakeBotApi({ botInfo: BOT_INFO });
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: '123456:TEST-token-for-the-fake-bot-api',
        TELEGRAM_API_ROOT: api.apiRoot,
        DATABASE_URL: '',
        DATA_DIR: 'memory://',
        OPENAI_API_KEY: '',
        WEBHOOK_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      // Polling starts after the webhook is removed (getUpdates is recorded when a long poll returns).
      await api.waitFor((calls) => calls.some((c) => c.method === 'deleteWebhook'), 90_000).catch((e) => {
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
      expect(String(reply.payload.text)).toMatch(/空位|名额|位置/);
      expect(api.calls.some((c) => c.method === 'setMyCommands')).toBe(true);
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
      env: { ...process.env, TELEGRAM_BOT_TOKEN: '', DATABASE_URL: '', DATA_DIR: 'memory://', OPENAI_API_KEY: '', LOG_LEVEL: 'warn' },
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
    expect(out).toContain('[#1 预约 1]');
    expect(out).toContain('先登记一下孩子');
  }, 180_000);
});
