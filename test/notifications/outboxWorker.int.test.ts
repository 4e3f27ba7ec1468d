import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/database.ts';
import { defaultConfig } from '../../src/config/config.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { createOutboxWorker, type OutboxWorker } from '../../src/notifications/OutboxWorker.ts';
import { enqueueNotification } from '../../src/notifications/enqueueNotification.ts';
import { createButtonCodec } from '../../src/conversation/buttonCodec.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { makeBooking, makeFamily, makePoint, makeSession, outboxRows, queueNote, recordingSend, simulatedSleep, NOW, TEST_KINDS } from './fixtures.ts';

const config = defaultConfig({ BUTTON_SECRET: 'outbox-test-secret', STAFF_GROUP_CHAT_ID: '-100500', STAFF_MORNING_SUMMARY_TIME: '07:30' });
const codec = createButtonCodec(config.telegram.buttonSecret);
const at = (local: string) => new Date(`${local}+08:00`);

let db: Database;
beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
});

function setup(now: string | Date = NOW, opts: Partial<Parameters<typeof createOutboxWorker>[0]> = {}) {
  const clock = fixedClock(now);
  const rec = recordingSend(clock);
  const make = (workerId = 'w1', extra: Partial<Parameters<typeof createOutboxWorker>[0]> = {}) =>
    createOutboxWorker({ pool: db.pool, clock, config, send: rec.send, sleep: simulatedSleep(clock), workerId, kinds: TEST_KINDS, ...opts, ...extra });
  return { clock, rec, make };
}

/** Runs rounds until nothing is pending and due (or the round limit). */
async function drain(workers: OutboxWorker[], maxRounds = 200) {
  for (let i = 0; i < maxRounds; i++) {
    await Promise.all(workers.map((w) => w.runOnce()));
    const left = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'`);
    if (left.rows[0].n === 0) return;
  }
}

const staffReply = (chatId: number, text: string, extra: { urgent?: boolean; dueAt?: Date } = {}) => queueNote(db.pool, chatId, text, extra);

