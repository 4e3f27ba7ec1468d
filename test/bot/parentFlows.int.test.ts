import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, createTestApp, PARENT, PARENT_EN, type Harness } from './harness.ts';
import type { App } from '../../src/app/createApp.ts';

let app: App;
let h: Harness;

beforeEach(async () => {
  app = await createTestApp();
  h = createHarness(app);
});

async function consent() {
  await h.command('start');
  await h.press(h.button(PARENT.id, /同意/));
}

describe('parents in a private chat', () => {
  it('/start greets in the parent language with a one-line privacy notice, a consent button and the menu; consent is recorded', async () => {
    await h.command('start');
    const greeting = h.sentTo(PARENT.id)[0]!.payload;
    expect(greeting.parse_mode).toBe('HTML');
    expect(greeting.text).toMatch(/你好/);
    expect(greeting.text).not.toMatch(/您/);
    expect(greeting.text).toMatch(/隐私说明/);
    const labels = h.buttonsTo(PARENT.id).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(['✅ 同意并继续', '🔍 找周末托育名额', '📋 我的预约']));
    for (const b of h.buttonsTo(PARENT.id)) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    await h.press(h.button(PARENT.id, /同意/));
    const r = await app.db.pool.query('SELECT consent_at FROM parents WHERE id = $1', [PARENT.id]);
    expect(r.rows[0].consent_at).not.toBeNull();
    expect(h.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);

    await h.command('start', PARENT_EN);
    expect(h.lastTextTo(PARENT_EN.id)).toMatch(/^Hello Anna/);
  });

  it('books a place through buttons: search → book → register the child → confirmation with a reference code and a venue pin', async () => {
    await consent();
    await h.command('book');
    expect(h.lastTextTo(PARENT.id)).toMatch(/空位/);
    await h.press(h.button(PARENT.id, /^预约 1$/));
    expect(h.lastTextTo(PARENT.id)).toMatch(/登记/);
    await h.text('朵朵');
    h.clear();
    await h.text('2025-03-01');
    const sent = h.sentTo(PARENT.id);
    const confirmation = sent.find((c) => c.method === 'sendMessage')!.payload.text as string;
    expect(confirmation).toMatch(/预约成功/);
    const ref = /【([A-Z0-9]{4,10})】/.exec(confirmation)?.[1];
    expect(ref).toBeTruthy();
    const venue = sent.find((c) => c.method === 'sendVenue');
    expect(venue?.payload.title).toMatch(/服务点/);
    const b = await app.db.pool.query('SELECT status FROM bookings WHERE ref_code = $1', [ref]);
    expect(b.rows[0].status).toBe('confirmed');
  });

  it('cancels from "my bookings" only after confirmation, freeing the place', async () => {
    await consent();
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('朵朵');
    await h.text('2025-03-01');
    const booking = await app.db.pool.query('SELECT b.id, s.booked FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.parent_id = $1', [PARENT.id]);
    const bookedBefore = booking.rows[0].booked;

    await h.command('mybookings');
    await h.press(h.button(PARENT.id, /^取消 /));
    expect(h.lastTextTo(PARENT.id)).toMatch(/确定要取消/);
    let st = await app.db.pool.query('SELECT status FROM bookings WHERE id = $1', [booking.rows[0].id]);
    expect(st.rows[0].status).toBe('confirmed');

    await h.press(h.button(PARENT.id, /确认取消/));
    st = await app.db.pool.query('SELECT b.status, s.booked FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.id = $1', [booking.rows[0].id]);
    expect(st.rows[0].status).toBe('cancelled');
    expect(st.rows[0].booked).toBe(bookedBefore - 1);
  });

  it('a shared location finds the nearest places, with distances', async () => {
    await consent();
    h.clear();
    await h.location(24.48, 118.09);
    const text = h.lastTextTo(PARENT.id);
    expect(text).toMatch(/按距离从近到远/);
    expect(text).toMatch(/公里/);
    expect(h.buttonsTo(PARENT.id).some((b) => /^预约/.test(b.text))).toBe(true);
  });

  it('offers a "share location" reply keyboard when the core asks for a location', async () => {
    await consent();
    h.clear();
    await h.press(h.button(PARENT.id, /找离我最近|附近/));
    const withKeyboard = h.sentTo(PARENT.id).find((c) => c.payload.reply_markup?.keyboard);
    expect(withKeyboard?.payload.reply_markup.keyboard[0][0]).toMatchObject({ request_location: true });
  });

  it('escapes HTML in what the parent typed when it is echoed back', async () => {
    await consent();
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('<b>朵朵</b>&');
    const texts = h.sentTo(PARENT.id).map((c) => c.payload.text as string);
    for (const t of texts) expect(t).not.toMatch(/<b>朵朵/);
  });

  it('stale and forged buttons get "this button has expired" and the current options', async () => {
    await consent();
    const real = h.button(PARENT.id, /我的预约/);
    h.clear();
    await h.press(real.replace(/~.*$/, '~AAAAAAAA'));
    expect(h.lastTextTo(PARENT.id)).toMatch(/失效/);
    expect(h.buttonsTo(PARENT.id).length).toBeGreaterThan(0);
    h.clear();
    await h.press('0.mb~oldversion');
    expect(h.lastTextTo(PARENT.id)).toMatch(/失效/);
    h.clear();
    // Another parent's button.
    await h.press(real, PARENT_EN);
    expect(h.lastTextTo(PARENT_EN.id)).toMatch(/expired|失效/);
    expect(h.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
  });

  it('staff commands are refused politely to parents, with no effect', async () => {
    await consent();
    h.clear();
    for (const cmd of ['/today', '/roster 2026-12-05', '/close 1 rain', '/tickets', '/attend ABCD12']) {
      await h.text(cmd);
      expect(h.lastTextTo(PARENT.id)).toMatch(/仅供工作人员|只供工作人员/);
    }
    const s = await app.db.pool.query('SELECT status FROM sessions WHERE id = 1');
    expect(s.rows[0].status).toBe('open');
    // And a staff button pressed by a parent does nothing.
    await h.press('tr:1');
    expect(h.calls.at(-1)).toMatchObject({ method: 'answerCallbackQuery', payload: { show_alert: true } });
  });

  it('/privacy, /help, /lang and unsupported messages get short answers', async () => {
    await consent();
    await h.command('privacy');
    expect(h.lastTextTo(PARENT.id)).toMatch(/forget/);
    await h.command('help');
    expect(h.lastTextTo(PARENT.id)).toMatch(/mybookings/);
    await h.command('lang en');
    expect(h.lastTextTo(PARENT.id)).toMatch(/English/);
    await h.raw({
      message: {
        message_id: 9,
        date: 1,
        chat: { id: PARENT.id, type: 'private', first_name: 'x' },
        from: { ...PARENT, is_bot: false },
        sticker: { file_id: 'f', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false },
      },
    } as any);
    // After /lang en the transport's own words follow the language the parent chose.
    expect(h.lastTextTo(PARENT.id)).toMatch(/text, photo captions and locations/);
    await h.raw({
      edited_message: {
        message_id: 9,
        date: 1,
        edit_date: 2,
        chat: { id: PARENT.id, type: 'private', first_name: 'x' },
        from: { ...PARENT, is_bot: false },
        text: 'edited',
      },
    } as any);
    expect(h.lastTextTo(PARENT.id)).toMatch(/edited messages/);
    h.clear();
    await h.raw({ channel_post: { message_id: 9, date: 1, chat: { id: -1009, type: 'channel', title: 'c' }, text: 'post' } } as any);
    expect(h.calls).toHaveLength(0);
  });

  it('a huge text is cut, not crashed on', async () => {
    await consent();
    h.clear();
    await h.text('托'.repeat(5000));
    expect(h.sentTo(PARENT.id).length).toBeGreaterThanOrEqual(2);
    for (const c of h.sentTo(PARENT.id)) expect((c.payload.text as string).length).toBeLessThanOrEqual(4096);
  });
});
