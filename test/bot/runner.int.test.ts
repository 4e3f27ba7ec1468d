import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { runBot, type BotHandle } from '../../bot/run.ts';
import { BOT_INFO, createTestApp, PARENT } from './harness.ts';
import { startFakeBotApi, type FakeBotApi } from './fakeBotApi.ts';
import type { App } from '../../src/app/createApp.ts';

let api: FakeBotApi | undefined;
let handle: BotHandle | undefined;

afterEach(async () => {
  await handle?.stop();
  await api?.close();
});

function textUpdate(updateId: number, text: string, from = PARENT): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from: { ...from, is_bot: false },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  } as Update;
}

describe('long polling through the runner against a local Bot API server', () => {
  it('registers commands, answers updates in order per chat, confirms offsets, and stops cleanly', async () => {
    api = await startFakeBotApi({ botInfo: BOT_INFO });
    const base = await createTestApp({ TELEGRAM_API_ROOT: 'http://placeholder.invalid' });
    const app: App = { ...base, config: { ...base.config, telegram: { ...base.config.telegram, apiRoot: api.apiRoot } } };
    handle = await runBot(app, { handleSignals: false, closeDatabase: false, pollTimeoutSeconds: 1 });
    expect(handle.mode).toBe('polling');

    const commandCalls = api.calls.filter((c) => c.method === 'setMyCommands');
    expect(commandCalls.map((c) => c.payload.language_code)).toEqual(expect.arrayContaining(['zh', 'en']));
    expect(api.calls.some((c) => c.method === 'deleteWebhook')).toBe(true);

    api.push(textUpdate(100, '/help'), textUpdate(101, '/privacy'), textUpdate(102, '/help', { id: 1003, first_name: 'B', language_code: 'en' }));
    await api.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length >= 3);
    const toParent = api.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === PARENT.id);
    expect(toParent[0]!.payload.text).toMatch(/mybookings/); // /help first …
    expect(toParent[1]!.payload.text).toMatch(/forget/); // … then /privacy
    // The runner confirms what it received on its next poll.
    await new Promise((r) => setTimeout(r, 100));
    expect(api.confirmedOffset()).toBeGreaterThanOrEqual(103);

    await handle.stop();
    handle = undefined;
    // Stopped: nothing more is handled.
    const before = api.calls.length;
    api.push(textUpdate(103, '/help'));
    await new Promise((r) => setTimeout(r, 200));
    expect(api.calls.length).toBe(before);
    // The database stays usable (closeDatabase: false) for the next test file.
    await app.db.pool.query('SELECT 1');
  });
});
