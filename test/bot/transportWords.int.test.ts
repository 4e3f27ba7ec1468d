import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, createTestApp, memoryLogger, PARENT, type Harness } from './harness.ts';
import type { App } from '../../src/app/createApp.ts';
import type { fixedClock } from '../../src/time/clock.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { DomainError } from '../../src/errors/DomainError.ts';
import type { ConversationCore } from '../../src/conversation/types.ts';
import { maskId } from '../../bot/middlewares/maskId.ts';

/** A parent whose Telegram app is set to English but who writes Chinese. */
const ZH_WRITER = { id: 1201, first_name: '阿明', language_code: 'en' };
/** A parent from Taiwan: app in English, writes Traditional Chinese. */
const HANT_WRITER = { id: 1202, first_name: '小安', language_code: 'en' };

let app: App & { clock: ReturnType<typeof fixedClock> };
let h: Harness;

beforeEach(async () => {
  app = await createTestApp({ USER_MESSAGES_PER_MINUTE: '6' });
  h = createHarness(app);
});

const sticker = (from: { id: number; first_name: string; language_code: string }) =>
  h.raw({
    message: {
      message_id: 9,
      date: 1,
      chat: { id: from.id, type: 'private', first_name: 'x' },
      from: { ...from, is_bot: false },
      sticker: { file_id: 'f', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false },
    },
  } as any);

describe('the transport speaks the language and script the parent writes in', () => {
  it('stickers, unknown commands, "too long" and the rate-limit notice follow what the parent wrote, not the Telegram app language', async () => {
    await h.text('你好，周六有位置吗', ZH_WRITER);
    h.clear();
    await sticker(ZH_WRITER);
    expect(h.lastTextTo(ZH_WRITER.id)).toBe(words('zh').bot.unsupported);
    await h.command('whatisthis', ZH_WRITER);
    expect(h.lastTextTo(ZH_WRITER.id)).toMatch(/^没有这个命令/);
    await h.text('托'.repeat(2500), ZH_WRITER);
    expect(h.lastTextTo(ZH_WRITER.id)).toBe(words('zh').bot.tooLong);
    // The seventh message in a minute: one notice, in Chinese.
    for (let i = 0; i < 3; i++) await h.command('help', ZH_WRITER);
    expect(h.lastTextTo(ZH_WRITER.id)).toBe(words('zh').bot.rateLimited);
  });

  it('a parent who writes Traditional Chinese gets the transport’s words in Traditional', async () => {
    await h.text('請問這週六上午有位置嗎', HANT_WRITER);
    h.clear();
    await sticker(HANT_WRITER);
    expect(h.lastTextTo(HANT_WRITER.id)).toBe('抱歉，我只能看懂文字、圖片說明和位置。請用文字告訴我需要什麼，或發送 /help。');
    await h.command('privacy', HANT_WRITER);
    expect(h.lastTextTo(HANT_WRITER.id)).toMatch(/我們保存/);
  });

  it('one form of address (你) and one main menu: /start and /help show the conversation’s own menu buttons', async () => {
    await h.command('start');
    await h.press(h.button(PARENT.id, /同意/));
    for (const cmd of ['help', 'privacy', 'forget', 'lang']) await h.command(cmd);
    app.clock.advance(61_000); // past this file's rate limit
    for (const c of h.sentTo(PARENT.id)) expect(c.payload.text, c.payload.text).not.toMatch(/您/);
    const m = words('zh').menu;
    const menu = [m.findPlaces, m.nearest, m.myBookings, m.myChildren, m.talkToStaff, m.otherLanguage];
    h.clear();
    await h.command('help');
    const helpLabels = h
      .sentTo(PARENT.id)[0]!
      .payload.reply_markup.inline_keyboard.flat()
      .map((b: any) => b.text);
    expect(helpLabels).toEqual(menu);
    // The conversation's own answer that ends with the menu shows the same buttons.
    h.clear();
    app.clock.advance(61_000);
    await h.text('你能做什么');
    const coreLabels = h
      .buttonsTo(PARENT.id)
      .slice(-6)
      .map((b) => b.text);
    expect(coreLabels).toEqual(menu);
  });

  it('a photo’s caption is read as the parent’s words', async () => {
    await h.command('start');
    await h.press(h.button(PARENT.id, /同意/));
    h.clear();
    await h.raw({
      message: {
        message_id: 77,
        date: 1,
        chat: { id: PARENT.id, type: 'private', first_name: 'x' },
        from: { ...PARENT, is_bot: false },
        photo: [{ file_id: 'p', file_unique_id: 'pu', width: 90, height: 90 }],
        caption: '这周六上午思明区有位置吗',
      },
    } as any);
    expect(h.lastTextTo(PARENT.id)).toMatch(/空位|名额/);
    // Without a caption a photo is still politely declined.
    await h.raw({
      message: {
        message_id: 78,
        date: 1,
        chat: { id: PARENT.id, type: 'private', first_name: 'x' },
        from: { ...PARENT, is_bot: false },
        photo: [{ file_id: 'p', file_unique_id: 'pu', width: 90, height: 90 }],
      },
    } as any);
    expect(h.lastTextTo(PARENT.id)).toBe(words('zh').bot.unsupported);
  });

  it('a venue pin that fails after a booking is logged; the parent is not sent an apology after "booked"', async () => {
    const { logger, lines } = memoryLogger();
    h = createHarness(
      { ...app, logger },
      { fail: (c) => (c.method === 'sendVenue' ? { error_code: 400, description: 'Bad Request: wrong coordinates' } : undefined) },
    );
    await h.command('start');
    await h.press(h.button(PARENT.id, /同意/));
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('朵朵');
    h.clear();
    await h.text('2025-03-01');
    const texts = h
      .sentTo(PARENT.id)
      .filter((c) => c.method === 'sendMessage')
      .map((c) => c.payload.text as string);
    expect(texts.at(-1)).toMatch(/预约成功/);
    expect(texts.join('\n')).not.toMatch(/抱歉|Sorry/);
    expect(lines.some((l) => /venue pin could not be sent/.test(l.msg))).toBe(true);
    expect(lines.some((l) => l.msg === 'update failed')).toBe(false);
  });
});

