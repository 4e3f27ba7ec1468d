import { describe, expect, it } from 'vitest';
import { Api } from 'grammy';
import { createTelegramSender } from '../../bot/createTelegramSender.ts';

type Reply = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, number> } | Error;

/** grammY's Api with a transformer in place of the network: records calls, answers from a script. */
function fakeApi(script: (chatId: number) => Reply) {
  const calls: Array<{ method: string; payload: Record<string, any> }> = [];
  const api = new Api('123456:TEST-TOKEN-abcdefghijklmnopqrstu');
  api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, any>;
    calls.push({ method, payload: p });
    const reply = script(p.chat_id);
    if (reply instanceof Error) throw reply;
    return reply as any;
  });
  return { api, calls };
}

const message = (chatId: number, withButtons = true) => ({
  chatId,
  outboxId: 1,
  kind: 'reminder',
  text: '⏰ <b>明天的预约提醒</b>',
  ...(withButtons
    ? {
        buttons: [
          [
            { text: '✅ 会按时到', data: '1.k.5~abcdefgh' },
            { text: '❌ 取消预约', data: '1.c.5~abcdefgh' },
          ],
        ],
      }
    : {}),
});

const sentMessage = (chatId: number, id: number) => ({
  ok: true as const,
  result: { message_id: id, date: 1764036000, chat: { id: chatId, type: 'private', first_name: 'A' }, text: '⏰ 明天的预约提醒' },
});

describe('createTelegramSender', () => {
  it('sends HTML with an inline keyboard and returns the message id', async () => {
    const { api, calls } = fakeApi((chat) => sentMessage(chat, 77));
    const r = await createTelegramSender(api)(message(1001));
    expect(r).toEqual({ ok: true, messageId: 77 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('sendMessage');
    expect(calls[0]!.payload).toMatchObject({
      chat_id: 1001,
      text: '⏰ <b>明天的预约提醒</b>',
      parse_mode: 'HTML',
      reply_markup: {
        inline_keyboard: [
          [
            { text: '✅ 会按时到', callback_data: '1.k.5~abcdefgh' },
            { text: '❌ 取消预约', callback_data: '1.c.5~abcdefgh' },
          ],
        ],
      },
    });
    await createTelegramSender(api)(message(1002, false));
    expect(calls[1]!.payload.reply_markup).toBeUndefined();
  });

  it('maps 429 to retry_after, 403 and 400 to permanent, 5xx and network failures to retryable', async () => {
    const { api } = fakeApi((chat) => {
      switch (chat) {
        case 1:
          return { ok: false, error_code: 429, description: 'Too Many Requests: retry after 12', parameters: { retry_after: 12 } };
        case 2:
          return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
        case 3:
          return { ok: false, error_code: 400, description: 'Bad Request: chat not found' };
        case 4:
          return { ok: false, error_code: 403, description: 'Forbidden: user is deactivated' };
        case 5:
          return { ok: false, error_code: 502, description: 'Bad Gateway' };
        default:
          return new Error('ECONNRESET');
      }
    });
    const send = createTelegramSender(api);
    expect(await send(message(1))).toMatchObject({ ok: false, permanent: false, retryAfterSeconds: 12 });
    expect(await send(message(2))).toMatchObject({ ok: false, permanent: true, description: expect.stringContaining('blocked') });
    expect(await send(message(3))).toMatchObject({ ok: false, permanent: true, description: expect.stringContaining('chat not found') });
    expect(await send(message(4))).toMatchObject({ ok: false, permanent: true });
    const bad = await send(message(5));
    expect(bad).toMatchObject({ ok: false, permanent: false });
    expect(bad).not.toHaveProperty('retryAfterSeconds');
    expect(await send(message(6))).toMatchObject({ ok: false, permanent: false, description: expect.stringContaining('ECONNRESET') });
  });

  it('follows a group that became a supergroup', async () => {
    const { api, calls } = fakeApi((chat) =>
      chat === -100
        ? { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -1009999 } }
        : sentMessage(chat, 5),
    );
    expect(await createTelegramSender(api)(message(-100, false))).toEqual({ ok: true, messageId: 5 });
    expect(calls.map((c) => c.payload.chat_id)).toEqual([-100, -1009999]);
  });
});
