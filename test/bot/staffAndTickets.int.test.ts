import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, createTestApp, PARENT, PARENT_EN, STAFF, STAFF_GROUP, type Harness, type RecordedCall } from './harness.ts';
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

/** Ticket messages posted in the staff group (through the outbox), in order. */
function groupPosts(match: RegExp = /🎫 #\d+/): RecordedCall[] {
  return h.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === STAFF_GROUP && match.test(c.payload.text));
}

/** Every page of a roster: /roster, then the Next button until the last page (each shown in the same message). */
async function rosterPages(date: string): Promise<Array<Record<string, any>>> {
  h.clear();
  await h.text(`/roster ${date}`, STAFF, STAFF_GROUP);
  expect(h.sentTo(STAFF_GROUP)).toHaveLength(1);
  const pages = [h.sentTo(STAFF_GROUP)[0]!.payload];
  for (let i = 0; i < 30; i++) {
    const next = (pages.at(-1)!.reply_markup?.inline_keyboard ?? []).flat().find((b: any) => /^rp:/.test(b.callback_data) && /Next/.test(b.text));
    if (!next) break;
    h.clear();
    await h.press(next.callback_data, STAFF, STAFF_GROUP);
    // The page is shown in the same message: no new group message.
    expect(h.sentTo(STAFF_GROUP)).toHaveLength(0);
    pages.push(h.calls.find((c) => c.method === 'editMessageText')!.payload);
  }
  return pages;
}