describe('reminders', () => {
  it('go out once, at the reminder time the evening before, across a restart and a clock change', async () => {
    const point = await makePoint(db.pool);
    const sat = await makeSession(db.pool, point, { date: '2026-11-28', start: '09:00' });
    const c1 = await makeFamily(db.pool, 1001, 'zh');
    const c2 = await makeFamily(db.pool, 1002, 'en');
    const c3 = await makeFamily(db.pool, 1003, 'zh');
    const b1 = await makeBooking(db.pool, { sessionId: sat, parentId: 1001, childId: c1, createdAt: NOW });
    await makeBooking(db.pool, { sessionId: sat, parentId: 1002, childId: c2, createdAt: NOW });
    // Booked after the reminder time: the confirmation is the reminder.
    await makeBooking(db.pool, { sessionId: sat, parentId: 1003, childId: c3, createdAt: at('2026-11-27T19:00:00') });

    const { clock, rec, make } = setup(at('2026-11-27T17:59:00'));
    const w1 = make('w1');
    expect((await w1.runMaintenance()).reminders).toBe(0);
    expect((await w1.runOnce()).sent).toBe(0);

    clock.set(at('2026-11-27T18:00:00'));
    expect((await w1.runMaintenance()).reminders).toBe(2);
    expect(await w1.runOnce()).toMatchObject({ sent: 2, failed: 0, skipped: 0 });

    // A restart: a new worker on the same database, later that evening.
    clock.set(at('2026-11-27T19:05:00'));
    const w2 = make('w2');
    expect((await w2.runMaintenance()).reminders).toBe(0);
    expect((await w2.runOnce()).sent).toBe(0);
    // The machine's clock jumps back: still nothing new.
    clock.set(at('2026-11-27T18:00:00'));
    expect((await w2.runMaintenance()).reminders).toBe(0);
    expect((await w2.runOnce()).sent).toBe(0);

    expect(rec.sent.map((m) => m.chatId).sort()).toEqual([1001, 1002]);
    for (const m of rec.sent) expect(m.at).toBe(at('2026-11-27T18:00:00').getTime());
    const zh = rec.sent.find((m) => m.chatId === 1001)!;
    expect(zh.text).toContain('明天的预约提醒');
    expect(zh.text).toContain('11月28日（周六） 09:00–12:00');
    expect(codec.decode(1001, zh.buttons![0]![1]!.data)).toMatchObject({ ok: true, button: { action: 'c', args: [String(b1)] } });
    expect(rec.sent.find((m) => m.chatId === 1002)!.text).toContain('Reminder for tomorrow');
  });

  it('skip, with a record, when the booking was cancelled, the session deleted or the family deleted their data', async () => {
    const point = await makePoint(db.pool);
    const s1 = await makeSession(db.pool, point, { date: '2026-11-28', start: '09:00' });
    const s2 = await makeSession(db.pool, point, { date: '2026-11-28', start: '14:00', end: '17:00' });
    const ids: Record<string, number> = {};
    for (const [pid, sid] of [
      [1101, s1],
      [1102, s2],
      [1103, s1],
      [1104, s1],
    ] as const) {
      const child = await makeFamily(db.pool, pid);
      ids[pid] = await makeBooking(db.pool, { sessionId: sid, parentId: pid, childId: child, createdAt: NOW });
    }
    const { clock, rec, make } = setup(at('2026-11-27T18:00:00'));
    const w = make();
    expect((await w.runMaintenance()).reminders).toBe(4);
    // After queueing: 1101 cancels, session 2 (1102's) is deleted, 1103 deletes their data.
    await db.pool.query(`UPDATE bookings SET status = 'cancelled', cancelled_by = 'parent', cancelled_at = now() WHERE id = $1`, [ids[1101]]);
    await db.pool.query('DELETE FROM sessions WHERE id = $1', [s2]);
    await db.pool.query('DELETE FROM parents WHERE id = 1103');
    clock.advance(60_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1, skipped: 3, failed: 0 });
    expect(rec.sent.map((m) => m.chatId)).toEqual([1104]);
    const rows = await outboxRows(db);
    const byChat = Object.fromEntries(rows.map((r) => [r.chat_id, r]));
    expect(byChat[1101]).toMatchObject({ status: 'skipped', outcome: 'booking_not_active' });
    expect(byChat[1102]).toMatchObject({ status: 'skipped', outcome: 'session_deleted' });
    expect(byChat[1103]).toMatchObject({ status: 'skipped', outcome: 'parent_deleted' });
    for (const r of rows.filter((x) => x.status === 'skipped')) expect(r.last_error).toBeTruthy();
    // Nothing comes back: no crash loop.
    expect((await w.runOnce()).claimed).toBe(0);
    expect((await w.runMaintenance()).reminders).toBe(0);
  });

  it('never reach a family once the session has started (a reminder delayed past the start is skipped)', async () => {
    const point = await makePoint(db.pool);
    const s = await makeSession(db.pool, point, { date: '2026-11-28', start: '09:00' });
    const child = await makeFamily(db.pool, 1201);
    await makeBooking(db.pool, { sessionId: s, parentId: 1201, childId: child, createdAt: NOW });
    const { clock, rec, make } = setup(at('2026-11-27T18:00:00'));
    const w = make();
    expect((await w.runMaintenance()).reminders).toBe(1);
    // The worker was down overnight: it comes back after the session began.
    clock.set(new Date(at('2026-11-28T09:05:00')));
    expect(await w.runOnce()).toMatchObject({ sent: 0, skipped: 1 });
    expect(rec.sent).toEqual([]);
    expect((await outboxRows(db))[0]).toMatchObject({ status: 'skipped', outcome: 'session_started' });
  });
});

