import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { withTransaction } from '../../src/db/withTransaction.ts';
import { checkBookable } from '../../src/booking/checkBookable.ts';
import { loadChildSituation } from '../../src/booking/childSituation.ts';
import { DomainError } from '../../src/errors/DomainError.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { addDays, zonedInstant } from '../../src/time/zonedTime.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { makePoint, makeService, makeSession, TZ } from './fixtures.ts';

/**
 * bookSession decides in SQL (book_session(), migration 011); the TypeScript
 * rules are the reference. bookSession itself throws if the SQL rejects where
 * the TypeScript would not (or with another code); this sweep also catches the
 * other direction — SQL booking what the TypeScript would refuse — by asking
 * the reference first on the same database state, around every rule's edges.
 */
const rules = defaultConfig().booking;
const SAT = '2026-11-28';

/** Deterministic pseudo-random numbers, so a failure names a reproducible scenario. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}
const pick = <T,>(rand: (n: number) => number, xs: readonly T[]): T => xs[rand(xs.length)]!;
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

interface Scenario {
  birthDate: string;
  sessionDate: string;
  now: Date;
  others: { date: string; start: string; end: string; status: 'confirmed' | 'held' | 'attended' | 'no_show' }[];
  pausedUntil: Date | null;
  full: boolean;
}

function scenario(rand: (n: number) => number): Scenario {
  const sessionDate = addDays(SAT, rand(9) - 2); // Thu..Sun of the week after, weekdays included
  const starts = zonedInstant(sessionDate, '09:00', TZ);
  const opens = zonedInstant(addDays(sessionDate, -rules.opensDaysAhead), '00:00', TZ);
  const closes = minutes(starts, -rules.closesMinutesBefore);
  const now = pick(rand, [
    minutes(opens, -1), opens, minutes(opens, 1),
    minutes(closes, -1), closes, minutes(starts, -1), starts,
    ...Array.from({ length: 8 }, () => minutes(starts, -3 * 24 * 60)),
  ]);
  // Ages around the point's 6..36 months on the session day, including births on the 29th–31st.
  const months = pick(rand, [5, 6, 7, 35, 36, 37, 20, 20, 20, 20, 20, 20]);
  const [y, m] = sessionDate.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - months + pick(rand, [-1, 0, 0, 1]);
  const day = pick(rand, [1, 15, 27, 28, 29, 30, 31]);
  const by = Math.floor(total / 12);
  const bm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(by, bm, 0)).getUTCDate();
  const birthDate = `${by}-${String(bm).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  const others: Scenario['others'] = [];
  for (let i = rand(4); i > 0; i--) {
    const date = pick(rand, [sessionDate, sessionDate, addDays(sessionDate, -1), addDays(sessionDate, 1), addDays(sessionDate, rand(17) - 8)]);
    const [start, end] = pick(rand, [['09:00', '12:00'], ['11:59', '13:00'], ['12:00', '13:00'], ['13:00', '15:00']] as const);
    others.push({ date, start, end, status: pick(rand, ['confirmed', 'confirmed', 'held', 'attended', 'no_show', 'no_show'] as const) });
  }
  // No-shows spread around the 30-day window and "now".
  for (let i = pick(rand, [0, 0, 0, 1, 2, 3, 4]); i > 0; i--) {
    const start = minutes(now, pick(rand, [-rules.noShowWindowDays * 24 * 60 - 1, -rules.noShowWindowDays * 24 * 60 + 60, -20 * 24 * 60, -24 * 60, -60, 60]));
    others.push({ date: 'at', start: start.toISOString(), end: minutes(start, 60).toISOString(), status: 'no_show' });
  }
  const pausedUntil = pick(rand, [null, null, null, minutes(now, -1), now, minutes(now, 1)]);
  return { birthDate, sessionDate, now, others, pausedUntil, full: rand(5) === 0 };
}

describe(`book_session() agrees with the TypeScript rules (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });

  it('on 200 scenarios around every rule edge, the SQL books exactly when the reference allows, with the same code', async () => {
    const rand = lcg(20261125);
    const seen = new Map<string, number>();
    for (let n = 0; n < 200; n++) {
      const sc = scenario(rand);
      await resetDatabase(db);
      const point = await makePoint(db, { code: 'P', min: 6, max: 36 });
      const other = await makePoint(db, { code: 'Q' });
      const session = await makeSession(db, point, { date: sc.sessionDate, capacity: sc.full ? 1 : 10 });
      await db.pool.query(`INSERT INTO parents (id, display_name, bookings_paused_until) VALUES (1, 'p', $1), (2, 'q', NULL)`, [sc.pausedUntil]);
      const child = (await db.pool.query(`INSERT INTO children (parent_id, name, birth_date) VALUES (1, '宝宝', $1) RETURNING id`, [sc.birthDate])).rows[0].id;
      const filler = (await db.pool.query(`INSERT INTO children (parent_id, name, birth_date) VALUES (2, 'x', '2025-01-01') RETURNING id`)).rows[0].id;
      if (sc.full) {
        await db.pool.query(`INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status) VALUES ('FULL01', $1, $2, 2, 'confirmed')`, [session, filler]);
      }
      for (const [i, o] of sc.others.entries()) {
        const s =
          o.date === 'at'
            ? ((await db.pool.query(
                `INSERT INTO sessions (point_id, starts_at, ends_at, kind, capacity) VALUES ($1, $2, $3, 'half_day', 5) ON CONFLICT DO NOTHING RETURNING id`,
                [other, o.start, o.end],
              )).rows[0]?.id ?? null)
            : await makeSession(db, other, { date: o.date, start: o.start, end: o.end, capacity: 5 }).catch(() => null);
        if (s === null) continue; // the same slot drawn twice
        await db.pool.query(
          `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, hold_expires_at) VALUES ($1, $2, $3, 1, $4, $5)`,
          [`OTH${String(i).padStart(3, '0')}`, s, child, o.status, o.status === 'held' ? minutes(sc.now, 30) : null],
        );
      }

      const deps = { clock: fixedClock(sc.now.toISOString()), timeZone: TZ, rules };
      const expected = await withTransaction(db.pool, async (client) => {
        const s = await loadChildSituation(client, deps, { childId: child, parentId: 1, sessionId: session, now: sc.now });
        try {
          checkBookable(s!, { name: '宝宝', birthDate: sc.birthDate }, sc.now, deps);
          return 'BOOKED';
        } catch (e) {
          if (e instanceof DomainError) return e.code;
          throw e;
        }
      });
      const { service } = makeService(db, sc.now.toISOString());
      let actual: string;
      try {
        await service.bookSession({ parentId: 1, childId: child, sessionId: session });
        actual = 'BOOKED';
      } catch (e) {
        if (!(e instanceof DomainError)) throw new Error(`scenario ${n} ${JSON.stringify(sc)}: ${String(e)}`);
        actual = e.code;
      }
      expect({ n, actual, sc }).toEqual({ n, actual: expected, sc });
      seen.set(expected, (seen.get(expected) ?? 0) + 1);
    }
    // The sweep must actually reach every rule, or it proves little.
    expect([...seen.keys()].sort()).toEqual(
      ['BOOKED', 'BOOKINGS_PAUSED', 'BOOKING_CLOSED', 'BOOKING_NOT_OPEN_YET', 'CHILD_DOUBLE_BOOKED', 'CHILD_TOO_OLD',
        'CHILD_TOO_YOUNG', 'SESSION_FULL', 'SESSION_IN_PAST', 'WEEKLY_CAP_REACHED'].sort(),
    );
  }, 120_000);
});
