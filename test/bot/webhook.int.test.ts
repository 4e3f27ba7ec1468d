import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { runBot, WebhookSecretMissingError, type BotHandle } from '../../bot/run.ts';
import { BOT_INFO, createTestApp, STAFF, STAFF_GROUP } from './harness.ts';
import { startFakeBotApi, type FakeBotApi } from './fakeBotApi.ts';
import type { App } from '../../src/app/createApp.ts';

const SECRET = 'webhook-secret-for-tests_0123456789';

let api: FakeBotApi | undefined;
let handle: BotHandle | undefined;

afterEach(async () => {
  await handle?.stop();
  handle = undefined;
  await api?.close();
  api = undefined;
});

/** A staff member closing session 1 in the staff group: what a forger would send. */
function closeSessionUpdate(updateId: number): Update {
  const text = '/close 1 forged closure';
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: STAFF_GROUP, type: 'supergroup', title: 'Staff' },
      from: { ...STAFF, is_bot: false },
      text,
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  } as Update;
}

async function webhookApp(secret: string | undefined): Promise<App> {
  api = await startFakeBotApi({ botInfo: BOT_INFO });
  const base = await createTestApp();
  return {
    ...base,
    config: {
      ...base.config,
      telegram: { ...base.config.telegram, apiRoot: api.apiRoot, webhookUrl: 'https://bot.example.org/tg/hook', webhookSecret: secret, port: 0 },
    },
  };
}

async function post(port: number, update: Update, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/tg/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(update),
  });
  await res.text();
  return res.status;
}

describe('webhook mode', () => {
  it('refuses every request without the secret token (401) and changes nothing; the real one is handled', async () => {
    const app = await webhookApp(SECRET);
    handle = await runBot(app, { handleSignals: false, closeDatabase: false });
    expect(handle.mode).toBe('webhook');
    expect(api!.calls.find((c) => c.method === 'setWebhook')?.payload.secret_token).toBe(SECRET);
    const port = handle.port!;
    const state = async () => ({
      session: (await app.db.pool.query('SELECT status FROM sessions WHERE id = 1')).rows[0].status,
      updates: (await app.db.pool.query('SELECT count(*)::int AS n FROM processed_updates')).rows[0].n,
      sends: api!.calls.filter((c) => c.method === 'sendMessage').length,
    });
    const before = await state();
    expect(before.session).toBe('open');

    expect(await post(port, closeSessionUpdate(900))).toBe(401);
    expect(await post(port, closeSessionUpdate(901), { 'X-Telegram-Bot-Api-Secret-Token': 'guess' })).toBe(401);
    expect(await post(port, closeSessionUpdate(902), { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).toBe(401);
    expect(await post(port, closeSessionUpdate(903), { 'X-Telegram-Bot-Api-Secret-Token': '' })).toBe(401);
    expect(await state()).toEqual(before);

    // Telegram itself (with the secret) is served.
    expect(await post(port, closeSessionUpdate(904), { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).toBe(200);
    await api!.waitFor((calls) => calls.some((c) => c.method === 'sendMessage' && c.payload.chat_id === STAFF_GROUP));
    expect((await state()).session).toBe('cancelled');
  });

  it('will not start a webhook without a secret, whatever built the config', async () => {
    const app = await webhookApp(undefined);
    await expect(runBot(app, { handleSignals: false, closeDatabase: false })).rejects.toBeInstanceOf(WebhookSecretMissingError);
    expect(api!.calls.some((c) => c.method === 'setWebhook')).toBe(false);
  });
});