describe('delivery failures', () => {
  it('a blocked parent (403) fails for good without blocking others; 429 honours retry_after; 5xx backs off then gives up', async () => {
    for (const id of [2001, 2002, 2003, 2004, 2005]) {
      await makeFamily(db.pool, id);
      await staffReply(id, `hello ${id}`);
    }
    const clock = fixedClock(NOW);
    const rec = recordingSend(clock, (m, n) => {
      if (m.chatId === 2001) return { ok: false, permanent: true, description: '403 Forbidden: bot was blocked by the user' };
      if (m.chatId === 2002 && n === 1) return { ok: false, permanent: false, retryAfterSeconds: 7, description: '429 Too Many Requests: retry after 7' };
      if (m.chatId === 2003) return { ok: false, permanent: false, description: '502 Bad Gateway' };
      return undefined;
    });
    const w = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      send: rec.send,
      sleep: simulatedSleep(clock),
      kinds: TEST_KINDS,
      workerId: 'w',
      maxAttempts: 3,
      concurrency: 1,
    });
    expect(await w.runOnce()).toMatchObject({ sent: 2, failed: 1, retried: 2 });
    const row = async (chat: number) => (await outboxRows(db, 'chat_id = $1', [chat]))[0];
    expect(await row(2001)).toMatchObject({ status: 'failed', outcome: 'permanent', attempts: 1 });
    expect((await row(2001)).last_error).toContain('403');
    const r2002 = await row(2002);
    expect(r2002).toMatchObject({ status: 'pending', attempts: 1 });
    expect(new Date(r2002.due_at).getTime() - new Date(NOW).getTime()).toBe(7000);

    for (let i = 0; i < 6; i++) {
      clock.advance(3_600_000);
      await w.runOnce();
    }
    expect(await row(2002)).toMatchObject({ status: 'sent' });
    expect(await row(2003)).toMatchObject({ status: 'failed', outcome: 'too_many_attempts', attempts: 3 });
    expect(rec.calls.filter((c) => c.chatId === 2001)).toHaveLength(1);
    expect(rec.calls.filter((c) => c.chatId === 2003)).toHaveLength(3);
    expect(rec.sent.map((m) => m.chatId).sort()).toEqual([2002, 2004, 2005]);
  });

  it('a send that throws is retried, and a row with a malformed payload is recorded, not looped on', async () => {
    await makeFamily(db.pool, 2101);
    await makeFamily(db.pool, 2102);
    // Written past the registry's validation (a row from an older version, or by hand).
    await db.pool.query(`INSERT INTO outbox (chat_id, kind, payload, urgent, due_at) VALUES (2101, 'waitlist_offer', '{"nonsense": true}', true, $1)`, [
      new Date(NOW),
    ]);
    await staffReply(2102, 'hi');
    const clock = fixedClock(NOW);
    let first = true;
    const rec = recordingSend(clock);
    const send = async (m: Parameters<typeof rec.send>[0]) => {
      if (first) {
        first = false;
        throw new Error('socket hang up');
      }
      return rec.send(m);
    };
    const w = createOutboxWorker({ pool: db.pool, clock, config, send, sleep: simulatedSleep(clock), kinds: TEST_KINDS, workerId: 'w' });
    expect(await w.runOnce()).toMatchObject({ skipped: 1, retried: 1 });
    clock.advance(5_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect((await outboxRows(db, 'chat_id = 2101'))[0]).toMatchObject({ status: 'skipped', outcome: 'bad_payload' });
  });
});

describe('quiet hours', () => {
  it('defer non-urgent messages to the end of quiet hours but let urgent ones through', async () => {
    await makeFamily(db.pool, 3001);
    await makeFamily(db.pool, 3002);
    const night = at('2026-11-25T22:00:00');
    await staffReply(3001, 'urgent', { urgent: true, dueAt: night });
    await staffReply(3002, 'can wait', { urgent: false, dueAt: night });
    const { clock, rec, make } = setup(night);
    const w = make();
    expect(await w.runOnce()).toMatchObject({ sent: 1, deferred: 1 });
    expect(rec.sent.map((m) => m.chatId)).toEqual([3001]);
    expect(new Date((await outboxRows(db, 'chat_id = 3002'))[0].due_at)).toEqual(at('2026-11-26T08:00:00'));
    clock.set(at('2026-11-26T07:59:00'));
    expect((await w.runOnce()).sent).toBe(0);
    clock.set(at('2026-11-26T08:00:00'));
    expect((await w.runOnce()).sent).toBe(1);
    expect(rec.sent.map((m) => m.chatId)).toEqual([3001, 3002]);
  });
});