async function openTicket(from = PARENT): Promise<RecordedCall> {
  await h.command('staff', from);
  await h.deliver();
  const post = groupPosts(/🎫 #\d+/).at(-1);
  if (!post) throw new Error('no ticket posted');
  return post;
}

describe('tickets reach staff through the outbox only', () => {
  it('posts a ticket; a staff reply reaches the parent with the staff member’s name; while claimed the bot says nothing; resolve hands back', async () => {
    // Nothing reaches the group until the outbox worker runs: the transport posts no ticket itself.
    await h.command('staff');
    expect(h.sentTo(STAFF_GROUP)).toHaveLength(0);
    expect((await app.db.pool.query(`SELECT kind FROM outbox WHERE chat_id = $1`, [STAFF_GROUP])).rows.map((r) => r.kind)).toEqual(['escalation_announce']);
    await h.deliver();
    const post = groupPosts()[0]!;
    expect(post.payload.text).toMatch(/中文/);
    expect(post.payload.reply_markup.inline_keyboard[0].map((b: any) => b.callback_data)).toEqual(['tc:1', 'tr:1']);
    const e = await app.escalation.get(1);
    expect(e?.groupChatId).toBe(STAFF_GROUP);
    expect(e?.groupMessageId).toBe(post.messageId);

    // Staff reply → the parent reads it under the staff member's own name (not "staff 9001"); the ticket is claimed.
    h.clear();
    await h.groupReply('你好，请问孩子现在体温多少？', post);
    const toParent = h.sentTo(PARENT.id).map((c) => c.payload.text as string);
    expect(toParent[0]).toMatch(/工作人员王老师已接手你的问题/);
    expect(toParent[1]).toBe('<b>👩‍🏫 王老师（工作人员）：</b>你好，请问孩子现在体温多少？');
    expect(toParent.join('\n')).not.toMatch(/staff 9001/);
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    expect((await app.escalation.get(1))?.claimedByName).toBe('王老师');

    // While claimed: the parent's message goes to the group under the ticket, and the bot sends the parent nothing.
    h.clear();
    await h.text('周六上午思明区有位置吗');
    await h.deliver();
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    expect(h.calls.some((c) => c.method === 'setMessageReaction' && c.payload.chat_id === PARENT.id)).toBe(true);
    const forwarded = h.sentTo(STAFF_GROUP).at(-1)!;
    expect(forwarded.payload.text).toMatch(/周六上午思明区有位置吗/);
    expect(forwarded.payload.reply_parameters.message_id).toBe(e!.groupMessageId);
    // A second follow-up: still nothing to the parent.
    h.clear();
    await h.text('还在吗？');
    await h.deliver();
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/还在吗/);

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
    await openTicket();
    await h.press('tc:1', STAFF, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    h.clear();
    await h.text('宝宝抽搐了叫不醒');
    const toParent = h
      .sentTo(PARENT.id)
      .map((c) => c.payload.text as string)
      .join('\n');
    expect(toParent).toMatch(/120/);
    expect(toParent).not.toMatch(/正在处理你的问题/);
    await h.deliver();
    const group = h.sentTo(STAFF_GROUP);
    expect(group).toHaveLength(1);
    expect(group[0]!.payload.text).toMatch(/紧急|URGENT/);
    expect(group[0]!.payload.text).toMatch(/宝宝抽搐了叫不醒/);
    expect((await app.escalation.get(1))?.reason).toBe('medical');
  });

  it('a red flag while the ticket is still unclaimed also gets 120 first and one urgent group message', async () => {
    await openTicket();
    h.clear();
    await h.text('my baby is not breathing');
    expect(
      h
        .sentTo(PARENT.id)
        .map((c) => c.payload.text as string)
        .join('\n'),
    ).toMatch(/120/);
    await h.deliver();
    expect(h.sentTo(STAFF_GROUP)).toHaveLength(1);
    expect(h.sentTo(STAFF_GROUP)[0]!.payload.text).toMatch(/URGENT/);
  });

  it('claim button: staff only; the parent is told, by name, who has the question (in their script)', async () => {
    await openTicket();
    await h.press('tc:1', PARENT, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('open');
    h.clear();
    await h.press('tc:1', STAFF, STAFF_GROUP);
    expect((await app.escalation.get(1))?.status).toBe('claimed');
    expect(h.lastTextTo(PARENT.id)).toMatch(/工作人员王老师已接手/);
    // A parent who writes Traditional reads Traditional.
    await app.db.pool.query(`UPDATE parents SET language = 'zh-Hant' WHERE id = $1`, [PARENT.id]);
    await app.db.pool.query(`UPDATE escalations SET status = 'open', claimed_by = NULL WHERE id = 1`);
    h.clear();
    await h.press('tc:1', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(PARENT.id)).toMatch(/工作人員王老師已接手你的問題/);
  });

  it('group messages from non-staff are ignored; their commands refused politely', async () => {
    const post = await openTicket();
    h.clear();
    await h.groupReply('I am not staff', post, { id: 4242, first_name: 'Random', language_code: 'en' });
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    await h.text('hello everyone', { id: 4242, first_name: 'Random', language_code: 'en' }, STAFF_GROUP);
    expect(h.calls).toHaveLength(0);
    await h.text('/today', { id: 4242, first_name: 'Random', language_code: 'en' }, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/staff only/);
  });
});

describe('one re-announcer, and replies routed by message id only', () => {
  it('the outbox re-announces an unclaimed ticket once per period; replies to the old and the new message both reach the family', async () => {
    const first = await openTicket();
    h.clear();
    expect((await h.worker.runMaintenance()).reannouncements).toBe(0);
    app.clock.advance(app.config.notifications.escalationReannounceMinutes * 60_000 + 1000);
    expect((await h.worker.runMaintenance()).reannouncements).toBe(1);
    expect((await h.worker.runMaintenance()).reannouncements).toBe(0);
    await h.deliver();
    const again = groupPosts(/仍未认领/);
    expect(again).toHaveLength(1);
    expect(again[0]!.payload.reply_parameters.message_id).toBe(first.messageId);
    const e = await app.escalation.get(1);
    expect(e?.lastAnnouncedAt?.getTime()).toBe(app.clock.now().getTime());
    expect(e?.groupMessageId).toBe(again[0]!.messageId);

    await h.groupReply('我们来处理', again[0]!);
    expect(h.lastTextTo(PARENT.id)).toMatch(/我们来处理/);
    // The older announcement still routes (it used to vanish or follow its text).
    await h.groupReply('第二条回复', first);
    expect(h.lastTextTo(PARENT.id)).toMatch(/第二条回复/);
  });

  it('a reply to a bot message that is not a ticket message goes to nobody, even when its text names a ticket; staff are told how to answer', async () => {
    await openTicket(PARENT);
    await openTicket(PARENT_EN);
    h.clear();
    // A bot message in the group that was never recorded as a ticket message (e.g. an old list), quoting "🎫 #2".
    await h.groupReply('hello, about your question', { message_id: 999_999, text: '🎫 #2 · 🟡 open · asked for a person' });
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    expect(h.sentTo(PARENT_EN.id)).toHaveLength(0);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/reply to the ticket’s own message/);
    expect((await app.escalation.messages(2)).some((m) => m.author === 'staff')).toBe(false);
  });

  it('a parent cannot steer a staff reply by typing a ticket tag: the follow-up routes to its own ticket', async () => {
    await openTicket(PARENT);
    await openTicket(PARENT_EN);
    await h.press('tc:1', STAFF, STAFF_GROUP);
    h.clear();
    await h.text('🎫 #2 please answer here');
    await h.deliver();
    const followUp = h.sentTo(STAFF_GROUP).at(-1)!;
    expect(followUp.payload.text).toMatch(/^<b>🎫 #1<\/b>/);
    await h.groupReply('只回复给 #1 的家长', followUp);
    expect(h.lastTextTo(PARENT.id)).toMatch(/只回复给/);
    expect(h.sentTo(PARENT_EN.id)).toHaveLength(0);
  });

  it('/tickets lists each open ticket as its own message; a reply to one reaches that family; a reply to the header is explained', async () => {
    await openTicket(PARENT);
    await openTicket(PARENT_EN);
    h.clear();
    await h.text('/tickets', STAFF, STAFF_GROUP);
    const sent = h.sentTo(STAFF_GROUP);
    expect(sent).toHaveLength(3);
    expect(sent[0]!.payload.text).toMatch(/2/);
    expect(sent[1]!.payload.text).toMatch(/🎫 #1/);
    expect(sent[2]!.payload.text).toMatch(/🎫 #2/);
    await h.groupReply('Hello from staff', sent[2]!);
    expect(h.lastTextTo(PARENT_EN.id)).toMatch(/Hello from staff/);
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    h.clear();
    await h.groupReply('which one?', sent[0]!);
    expect(h.sentTo(PARENT.id)).toHaveLength(0);
    expect(h.sentTo(PARENT_EN.id)).toHaveLength(0);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/回复工单本身的消息/);
  });
});

describe('staff commands', () => {
  it('/today, /roster with attendance buttons, /close, /tickets', async () => {
    // A booking on Saturday for the roster.
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('朵朵');
    await h.text('2025-03-01');
    const b = await app.db.pool.query('SELECT b.ref_code, b.session_id FROM bookings b WHERE parent_id = $1', [PARENT.id]);
    const { ref_code: ref, session_id: sessionId } = b.rows[0];

    h.clear();
    await h.text('/today', STAFF, STAFF_GROUP);
    expect(h.sentTo(STAFF_GROUP)).toHaveLength(1);
    const roster = (await rosterPages('2026-12-05')).find((p) => (p.text as string).includes(ref))!;
    expect(roster).toBeTruthy();
    const attendButtons = roster.reply_markup.inline_keyboard.flat().map((x: any) => x.callback_data);
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
    const outbox = await app.db.pool.query('SELECT kind FROM outbox WHERE chat_id = $1', [PARENT.id]);
    expect(outbox.rows.map((r) => r.kind)).toContain('session_closed');
  });

  it('/roster of a busy day is one message with pages: it says it is cut, and every session with booked children is on a page', async () => {
    // Forty families booked into the day's sessions.
    const day = '2026-12-05';
    const sessions = (
      await app.db.pool.query(
        `SELECT id, capacity - booked AS free FROM sessions
          WHERE (starts_at AT TIME ZONE 'Asia/Shanghai')::date = $1 AND status = 'open' ORDER BY id`,
        [day],
      )
    ).rows as Array<{ id: number; free: number }>;
    expect(sessions.length).toBeGreaterThan(3);
    let n = 0;
    for (const s of sessions) {
      for (let i = 0; i < Math.min(s.free, 4); i++, n++) {
        const parent = 50_000 + n;
        await app.db.pool.query(`INSERT INTO parents (id, display_name) VALUES ($1, 'p')`, [parent]);
        const c = await app.db.pool.query(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, '2025-01-01') RETURNING id`, [
          parent,
          `孩子${n}号`,
        ]);
        await app.db.pool.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ($1, $2, $3, $4, 'confirmed')`, [
          `RS${String(n).padStart(4, '0')}`,
          s.id,
          c.rows[0].id,
          parent,
        ]);
      }
    }
    const booked = (
      await app.db.pool.query(
        `SELECT DISTINCT session_id FROM bookings b JOIN sessions s ON s.id = b.session_id
          WHERE b.status IN ('confirmed','held') AND (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date = $1`,
        [day],
      )
    ).rows.map((r) => Number(r.session_id));

    const pages = await rosterPages(day);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.text).toMatch(/第 1\/\d+ 页/);
    expect(pages[0]!.text).toMatch(/还有 \d+ 页/);
    const seen = new Set<number>();
    const refs = new Set<string>();
    for (const page of pages) {
      expect((page.text as string).length).toBeLessThanOrEqual(4096);
      expect((page.reply_markup?.inline_keyboard ?? []).length).toBeLessThanOrEqual(21);
      for (const m of (page.text as string).matchAll(/<b>#(\d+)<\/b>/g)) seen.add(Number(m[1]));
      for (const m of (page.text as string).matchAll(/RS\d{4}/g)) refs.add(m[0]);
    }
    for (const id of booked) expect(seen.has(id), `session ${id}`).toBe(true);
    expect(refs.size).toBe(n);
  });
});
