import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { defaultConfig } from '../../src/config/config.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { createBookingService } from '../../src/booking/BookingService.ts';
import { createOutboxWorker } from '../../src/notifications/OutboxWorker.ts';
import { createButtonCodec } from '../../src/conversation/buttonCodec.ts';
import { getTestDatabase, resetDatabase } from '../helpers/testDatabase.ts';
import { makeFamily, makePoint, makeSession, outboxRows, recordingSend, simulatedSleep, NOW, TZ } from './fixtures.ts';

// The booking engine queues the messages in its transactions; the worker delivers them.
const config = defaultConfig({ BUTTON_SECRET: 'flows-test-secret' });
const codec = createButtonCodec(config.telegram.buttonSecret);

let db: Database;
beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
});

function setup() {
  const clock = fixedClock(NOW);
  const service = createBookingService({ pool: db.pool, clock, timeZone: TZ, rules: config.booking });
  const rec = recordingSend(clock);
  const worker = createOutboxWorker({
    pool: db.pool,
    clock,
    config,
    send: rec.send,
    sleep: simulatedSleep(clock),
    workerId: 'w',
    expireOffers: () => service.expireOffers(),
  });
  return { clock, service, rec, worker };
}

async function drain(worker: ReturnType<typeof createOutboxWorker>, clock: ReturnType<typeof fixedClock>) {
  for (let i = 0; i < 50; i++) {
    const r = await worker.runOnce();
    if (r.claimed === 0) {
      const left = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'`);
      if (left.rows[0].n === 0) return;
      clock.advance(1000);
    }
  }
}

describe('waitlist offers', () => {
  it('offer → expiry → the next family is offered; the first family is told', async () => {
    const { clock, service, rec, worker } = setup();
    const point = await makePoint(db.pool);
    const session = await makeSession(db.pool, point, { date: '2026-11-28', capacity: 1 });
    const a = await makeFamily(db.pool, 7001);
    const b = await makeFamily(db.pool, 7002, 'en');
    const c = await makeFamily(db.pool, 7003);
    const booked = await service.bookSession({ parentId: 7001, childId: a, sessionId: session });
    const eb = await service.joinWaitlist({ parentId: 7002, childId: b, sessionId: session });
    const ec = await service.joinWaitlist({ parentId: 7003, childId: c, sessionId: session });

    await service.cancelBooking({ actor: { parentId: 7001 }, bookingId: booked.booking.id });
    await drain(worker, clock);
    expect(rec.sent.map((m) => [m.chatId, m.kind])).toEqual([[7002, 'waitlist_offer']]);
    const offer = rec.sent[0]!;
    expect(offer.text).toContain('A place has opened up');
    expect(offer.text).toContain('10:30'); // the 30-minute hold, local time
    expect(codec.decode(7002, offer.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'oa', args: [String(eb.entryId)] } });
    expect(codec.decode(7002, offer.buttons![0]![1]!.data)).toMatchObject({ ok: true, button: { action: 'od', args: [String(eb.entryId)] } });

    clock.advance(31 * 60_000);
    const m = await worker.runMaintenance();
    expect(m.errors).toEqual([]);
    await drain(worker, clock);
    const later = rec.sent.slice(1).map((x) => [x.chatId, x.kind]);
    expect(later).toEqual(
      expect.arrayContaining([
        [7002, 'offer_expired'],
        [7003, 'waitlist_offer'],
      ]),
    );
    expect(later).toHaveLength(2);
    const toC = rec.sent.find((x) => x.chatId === 7003)!;
    expect(codec.decode(7003, toC.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'oa', args: [String(ec.entryId)] } });
    expect(rec.sent.find((x) => x.kind === 'offer_expired')!.text).toContain('Your held place has expired');
  });

  it('an offer that lapsed before it could be sent is skipped, not delivered', async () => {
    const { clock, service, rec, worker } = setup();
    const point = await makePoint(db.pool);
    const session = await makeSession(db.pool, point, { date: '2026-11-28', capacity: 1 });
    const a = await makeFamily(db.pool, 7101);
    const b = await makeFamily(db.pool, 7102);
    const booked = await service.bookSession({ parentId: 7101, childId: a, sessionId: session });
    await service.joinWaitlist({ parentId: 7102, childId: b, sessionId: session });
    await service.cancelBooking({ actor: { parentId: 7101 }, bookingId: booked.booking.id });
    clock.advance(31 * 60_000); // the worker was down for the whole hold
    await worker.runOnce();
    expect(rec.sent).toHaveLength(0);
    expect((await outboxRows(db, `kind = 'waitlist_offer'`))[0]).toMatchObject({ status: 'skipped', outcome: 'offer_no_longer_open' });
  });

  it('concurrent cancellations each produce exactly one offer, to different families', async () => {
    const { clock, service, rec, worker } = setup();
    const point = await makePoint(db.pool);
    const session = await makeSession(db.pool, point, { date: '2026-11-28', capacity: 2 });
    const bookings = [];
    for (const pid of [7201, 7202]) bookings.push(await service.bookSession({ parentId: pid, childId: await makeFamily(db.pool, pid), sessionId: session }));
    for (const pid of [7203, 7204, 7205]) await service.joinWaitlist({ parentId: pid, childId: await makeFamily(db.pool, pid), sessionId: session });
    await Promise.all(bookings.map((b, i) => service.cancelBooking({ actor: { parentId: 7201 + i }, bookingId: b.booking.id })));
    await drain(worker, clock);
    const offers = rec.sent
      .filter((m) => m.kind === 'waitlist_offer')
      .map((m) => m.chatId)
      .sort();
    expect(offers).toEqual([7203, 7204]);
  });
});

describe('session closure', () => {
  it('tells every booked family once, in their language, with the reason', async () => {
    const { clock, service, rec, worker } = setup();
    const point = await makePoint(db.pool);
    const nearby = await makePoint(db.pool, 'P2', 24.48, 118.15);
    const session = await makeSession(db.pool, point, { date: '2026-11-28', capacity: 30 });
    await makeSession(db.pool, nearby, { date: '2026-11-28', capacity: 30 });
    const families = Array.from({ length: 24 }, (_, i) => 7300 + i);
    for (const pid of families) {
      const child = await makeFamily(db.pool, pid, pid % 3 === 0 ? 'en' : 'zh');
      await service.bookSession({ parentId: pid, childId: child, sessionId: session });
    }
    await db.pool.query(`INSERT INTO staff (telegram_user_id, name, role) VALUES (9001, 'Ms Lin', 'admin')`);
    await service.closeSession(9001, session, '台风');
    await service.closeSession(9001, session, '台风'); // a double tap changes nothing
    await drain(worker, clock);
    const closed = rec.sent.filter((m) => m.kind === 'session_closed');
    expect(closed.map((m) => m.chatId).sort()).toEqual(families);
    for (const m of closed) {
      if (m.chatId % 3 === 0) expect(m.text).toContain('Because of a typhoon');
      else expect(m.text).toContain('因台风');
      expect(m.text).toContain('P2');
    }
    // Nothing more on another round.
    clock.advance(60_000);
    expect((await worker.runOnce()).claimed).toBe(0);
  });
});
