import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { buildReport } from '../../src/operators/buildReport.ts';
import { buttonData, createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/** Issue 14: a parent removes ONE registered child; the family, the figures and the waitlist carry on. */
let app: App & { clock: { set(d: Date): void } };

beforeAll(async () => {
  app = await createTestApp({ knowledge: false });
}, 120_000);

const AFTER_SAT = new Date('2026-11-28T14:00:00+08:00');

async function turn(userId: number, now: Date, input: { text: string } | { button: string }) {
  app.clock.set(now);
  return app.core.handleTurn({ userId, now, ...input });
}

/** The first open session that day this child can book (the demo network). */
async function bookFirst(parentId: number, childId: number, date: string): Promise<number> {
  const { rows } = await app.db.pool.query<{ id: number }>(
    `SELECT id FROM sessions WHERE status = 'open' AND (starts_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date ORDER BY starts_at, id`,
    [date],
  );
  for (const s of rows) {
    try {
      await app.booking.bookSession({ parentId, childId, sessionId: s.id });
      return s.id;
    } catch {
      // not this one (age, full, window)
    }
  }
  throw new Error(`no bookable session on ${date}`);
}

describe('removing one child', () => {
  it('asks, then cancels her future bookings (place offered to the waitlist), keeps the sibling, the figures and the name free', async () => {
    const parent = 31001;
    const waiting = 31002;
    await app.booking.ensureParent({ parentId: parent });
    await app.booking.ensureParent({ parentId: waiting });
    app.clock.set(TEST_NOW);
    const duoduo = await app.booking.registerChild(parent, { name: '朵朵', birthDate: '2024-02-10' });
    const guoguo = await app.booking.registerChild(parent, { name: '果果', birthDate: '2025-05-20' });
    const other = await app.booking.registerChild(waiting, { name: '乐乐', birthDate: '2024-05-01' });
    await bookFirst(parent, duoduo.id, '2026-11-28');
    await bookFirst(parent, guoguo.id, '2026-12-05');
    // After Saturday's session: 朵朵's 28 Nov booking is past; her 5 Dec place is the last one and 乐乐 waits for it.
    app.clock.set(AFTER_SAT);
    const dec5 = await bookFirst(parent, duoduo.id, '2026-12-05');
    await app.db.pool.query('UPDATE sessions SET capacity = booked WHERE id = $1', [dec5]);
    await app.booking.joinWaitlist({ parentId: waiting, childId: other.id, sessionId: dec5 });
    const report = () => buildReport(app.db.pool, { from: '2026-11-28', to: '2026-11-28', timeZone: 'Asia/Shanghai', now: AFTER_SAT, pointIds: null });
    const before = await report();

    const ask = await turn(parent, AFTER_SAT, { text: '朵朵不用了 帮我把她删掉' });
    expect(ask.reply).toMatch(/朵朵/);
    expect(ask.reply).toMatch(/果果不受影响/);
    expect(ask.reply).toMatch(/12月5日/);
    expect((await app.booking.listBookings(parent)).upcoming.map((b) => b.childName).sort()).toEqual(['朵朵', '果果']);

    const done = await turn(parent, AFTER_SAT, { button: buttonData(ask, /^确认移除/) });
    expect(done.reply).toMatch(/已移除朵朵/);
    expect((await app.booking.listChildren(parent)).map((c) => c.name)).toEqual(['果果']);
    const mine = await app.booking.listBookings(parent, { includePast: true });
    expect([...mine.upcoming, ...mine.past].map((b) => b.childName)).toEqual(['果果']);
    // The freed place went to the waiting family.
    const offered = await app.booking.listBookings(waiting);
    expect(offered.upcoming.map((b) => [b.childName, b.status])).toEqual([['乐乐', 'held']]);
    // The operators' figures for the past Saturday are unchanged.
    expect(await report()).toEqual(before);
    // A removed child cannot be booked, even by id with a place free (the database refuses the insert).
    await app.db.pool.query('UPDATE sessions SET capacity = capacity + 1 WHERE id = $1', [dec5]);
    await expect(app.booking.bookSession({ parentId: parent, childId: duoduo.id, sessionId: dec5 })).rejects.toMatchObject({ code: 'CHILD_NOT_FOUND' });

    const myBookings = await turn(parent, AFTER_SAT, { text: '我的预约' });
    expect(myBookings.reply).not.toMatch(/朵朵/);
    // The same name may be registered again: a new child.
    const again = await app.booking.registerChild(parent, { name: '朵朵', birthDate: '2024-02-10' });
    expect(again.id).not.toBe(duoduo.id);
  });

  it('asks which child when none is named, and Keep changes nothing', async () => {
    const parent = 31003;
    await app.booking.ensureParent({ parentId: parent });
    app.clock.set(TEST_NOW);
    await app.booking.registerChild(parent, { name: 'Leo', birthDate: '2023-12-01' });
    await app.booking.registerChild(parent, { name: 'Mia', birthDate: '2025-02-14' });
    const which = await turn(parent, TEST_NOW, { text: 'delete one of my kids' });
    expect(which.buttons.flat().map((b) => b.text)).toEqual(['Leo', 'Mia']);
    const ask = await turn(parent, TEST_NOW, { button: buttonData(which, /^Mia$/) });
    expect(ask.reply).toMatch(/Remove Mia/);
    const kept = await turn(parent, TEST_NOW, { button: buttonData(ask, /^Keep$/) });
    expect(kept.reply).toMatch(/Mia stays/);
    expect((await app.booking.listChildren(parent)).map((c) => c.name)).toEqual(['Leo', 'Mia']);
  });

  it('an unregistered name is answered with the registered children', async () => {
    const parent = 31004;
    await app.booking.ensureParent({ parentId: parent });
    await app.booking.registerChild(parent, { name: '米粒', birthDate: '2024-11-08' });
    const o = await turn(parent, TEST_NOW, { text: '帮我把小明删掉' });
    expect(o.reply).toMatch(/小明/);
    expect(o.reply).toMatch(/米粒/);
    expect((await app.booking.listChildren(parent)).map((c) => c.name)).toEqual(['米粒']);
  });
});
