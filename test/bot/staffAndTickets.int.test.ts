import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, createTestApp, PARENT, STAFF, STAFF_GROUP, type Harness } from './harness.ts';
import { reannounceTickets } from '../../bot/tickets/reannounceTickets.ts';
import type { App } from '../../src/app/createApp.ts';
import type { fixedClock } from '../../src/time/clock.ts';

let app: App & { clock: ReturnType<typeof fixedClock> };
let h: Harness;

beforeEach(async () => {
  app = await createTestApp();
  h = createHarness(app);
  await h.command('start');
  await h.press(h.button(PARENT.id, /同意/));
});

function ticketMessage() {
  const post = h.calls.find((c) => c.method === 'sendMessage' && c.payload.chat_id === STAFF_GROUP && /🎫 #\d+/.test(c.payload.text));
  if (!post) throw new Error('no ticket posted');
  return post;
}

describe('escalation to staff', () => {
  it('posts a ticket; a staff reply reaches the parent; the bot stays out while claimed; resolve hands back', async () => {
    await h.command('staff');
    const post = ticketMessage();
    expect(post.payload.text).toMatch(/中文/);
    expect(post.payload.reply_markup.inline_keyboard[0].map((b: any) => b.callback_data)).toEqual(['tc:1', 'tr:1']);
    const ticketMsgId = 500 + h.calls.filter((c) => ['sendMessage', 'sendVenue'].includes(c.method)).indexOf(post);
    const e = await app.escalation.get(1);
    expect(e?.groupChatId).toBe(STAFF_GROUP);
    expect(e?.groupMessageId).toBeGreaterThan(0);

    // Staff reply to the ticket message → the parent gets it, marked as from staff; the ticket is claimed.
    h.clear();
    await h.groupReply('您好，请问孩子现在体温多少？', { message_id: e!.groupMessageId!, text: post.payload.text });
    expect(h.lastTextTo(PARENT.id)).toBe('<b>👩‍🏫 工作人员回复：</b>您好，请问孩子现在体温多少？');
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    expect((await app.escalation.messages(1)).some((m) => m.author === 'staff')).toBe(true);
    expect(ticketMsgId).toBeGreaterThan(0);

    // While claimed: the parent's message goes to the ticket, the bot does not answer it.
    h.clear();
    await h.text('周六上午思明区有位置吗');
    const toParent = h.sentTo(PARENT.id).map((c) => c.payload.text as string);
    expect(toParent.join('\n')).not.toMatch(/空位/);
    expect(h.buttonsTo(PARENT.id).length).toBeGreaterThan(0); // earlier menus only
    const forwarded = h.sentTo(STAFF_GROUP).at(-1)!;
    expect(forwarded.payload.text).toMatch(/周六上午思明区有位置吗/);
    expect(forwarded.payload.reply_parameters.message_id).toBe(e!.groupMessageId);

    // Resolve → the parent is told, and the bot answers again.
    h.clear();
    await h.press('tr:1', STAFF, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('resolved');
    expect(h.lastTextTo(PARENT.id)).toMatch(/处理完/);
    expect(h.calls.some((c) => c.method === 'editMessageText' && c.payload.chat_id === STAFF_GROUP)).toBe(true);
    h.clear();
    await h.text('周六上午思明区有位置吗');
    expect(h.lastTextTo(PARENT.id)).toMatch(/空位|名额/);
  });

  it('a red flag while staff hold the ticket still gets 120 first and reaches the group marked urgent', async () => {
    await h.command('staff');
    await h.press('tc:1', STAFF, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    h.clear();
    await h.text('宝宝抽搐了叫不醒');
    const toParent = h.sentTo(PARENT.id).map((c) => c.payload.text as string).join('\n');
    expect(toParent).toMatch(/120/);
    expect(toParent).not.toMatch(/正在处理你的问题/);
    const group = h.sentTo(STAFF_GROUP).at(-1)!;
    expect(group.payload.text).toMatch(/紧急|URGENT/);
    expect(group.payload.text).toMatch(/宝宝抽搐了叫不醒/);
    expect((await app.escalation.get(1))?.reason).toBe('medical');
  });

  it('a red flag while the ticket is still unclaimed also gets 120 first and an urgent group message', async () => {
    await h.command('staff');
    h.clear();
    await h.text('my baby is not breathing');
    expect(h.sentTo(PARENT.id).map((c) => c.payload.text as string).join('\n')).toMatch(/120/);
    expect(h.sentTo(STAFF_GROUP).at(-1)!.payload.text).toMatch(/URGENT/);
  });

  it('claim button: staff only; the parent is told a person has the question', async () => {
    await h.command('staff');
    await h.press('tc:1', PARENT, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('open');
    h.clear();
    await h.press('tc:1', STAFF, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    expect(h.lastTextTo(PARENT.id)).toMatch(/工作人员已接手/);
  });

  it('group messages from non-staff are ignored; their commands refused politely', async () => {
    await h.command('staff');
    const e = await app.escalation.get(1);
    h.clear();
    await h.groupReply('I am not staff', { message_id: e!.groupMessageId!, text: '🎫 #1' }, { id: 4242, first_name: 'Random', language_code: 'en' });
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    await h.text('hello everyone', { id: 4242, first_name: 'Random', language_code: 'en' }, STAFF_GROUP);
    expect(h.calls).toHaveLength(0);
    await h.text('/today', { id: 4242, first_name: 'Random', language_code: 'en' }, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/staff only/);
  });

  it('re-announces unclaimed tickets after the configured time', async () => {
    await h.command('staff');
    h.clear();
    expect(await reannounceTickets(app, h.bot.api)).toBe(0);
    app.clock.advance(app.config.notifications.escalationReannounceMinutes * 60_000 + 1000);
    expect(await reannounceTickets(app, h.bot.api)).toBe(1);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/仍未认领/);
    const e = await app.escalation.get(1);
    expect(e?.lastAnnouncedAt?.getTime()).toBe(app.clock.now().getTime());
    // A reply to the new message routes too.
    await h.groupReply('我们来处理', { message_id: e!.groupMessageId!, text: '' });
    expect(h.lastTextTo(PARENT.id)).toMatch(/我们来处理/);
  });

  it('staff commands: /today, /roster with attendance buttons, /close, /tickets', async () => {
    // A booking on Saturday for the roster.
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('朵朵');
    await h.text('2025-03-01');
    const b = await app.db.pool.query('SELECT b.ref_code, b.session_id FROM bookings b WHERE parent_id = $1', [PARENT.id]);
    const { ref_code: ref, session_id: sessionId } = b.rows[0];

    h.clear();
    await h.text('/today', STAFF, STAFF_GROUP);
    expect(h.sentTo(STAFF_GROUP).length).toBeGreaterThan(0);
    h.clear();
    await h.text('/roster 2026-12-05', STAFF, STAFF_GROUP);
    const withRef = h.sentTo(STAFF_GROUP).find((c) => (c.payload.text as string).includes(ref))!;
    expect(withRef).toBeTruthy();
    const attendButtons = withRef.payload.reply_markup.inline_keyboard.flat().map((x: any) => x.callback_data);
    expect(attendButtons).toContain(`at:${ref}:a`);
    await h.text('/roster someday', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/Usage/);

    await h.text('/tickets', STAFF);
    expect(h.lastTextTo(STAFF.id)).toMatch(/No open tickets|没有/);

    h.clear();
    await h.text(`/close ${sessionId} 台风停课`, STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/已关闭.*1 个预约/);
    const st = await app.db.pool.query('SELECT status FROM bookings WHERE ref_code = $1', [ref]);
    expect(st.rows[0].status).toBe('cancelled');
    const outbox = await app.db.pool.query("SELECT kind FROM outbox WHERE chat_id = $1", [PARENT.id]);
    expect(outbox.rows.map((r) => r.kind)).toContain('session_closed');
  });
});
