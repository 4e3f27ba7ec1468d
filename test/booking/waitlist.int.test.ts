import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { count, errorOf, makeFamily, makePoint, makeService, makeSession } from './fixtures.ts';

const SAT = '2026-11-28';

describe(`waitlist (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  async function fullSession(service: ReturnType<typeof makeService>['service'], capacity = 2) {
    const point = await makePoint(db);
    const session = await makeSession(db, point, { date: SAT, capacity });
    const refs: string[] = [];
    for (let i = 1; i <= capacity; i++) {
      const child = await makeFamily(db, 100 + i);
      refs.push((await service.bookSession({ parentId: 100 + i, childId: child, sessionId: session })).booking.refCode);
    }
    return { point, session, refs };
  }

  it('queues families in order, idempotently, only for full sessions', async () => {
    const { service } = makeService(db);
    const { point, session } = await fullSession(service);
    const kids = [await makeFamily(db, 201), await makeFamily(db, 202)];
    const j1 = await service.joinWaitlist({ parentId: 201, childId: kids[0]!, sessionId: session });
    const j2 = await service.joinWaitlist({ parentId: 202, childId: kids[1]!, sessionId: session });
    expect([j1.position, j2.position, j1.alreadyWaiting]).toEqual([1, 2, false]);
    expect(await service.joinWaitlist({ parentId: 201, childId: kids[0]!, sessionId: session })).toEqual({ ...j1, alreadyWaiting: true });
    expect(await count(db, 'SELECT count(*) FROM waitlist_entries')).toBe(2);

    const open = await makeSession(db, point, { date: '2026-11-29', capacity: 5 });
    expect(await errorOf(service.joinWaitlist({ parentId: 201, childId: kids[0]!, sessionId: open }))).toMatchObject({
      code: 'SESSION_HAS_PLACES',
      data: { free: 5 },
    });
    const booked = await makeFamily(db, 203);
    await db.pool.query(`UPDATE sessions SET capacity = 3 WHERE id = $1`, [session]);
    await service.bookSession({ parentId: 203, childId: booked, sessionId: session });
    expect((await errorOf(service.joinWaitlist({ parentId: 203, childId: booked, sessionId: session }))).code).toBe('ALREADY_BOOKED');

    expect(await service.leaveWaitlist({ parentId: 202, sessionId: session })).toEqual({ left: 1 });
    expect((await errorOf(service.leaveWaitlist({ parentId: 202, sessionId: session }))).code).toBe('NOT_ON_WAITLIST');
  });

  it('offers a freed place at once, holds it, and the family accepts', async () => {
    const { service } = makeService(db);
    const { session, refs } = await fullSession(service);
    const kid = await makeFamily(db, 301, '2025-01-15', 'en');
    const entry = await service.joinWaitlist({ parentId: 301, childId: kid, sessionId: session });

    const cancel = await service.cancelBooking({ actor: { parentId: 101 }, bookingRef: refs[0]! });
    expect(cancel.offer).toMatchObject({
      entryId: entry.entryId,
      parentId: 301,
      childName: '宝宝301',
      expiresAt: new Date('2026-11-25T10:30:00+08:00').toISOString(),
    });
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(2); // still full: the place is held
    const outbox = await db.pool.query(`SELECT chat_id, kind, payload, language, urgent, dedupe_key FROM outbox`);
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.rows[0]).toMatchObject({
      chat_id: 301,
      kind: 'waitlist_offer',
      language: 'en',
      urgent: true,
      dedupe_key: `offer:${entry.entryId}`,
      payload: {
        entryId: entry.entryId,
        refCode: cancel.offer!.refCode,
        childName: '宝宝301',
        localDate: SAT,
        startTime: '09:00',
        pointNameZh: 'P1服务点',
        addressEn: 'Address P1',
      },
    });
    // Somebody else trying to book meanwhile finds it full.
    const late = await makeFamily(db, 302);
    expect((await errorOf(service.bookSession({ parentId: 302, childId: late, sessionId: session }))).code).toBe('SESSION_FULL');

    expect(await service.pendingOffers(301)).toHaveLength(1);
    expect((await errorOf(service.acceptOffer(302, entry.entryId))).code).toBe('OFFER_NOT_FOUND');
    const accepted = await service.acceptOffer(301, entry.entryId);
    expect(accepted).toMatchObject({ alreadyAccepted: false, booking: { status: 'confirmed', holdExpiresAt: null, refCode: cancel.offer!.refCode } });
    expect((await service.acceptOffer(301, entry.entryId)).alreadyAccepted).toBe(true);
    expect(await service.pendingOffers(301)).toEqual([]);
    expect((await service.listBookings(301)).upcoming.map((b) => b.status)).toEqual(['confirmed']);
  });

  it('expires an unanswered offer and offers the place to the next family', async () => {
    const { service, clock } = makeService(db);
    const { session, refs } = await fullSession(service);
    const [a, b] = [await makeFamily(db, 401), await makeFamily(db, 402)];
    const ea = await service.joinWaitlist({ parentId: 401, childId: a, sessionId: session });
    const eb = await service.joinWaitlist({ parentId: 402, childId: b, sessionId: session });
    await service.cancelBooking({ actor: { parentId: 101 }, bookingRef: refs[0]! });

    clock.advance(29 * 60_000);
    expect(await service.expireOffers()).toEqual({ expired: 0, offered: 0 });
    clock.advance(2 * 60_000);
    expect(await service.expireOffers()).toEqual({ expired: 1, offered: 1 });
    expect((await errorOf(service.acceptOffer(401, ea.entryId))).code).toBe('OFFER_EXPIRED');
    const kinds = await db.pool.query(`SELECT chat_id, kind FROM outbox ORDER BY id`);
    expect(kinds.rows).toEqual([
      { chat_id: 401, kind: 'waitlist_offer' },
      { chat_id: 401, kind: 'offer_expired' },
      { chat_id: 402, kind: 'waitlist_offer' },
    ]);
    const pending = await service.pendingOffers(402);
    expect(pending.map((o) => o.entryId)).toEqual([eb.entryId]);
    expect(await count(db, `SELECT count(*) FROM bookings WHERE session_id = $1 AND status = 'expired'`, [session])).toBe(1);
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(2);

    // Accepting after the deadline (before the worker ran) also expires it, and the place is free again.
    clock.advance(31 * 60_000);
    expect((await errorOf(service.acceptOffer(402, eb.entryId))).code).toBe('OFFER_EXPIRED');
    expect(await count(db, 'SELECT booked FROM sessions WHERE id = $1', [session])).toBe(1);
  });

  it('a decline passes the place on; ineligible families are skipped', async () => {
    const { service } = makeService(db);
    const { point, session, refs } = await fullSession(service);
    const a = await makeFamily(db, 501);
    const tooOld = await makeFamily(db, 502);
    const busy = await makeFamily(db, 503);
    const c = await makeFamily(db, 504);
    const ea = await service.joinWaitlist({ parentId: 501, childId: a, sessionId: session });
    const eOld = await service.joinWaitlist({ parentId: 502, childId: tooOld, sessionId: session });
    await service.joinWaitlist({ parentId: 503, childId: busy, sessionId: session });
    const ec = await service.joinWaitlist({ parentId: 504, childId: c, sessionId: session });
    // Since joining: one child's birth date was corrected (now too old), another booked an overlapping session.
    await db.pool.query(`UPDATE children SET birth_date = '2023-01-01' WHERE id = $1`, [tooOld]);
    const other = await makeSession(db, point, { date: SAT, start: '10:00', end: '11:00', capacity: 5, classTitle: 'gross_motor' });
    await service.bookSession({ parentId: 503, childId: busy, sessionId: other });

    const cancel = await service.cancelBooking({ actor: { parentId: 101 }, bookingRef: refs[0]! });
    expect(cancel.offer?.entryId).toBe(ea.entryId);
    const declined = await service.declineOffer(501, ea.entryId);
    expect(declined.nextOffer?.entryId).toBe(ec.entryId);
    expect((await service.declineOffer(501, ea.entryId)).alreadyDeclined).toBe(true);
    const statuses = await db.pool.query(`SELECT parent_id, status FROM waitlist_entries ORDER BY id`);
    expect(statuses.rows).toEqual([
      { parent_id: 501, status: 'declined' },
      { parent_id: 502, status: 'cancelled' },
      { parent_id: 503, status: 'waiting' },
      { parent_id: 504, status: 'offered' },
    ]);
    expect(eOld.entryId).toBeGreaterThan(0);
  });
});