describe('rate limits', () => {
  it('stay within globalPerSecond overall and perChatPerSecond per chat (simulated seconds), in order per chat', async () => {
    const families = Array.from({ length: 90 }, (_, i) => 4001 + i);
    for (const id of families) {
      await makeFamily(db.pool, id);
      await staffReply(id, `to ${id}`);
    }
    await makeFamily(db.pool, 4999);
    for (let i = 1; i <= 3; i++) await staffReply(4999, `part ${i}`);
    const { clock, rec, make } = setup(NOW, { concurrency: 1 });
    const w = make();
    for (let i = 0; i < 100 && rec.sent.length < 93; i++) {
      const r = await w.runOnce();
      if (r.claimed === 0) clock.advance(100);
    }
    expect(rec.sent).toHaveLength(93);
    const times = rec.sent.map((m) => m.at).sort((a, b) => a - b);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    const one = rec.sent.filter((m) => m.chatId === 4999);
    expect(one.map((m) => m.text)).toEqual(['part 1', 'part 2', 'part 3']);
    expect(one[1]!.at - one[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(one[2]!.at - one[1]!.at).toBeGreaterThanOrEqual(1000);
    // Not slower than needed: 90 families take 3 s at 30/s; the one family's
    // first message is the 91st (t = 3 s), its next two follow a second apart.
    expect(times.at(-1)! - times[0]!).toBeLessThanOrEqual(5000);
  });
});

describe('several workers', () => {
  it('two workers on one outbox never send a row twice (concurrently; separate pools on PostgreSQL)', async () => {
    const N = 300;
    for (let i = 0; i < N; i++) await staffReplyNoParentCheck(5000 + i);
    for (let i = 0; i < 10; i++) await staffReplyNoParentCheck(5999, `seq ${i}`);
    let second: Database | undefined;
    if (testDatabaseUrl) second = await openDatabase({ url: testDatabaseUrl, maxConnections: 5 });
    try {
      const clock = fixedClock(NOW);
      const sent: Array<{ id: number; worker: string; text: string; chatId: number }> = [];
      const sender = (worker: string) => async (m: { outboxId: number; text: string; chatId: number }) => {
        await new Promise((r) => setImmediate(r));
        sent.push({ id: m.outboxId, worker, text: m.text, chatId: m.chatId });
        return { ok: true as const, messageId: m.outboxId };
      };
      const a = createOutboxWorker({ pool: db.pool, clock, config, send: sender('a'), kinds: TEST_KINDS, workerId: 'a', rateLimits: false, batchSize: 20 });
      const b = createOutboxWorker({
        pool: (second ?? db).pool,
        clock,
        config,
        send: sender('b'),
        kinds: TEST_KINDS,
        workerId: 'b',
        rateLimits: false,
        batchSize: 20,
      });
      await drain([a, b]);
      const ids = sent.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(N + 10);
      expect(new Set(sent.map((s) => s.worker))).toEqual(new Set(['a', 'b']));
      // One family's messages arrive in the order they were queued, whichever worker sends them.
      expect(sent.filter((s) => s.chatId === -5999).map((s) => s.text)).toEqual(Array.from({ length: 10 }, (_, i) => `seq ${i}`));
      const rows = await outboxRows(db);
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      await second?.close();
    }
  });

  it('a crashed worker’s claimed rows come back after the lease and are sent once', async () => {
    await staffReplyNoParentCheck(5500);
    const { clock, rec } = setup(NOW);
    // Worker "dies" mid-send: its send never returns.
    const dead = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      send: () => new Promise(() => undefined),
      kinds: TEST_KINDS,
      workerId: 'dead',
      leaseSeconds: 60,
    });
    void dead.runOnce();
    await new Promise((r) => setTimeout(r, 200));
    const alive = createOutboxWorker({ pool: db.pool, clock, config, send: rec.send, kinds: TEST_KINDS, workerId: 'alive', leaseSeconds: 60 });
    expect((await alive.runOnce()).claimed).toBe(0);
    clock.advance(61_000);
    expect((await alive.runOnce()).sent).toBe(1);
    expect((await outboxRows(db))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('start/stop', () => {
  it('the loop delivers what is queued and stop() waits for the round in flight', async () => {
    await makeFamily(db.pool, 5600);
    const clock = fixedClock(NOW);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const delivered: number[] = [];
    const w = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      workerId: 'loop',
      idleMs: 10,
      kinds: TEST_KINDS,
      send: async (m) => {
        await gate;
        delivered.push(m.outboxId);
        return { ok: true, messageId: 1 };
      },
    });
    w.start();
    await staffReply(5600, 'from the loop');
    await new Promise((r) => setTimeout(r, 100));
    const stopping = w.stop();
    release();
    await stopping;
    expect(delivered).toHaveLength(1);
    expect((await outboxRows(db))[0]).toMatchObject({ status: 'sent' });
  });
});

/** Staff-group messages need no parents row; used where only delivery mechanics matter. */
async function staffReplyNoParentCheck(chatId: number, text = `m${chatId}`) {
  await queueNote(db.pool, -chatId, text);
}

describe('staff messages', () => {
  it('re-announce an unclaimed escalation once per period, record the message id, and stop once claimed', async () => {
    await db.pool.query(`INSERT INTO parents (id, language) VALUES (6001, 'en')`);
    const e = await db.pool.query(
      `INSERT INTO escalations (parent_id, reason, question, language, created_at) VALUES (6001, 'medical', 'rash and fever', 'en', $1) RETURNING id`,
      [at('2026-11-25T09:00:00')],
    );
    const escalationId = e.rows[0].id;
    const { clock, rec, make } = setup(at('2026-11-25T10:00:00'));
    const w = make();
    expect((await w.runMaintenance()).reannouncements).toBe(1);
    expect((await w.runMaintenance()).reannouncements).toBe(0);
    expect((await w.runOnce()).sent).toBe(1);
    expect(rec.sent[0]!.chatId).toBe(-100500);
    expect(rec.sent[0]!.text).toContain(`#${escalationId}`);
    expect(rec.sent[0]!.text).toContain('60 分钟');
    const after = (await db.pool.query('SELECT group_chat_id, group_message_id, last_announced_at FROM escalations WHERE id = $1', [escalationId])).rows[0];
    expect(after).toMatchObject({ group_chat_id: -100500, group_message_id: 1001 });
    expect(new Date(after.last_announced_at)).toEqual(at('2026-11-25T10:00:00'));

    clock.set(at('2026-11-25T10:20:00'));
    expect((await w.runMaintenance()).reannouncements).toBe(0);
    clock.set(at('2026-11-25T10:31:00'));
    expect((await w.runMaintenance()).reannouncements).toBe(1);
    // Claimed before that one went out: it is skipped, and no more are queued.
    await db.pool.query(`UPDATE escalations SET status = 'claimed' WHERE id = $1`, [escalationId]);
    expect(await w.runOnce()).toMatchObject({ sent: 0, skipped: 1 });
    clock.set(at('2026-11-25T11:30:00'));
    expect((await w.runMaintenance()).reannouncements).toBe(0);
  });

  it('sends the morning summary once per day, per point, even inside quiet hours', async () => {
    const p1 = await makePoint(db.pool, 'P1');
    const p2 = await makePoint(db.pool, 'P2', 24.49, 118.12);
    const s1 = await makeSession(db.pool, p1, { date: '2026-11-26', start: '09:00', capacity: 12 });
    await makeSession(db.pool, p2, { date: '2026-11-26', start: '14:00', end: '17:00' });
    const c = await makeFamily(db.pool, 6101);
    await makeBooking(db.pool, { sessionId: s1, parentId: 6101, childId: c, createdAt: NOW });
    const { clock, rec, make } = setup(at('2026-11-26T07:29:00'));
    const w = make();
    expect((await w.runMaintenance()).summaries).toBe(0);
    clock.set(at('2026-11-26T07:30:00'));
    expect((await w.runMaintenance()).summaries).toBe(1);
    clock.set(at('2026-11-26T07:45:00'));
    expect((await w.runMaintenance()).summaries).toBe(0);
    expect((await w.runOnce()).sent).toBe(1);
    const text = rec.sent[0]!.text;
    expect(text).toContain('11月26日（周四） 预约汇总');
    expect(text).toContain('P1服务点');
    expect(text).toContain('已约 1/12');
    expect(text).toContain('P2服务点');
  });
});

afterAll(async () => {
  await resetDatabase(db);
});

describe('at-least-once, with the smallest duplicate window', () => {
  it('a row whose lease ran out while its worker waited, and that another worker has sent since, is not sent again', async () => {
    await staffReplyNoParentCheck(7100, 'first');
    await staffReplyNoParentCheck(7200, 'second');
    const clock = fixedClock(NOW);
    const sends: Array<{ worker: string; text: string }> = [];
    let releaseA!: () => void;
    const aWaits = new Promise<void>((r) => (releaseA = r));
    // Worker A claims both rows, then hangs on its first send (a slow network, a 429 pause) past the lease.
    const a = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      kinds: TEST_KINDS,
      workerId: 'a',
      concurrency: 1,
      rateLimits: false,
      leaseSeconds: 60,
      send: async (m) => {
        sends.push({ worker: 'a', text: m.text });
        if (m.text === 'first') await aWaits;
        return { ok: true, messageId: 1 };
      },
    });
    const aRound = a.runOnce();
    await new Promise((r) => setTimeout(r, 200));
    // The lease runs out; worker B claims both rows and sends them.
    clock.advance(61_000);
    const b = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      kinds: TEST_KINDS,
      workerId: 'b',
      rateLimits: false,
      send: async (m) => {
        sends.push({ worker: 'b', text: m.text });
        return { ok: true, messageId: 2 };
      },
    });
    // PGlite has one connection: B runs once A's claim transaction is over (it is: A is inside a send).
    expect((await b.runOnce()).sent).toBe(2);
    releaseA();
    await aRound;
    // "first" was already in flight at A (the documented window); "second" is not sent by A at all.
    expect(sends.filter((s) => s.text === 'second')).toEqual([{ worker: 'b', text: 'second' }]);
    expect((await outboxRows(db)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('marks each row sent right after Telegram accepted it, before the next send of the round', async () => {
    for (let i = 0; i < 3; i++) await staffReplyNoParentCheck(7300 + i);
    const clock = fixedClock(NOW);
    const sentBefore: number[] = [];
    const w = createOutboxWorker({
      pool: db.pool,
      clock,
      config,
      kinds: TEST_KINDS,
      workerId: 'w',
      concurrency: 1,
      rateLimits: false,
      send: async (m) => {
        sentBefore.push((await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`)).rows[0].n);
        return { ok: true, messageId: m.outboxId };
      },
    });
    expect((await w.runOnce()).sent).toBe(3);
    expect(sentBefore).toEqual([0, 1, 2]);
  });
});

describe('kinds are validated and rendered in the family’s language and script', () => {
  it('enqueue refuses a payload that does not fit its kind, and a kind nobody defines', async () => {
    await expect(
      enqueueNotification(db.pool, { chatId: 1, kind: 'reminder', payload: { bookingId: 'seven' } as never, dueAt: new Date(NOW) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      enqueueNotification(db.pool, { chatId: 1, kind: 'staff_reply' as never, payload: { text: 'hi' } as never, dueAt: new Date(NOW) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await outboxRows(db)).toHaveLength(0);
  });

  it('a family who writes Traditional Chinese gets its reminder in Traditional', async () => {
    const point = await makePoint(db.pool);
    const sat = await makeSession(db.pool, point, { date: '2026-11-28', start: '09:00' });
    const child = await makeFamily(db.pool, 7401, 'zh');
    await db.pool.query(`UPDATE parents SET language = 'zh-Hant' WHERE id = 7401`);
    await makeBooking(db.pool, { sessionId: sat, parentId: 7401, childId: child, createdAt: NOW });
    const { rec, make } = setup(at('2026-11-27T18:00:00'));
    const w = make();
    expect((await w.runMaintenance()).reminders).toBe(1);
    expect((await w.runOnce()).sent).toBe(1);
    expect(rec.sent[0]!.text).toContain('明天的預約提醒');
    expect(rec.sent[0]!.text).toContain('請帶上');
    expect(rec.sent[0]!.buttons![0]!.map((b) => b.text)).toEqual(['✅ 會按時到', '❌ 取消預約']);
  });

  it('“tell me when booking opens”: one message at the opening time with a book button, asked once per session', async () => {
    const { remindWhenBookingOpens } = await import('../../src/notifications/remindWhenBookingOpens.ts');
    const point = await makePoint(db.pool);
    const later = await makeSession(db.pool, point, { date: '2026-12-12', start: '09:00' });
    await makeFamily(db.pool, 7501, 'en');
    const opensAt = at('2026-12-05T09:00:00');
    expect(await remindWhenBookingOpens(db.pool, { parentId: 7501, sessionId: later, opensAt, locale: 'en' })).toBe(true);
    expect(await remindWhenBookingOpens(db.pool, { parentId: 7501, sessionId: later, opensAt, locale: 'en' })).toBe(false);
    const { clock, rec, make } = setup(at('2026-12-05T08:59:00'));
    const w = make();
    expect((await w.runOnce()).sent).toBe(0);
    clock.set(opensAt);
    expect((await w.runOnce()).sent).toBe(1);
    expect(rec.sent[0]!.text).toContain('Booking is open');
    expect(codec.decode(7501, rec.sent[0]!.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'b', args: [String(later)] } });
  });
});

describe('retention', () => {
  it('the worker deletes tickets (and their messages) once the retention period has passed since their last message', async () => {
    await db.pool.query(`INSERT INTO parents (id, language) VALUES (7601, 'zh'), (7602, 'zh')`);
    const old = at('2026-08-01T10:00:00');
    const recent = at('2026-11-20T10:00:00');
    const e1 = (
      await db.pool.query(
        `INSERT INTO escalations (parent_id, reason, question, language, status, created_at, resolved_at) VALUES (7601, 'other', '旧问题 13800000000', 'zh', 'resolved', $1, $1) RETURNING id`,
        [old],
      )
    ).rows[0].id;
    const e2 = (
      await db.pool.query(
        `INSERT INTO escalations (parent_id, reason, question, language, created_at) VALUES (7602, 'other', '还在聊', 'zh', $1) RETURNING id`,
        [old],
      )
    ).rows[0].id;
    await db.pool.query(
      `INSERT INTO escalation_messages (escalation_id, author, text, created_at) VALUES ($1, 'parent', '旧', $3), ($2, 'parent', '新消息', $4)`,
      [e1, e2, old, recent],
    );
    await db.pool.query(`INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at) VALUES (-100500, 1, $1, 'announce', $2)`, [
      e1,
      old,
    ]);
    const { make } = setup(NOW);
    const w = make();
    expect((await w.runMaintenance()).expiredTickets).toBe(1);
    const left = (await db.pool.query('SELECT id FROM escalations ORDER BY id')).rows.map((r) => r.id);
    expect(left).toEqual([e2]);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM escalation_messages WHERE escalation_id = $1', [e1])).rows[0].n).toBe(0);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM ticket_messages')).rows[0].n).toBe(0);
  });
});

describe('the staff group', () => {
  it('gets at most one message every 3 seconds (Telegram: about 20 a minute per group), in order', async () => {
    for (let i = 0; i < 5; i++) await queueNote(db.pool, -100500, `ticket ${i}`);
    const { clock, rec, make } = setup(NOW);
    const w = make();
    for (let i = 0; i < 100 && rec.sent.length < 5; i++) {
      if ((await w.runOnce()).claimed === 0) clock.advance(500);
    }
    expect(rec.sent.map((m) => m.text)).toEqual(['ticket 0', 'ticket 1', 'ticket 2', 'ticket 3', 'ticket 4']);
    for (let i = 1; i < rec.sent.length; i++) expect(rec.sent[i]!.at - rec.sent[i - 1]!.at).toBeGreaterThanOrEqual(3000);
  });
});
