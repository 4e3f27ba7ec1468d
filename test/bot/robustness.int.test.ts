import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, createTestApp, memoryLogger, PARENT, STAFF, STAFF_GROUP } from './harness.ts';
import type { App } from '../../src/app/createApp.ts';
import type { ConversationCore } from '../../src/conversation/types.ts';
import type { fixedClock } from '../../src/time/clock.ts';

let app: App & { clock: ReturnType<typeof fixedClock> };

beforeEach(async () => {
  app = await createTestApp({ USER_MESSAGES_PER_MINUTE: '5' });
});

describe('transport robustness', () => {
  it('handles an update at most once, even when it is delivered again', async () => {
    const h = createHarness(app);
    const update = h.textUpdate('/help');
    await h.send(update);
    await h.send(update);
    expect(h.sentTo(PARENT.id)).toHaveLength(1);
    const r = await app.db.pool.query('SELECT count(*)::int AS n FROM processed_updates WHERE update_id = $1', [update.update_id]);
    expect(r.rows[0].n).toBe(1);
    // A second bot instance (a restart) also skips it.
    const again = createHarness(app);
    await again.send(update);
    expect(again.calls).toHaveLength(0);
  });

  it('rate-limits per user with one polite message, and frees up after a minute', async () => {
    const h = createHarness(app);
    for (let i = 0; i < 5; i++) await h.command('help');
    expect(h.sentTo(PARENT.id)).toHaveLength(5);
    await h.command('help');
    await h.command('help');
    expect(h.sentTo(PARENT.id)).toHaveLength(6);
    expect(h.lastTextTo(PARENT.id)).toMatch(/稍等一分钟/);
    (app.clock as any).advance(61_000);
    await h.command('help');
    expect(h.sentTo(PARENT.id)).toHaveLength(7);
    expect(h.lastTextTo(PARENT.id)).toMatch(/mybookings/);
  });

  it('error boundary: a core that throws → a short bilingual apology, the error logged with the update id', async () => {
    const { logger, lines } = memoryLogger();
    const broken: ConversationCore = {
      handleTurn: async () => {
        throw new Error('core exploded');
      },
    };
    const h = createHarness({ ...app, logger, core: broken });
    const u = await h.text('你好');
    expect(h.lastTextTo(PARENT.id)).toMatch(/抱歉.*\n.*Sorry/s);
    const err = lines.find((l) => l.msg === 'update failed');
    expect(err?.updateId).toBe(u.update_id);
    expect(err?.err?.message).toBe('core exploded');
    // Personal data is not in the logs.
    expect(JSON.stringify(lines)).not.toContain('你好');
    expect(JSON.stringify(lines)).not.toContain(String(PARENT.id));
    // A button press is still answered (no endless spinner).
    await h.press('1.mb~whatever');
    expect(h.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
  });

  it('a parent who blocked the bot (403) is logged, not crashed on; staff learn a reply was not delivered', async () => {
    const { logger, lines } = memoryLogger();
    const blocked = (c: { method: string; payload: Record<string, any> }) =>
      c.payload.chat_id === PARENT.id && c.method === 'sendMessage' ? { error_code: 403, description: 'Forbidden: bot was blocked by the user' } : undefined;
    let block = false;
    const h = createHarness({ ...app, logger }, { fail: (c) => (block ? blocked(c) : undefined) });
    await h.command('staff');
    await h.deliver();
    const e = await app.escalation.get(1);
    block = true;
    await h.text('still there?');
    expect(lines.some((l) => /cannot deliver/.test(l.msg))).toBe(true);
    expect(lines.some((l) => l.msg === 'update failed')).toBe(false);
    await h.groupReply('hello?', { message_id: e!.groupMessageId!, text: '🎫 #1' }, STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/Not delivered/);
  });

  it('/forget asks first, cancels future bookings (place freed), deletes the family, and removes every staff-group message about them', async () => {
    app = await createTestApp();
    // Telegram refuses to delete messages older than 48 hours: the first announcement is blanked instead.
    let firstAnnouncement: number | undefined;
    const h = createHarness(app, {
      fail: (c) =>
        c.method === 'deleteMessage' && c.payload.message_id === firstAnnouncement
          ? { error_code: 400, description: "Bad Request: message can't be deleted" }
          : undefined,
    });
    await h.command('start');
    await h.press(h.button(PARENT.id, /同意/));
    await h.command('book');
    await h.press(h.button(PARENT.id, /^预约 1$/));
    await h.text('朵朵');
    await h.text('2025-03-01');
    // A ticket with the family's details: announced, re-announced, then a follow-up while staff hold it.
    await h.text('我想找工作人员，我家电话 13800000000，孩子对鸡蛋过敏');
    await h.command('staff');
    await h.deliver();
    app.clock.advance(app.config.notifications.escalationReannounceMinutes * 60_000 + 1000);
    await h.worker.runMaintenance();
    await h.deliver();
    await h.press('tc:1', STAFF, STAFF_GROUP);
    await h.text('地址是莲前西路 1 号');
    await h.deliver();
    const posted = h
      .sentTo(STAFF_GROUP)
      .filter((c) => /🎫 #1/.test(c.payload.text))
      .map((c) => c.messageId!);
    expect(posted.length).toBeGreaterThanOrEqual(3);
    firstAnnouncement = posted[0];
    const before = await app.db.pool.query('SELECT s.id, s.booked FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.parent_id = $1', [PARENT.id]);
    const session = before.rows[0];

    await h.command('forget');
    expect(h.lastTextTo(PARENT.id)).toMatch(/确定要删除/);
    expect((await app.db.pool.query('SELECT 1 FROM parents WHERE id = $1', [PARENT.id])).rowCount).toBe(1);

    h.clear();
    await h.press(h.button(PARENT.id, /确认删除/));
    expect(h.lastTextTo(PARENT.id)).toMatch(/已删除.*1 个/);
    for (const [table, col] of [
      ['parents', 'id'],
      ['children', 'parent_id'],
      ['bookings', 'parent_id'],
      ['escalations', 'parent_id'],
      ['conversation_turns', 'user_id'],
    ]) {
      const r = await app.db.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${col} = $1`, [PARENT.id]);
      expect(r.rows[0].n, table).toBe(0);
    }
    expect((await app.db.pool.query('SELECT count(*)::int AS n FROM ticket_messages')).rows[0].n).toBe(0);
    const after = await app.db.pool.query('SELECT booked FROM sessions WHERE id = $1', [session.id]);
    expect(after.rows[0].booked).toBe(session.booked - 1);
    // Every message in the staff group about the family is gone or blanked, not only the latest.
    const deleted = h.calls.filter((c) => c.method === 'deleteMessage' && c.payload.chat_id === STAFF_GROUP).map((c) => c.payload.message_id);
    expect(deleted.sort()).toEqual([...posted].sort());
    const edited = h.calls.filter((c) => c.method === 'editMessageText' && c.payload.chat_id === STAFF_GROUP);
    expect(edited.map((c) => c.payload.message_id)).toEqual([firstAnnouncement]);
    expect(edited[0]!.payload.text).toMatch(/删除/);
    expect(edited[0]!.payload.text).not.toMatch(/13800000000/);
  });
});