describe('privacy in logs and stored state', () => {
  it('ids in logs are a keyed hash of at least 64 bits; no log line carries a raw Telegram id, even from a domain error', async () => {
    const a = maskId('secret-one-123', PARENT.id)!;
    expect(a).toMatch(/^[0-9a-f]{16,}$/);
    expect(maskId('secret-two-456', PARENT.id)).not.toBe(a);
    expect(maskId('secret-one-123', PARENT.id)).toBe(a);

    const { logger, lines } = memoryLogger();
    const failing: ConversationCore = {
      handleTurn: async () => {
        throw new DomainError('NOT_STAFF', { telegramUserId: PARENT.id, parentId: PARENT.id });
      },
    };
    h = createHarness({ ...app, logger, core: failing });
    await h.text('你好');
    await h.command('help');
    expect(lines.some((l) => l.msg === 'update failed')).toBe(true);
    const all = JSON.stringify(lines);
    expect(all).not.toContain(String(PARENT.id));
    expect(lines.find((l) => l.user)?.user).toBe(maskId(app.config.telegram.logHashSecret, PARENT.id));
  });

  it('a shared location is not stored exactly with the conversation: about a kilometre at most', async () => {
    await h.command('start');
    await h.press(h.button(PARENT.id, /同意/));
    await h.location(24.481234, 118.091234);
    const r = await app.db.pool.query(`SELECT data FROM conversation_turns WHERE user_id = $1 AND data IS NOT NULL`, [PARENT.id]);
    const stored = JSON.stringify(r.rows.map((x) => x.data));
    expect(stored).not.toContain('24.481234');
    expect(stored).not.toContain('118.091234');
    expect(stored).toContain('24.48');
  });
});
