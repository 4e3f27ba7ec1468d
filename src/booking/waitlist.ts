import type pg from 'pg';
import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { enqueueNotification } from '../notifications/enqueueNotification.ts';
import type { BookingDeps } from './context.ts';
import { refusalError } from './bookingRefusal.ts';
import { loadChildSituation } from './childSituation.ts';
import { bookingTarget, parseInput, rowId, userId } from './input.ts';
import { offerNextPlace } from './offerNextPlace.ts';
import {
  BOOKING_COLUMNS,
  BOOKING_FROM,
  bookingFromRow,
  offerFromRow,
  SESSION_COLUMNS,
  sessionFromRow,
  sessionFacts,
  sessionPayload,
  type Row,
} from './rows.ts';
import type { BookingView, WaitlistOffer } from './types.ts';

/** A place in a waitlist queue, not yet offered. */
export type WaitingEntry = Omit<WaitlistOffer, 'bookingId' | 'refCode' | 'expiresAt'> & { position: number };

export interface JoinWaitlistResult {
  entryId: number;
  /** 1 = next in line. */
  position: number;
  alreadyWaiting: boolean;
}

const OFFER_SELECT = `SELECT w.id AS entry_id, w.status AS entry_status, w.offer_expires_at, w.parent_id, w.child_id,
    w.booking_id, b.ref_code, b.status AS booking_status, c.name AS child_name, ${SESSION_COLUMNS}
  FROM waitlist_entries w JOIN children c ON c.id = w.child_id JOIN sessions s ON s.id = w.session_id
  JOIN service_points p ON p.id = s.point_id LEFT JOIN bookings b ON b.id = w.booking_id`;

async function positionOf(client: Pick<pg.PoolClient, 'query'>, entryId: number): Promise<number> {
  const r = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM waitlist_entries w, waitlist_entries me
      WHERE me.id = $1 AND w.session_id = me.session_id AND w.status = 'waiting'
        AND (w.created_at, w.id) <= (me.created_at, me.id)`,
    [entryId],
  );
  return Math.max(r.rows[0]?.n ?? 1, 1);
}

/** Ends an offer (declined, expired or withdrawn): the held place is released and offered to the next family. */
async function endOffer(
  client: pg.PoolClient,
  deps: Omit<BookingDeps, 'pool'>,
  row: Row,
  status: 'declined' | 'expired' | 'cancelled',
  now: Date,
): Promise<WaitlistOffer | null> {
  if (row.booking_id && row.booking_status === 'held') {
    await client.query(`UPDATE bookings SET status = 'expired', hold_expires_at = NULL, cancelled_by = $3, cancelled_at = $2, updated_at = $2 WHERE id = $1`, [
      row.booking_id,
      now,
      status === 'expired' ? 'system' : 'parent',
    ]);
  }
  await client.query('UPDATE waitlist_entries SET status = $2, updated_at = $3 WHERE id = $1', [row.entry_id, status, now]);
  return offerNextPlace(client, deps, row.session_id, now);
}

export function waitlistOperations(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;

  async function lockOffer(client: pg.PoolClient, parentId: number, entryId: number): Promise<Row> {
    const r = await client.query<Row>(`${OFFER_SELECT} WHERE w.id = $1 FOR UPDATE OF w`, [entryId]);
    const row = r.rows[0];
    if (!row || Number(row.parent_id) !== parentId) throw new DomainError('OFFER_NOT_FOUND', { entryId });
    return row;
  }

  return {
    /** Joins the queue for a FULL session; same age/window/family rules as booking. Idempotent. */
    async joinWaitlist(args: { parentId: number; childId: number; sessionId: number }): Promise<JoinWaitlistResult> {
      const a = parseInput(bookingTarget, args);
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const c = await client.query<Row>('SELECT id, name FROM children WHERE id = $1 AND parent_id = $2 AND removed_at IS NULL FOR UPDATE', [
          a.childId,
          a.parentId,
        ]);
        const child = c.rows[0];
        if (!child) throw new DomainError('CHILD_NOT_FOUND', { childId: a.childId });
        const s = await loadChildSituation(client, deps, { childId: a.childId, parentId: a.parentId, sessionId: a.sessionId, now });
        if (!s) throw new DomainError('SESSION_NOT_FOUND', { sessionId: a.sessionId });
        const waiting = await client.query<{ id: number }>(
          `SELECT id FROM waitlist_entries WHERE session_id = $1 AND child_id = $2 AND status IN ('waiting','offered')`,
          [a.sessionId, a.childId],
        );
        if (waiting.rows[0]) {
          return { entryId: waiting.rows[0].id, position: await positionOf(client, waiting.rows[0].id), alreadyWaiting: true };
        }
        const facts = { ...sessionFacts(s.summary), childName: child.name };
        // The queue is for a session this child could book but for its being full: the decider's SESSION_FULL.
        if (!s.refusal) throw new DomainError('SESSION_HAS_PLACES', { ...facts, free: s.session.capacity - s.session.booked });
        if (s.refusal.code !== 'SESSION_FULL') throw refusalError(s.refusal, s.summary, child.name, timeZone);
        const r = await client.query<{ id: number }>(
          `INSERT INTO waitlist_entries (session_id, child_id, parent_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
          [a.sessionId, a.childId, a.parentId, now],
        );
        const entryId = r.rows[0]!.id;
        return { entryId, position: await positionOf(client, entryId), alreadyWaiting: false };
      });
    },

    /** Leaves the queue (and gives up a pending offer). NOT_ON_WAITLIST if there is nothing to leave. */
    async leaveWaitlist(args: { parentId: number; sessionId: number; childId?: number }): Promise<{ left: number }> {
      const a = parseInput(z.object({ parentId: userId, sessionId: rowId, childId: rowId.optional() }), args);
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const r = await client.query<Row>(
          `${OFFER_SELECT} WHERE w.session_id = $1 AND w.parent_id = $2 AND ($3::int IS NULL OR w.child_id = $3)
             AND w.status IN ('waiting','offered') ORDER BY w.id FOR UPDATE OF w`,
          [a.sessionId, a.parentId, a.childId ?? null],
        );
        if (!r.rows.length) throw new DomainError('NOT_ON_WAITLIST', { sessionId: a.sessionId });
        for (const row of r.rows) await endOffer(client, deps, row, 'cancelled', now);
        return { left: r.rows.length };
      });
    },

    /** Takes a held place: the booking becomes confirmed. Idempotent; OFFER_EXPIRED after the deadline. */
    async acceptOffer(parentId: number, entryId: number): Promise<{ booking: BookingView; alreadyAccepted: boolean }> {
      const pid = parseInput(userId, parentId);
      const eid = parseInput(rowId, entryId);
      const now = clock.now();
      const outcome = await withTransaction(pool, async (client) => {
        const row = await lockOffer(client, pid, eid);
        if (row.entry_status === 'accepted') {
          const b = await client.query<Row>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [row.booking_id]);
          return { kind: 'ok' as const, booking: bookingFromRow(b.rows[0]!, timeZone), alreadyAccepted: true };
        }
        if (row.entry_status === 'expired') return { kind: 'expired' as const };
        if (row.entry_status !== 'offered') return { kind: 'missing' as const };
        if (new Date(row.offer_expires_at) <= now) {
          // Past the deadline but the worker has not run yet: expire it now (and offer on), then say so.
          await endOffer(client, deps, row, 'expired', now);
          return { kind: 'expired' as const };
        }
        await client.query(`UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL, updated_at = $2 WHERE id = $1`, [row.booking_id, now]);
        await client.query(`UPDATE waitlist_entries SET status = 'accepted', updated_at = $2 WHERE id = $1`, [eid, now]);
        const b = await client.query<Row>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [row.booking_id]);
        return { kind: 'ok' as const, booking: bookingFromRow(b.rows[0]!, timeZone), alreadyAccepted: false };
      });
      if (outcome.kind === 'expired') throw new DomainError('OFFER_EXPIRED', { entryId: eid });
      if (outcome.kind === 'missing') throw new DomainError('OFFER_NOT_FOUND', { entryId: eid });
      return { booking: outcome.booking, alreadyAccepted: outcome.alreadyAccepted };
    },

    /** Gives the held place back; it goes to the next family at once. Idempotent. */
    async declineOffer(parentId: number, entryId: number): Promise<{ alreadyDeclined: boolean; nextOffer?: WaitlistOffer }> {
      const pid = parseInput(userId, parentId);
      const eid = parseInput(rowId, entryId);
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const row = await lockOffer(client, pid, eid);
        if (row.entry_status === 'declined' || row.entry_status === 'expired' || row.entry_status === 'cancelled') return { alreadyDeclined: true };
        if (row.entry_status !== 'offered') throw new DomainError('OFFER_NOT_FOUND', { entryId: eid });
        const next = await endOffer(client, deps, row, 'declined', now);
        return { alreadyDeclined: false, ...(next ? { nextOffer: next } : {}) };
      });
    },

    /** Worker entry point: ends every offer past its deadline, tells the family, offers the place on. */
    async expireOffers(): Promise<{ expired: number; offered: number }> {
      const now = clock.now();
      let expired = 0;
      let offered = 0;
      for (;;) {
        const batch = await withTransaction(pool, async (client) => {
          const r = await client.query<Row>(
            `${OFFER_SELECT} WHERE w.status = 'offered' AND w.offer_expires_at <= $1
              ORDER BY w.offer_expires_at, w.id LIMIT 50 FOR UPDATE OF w SKIP LOCKED`,
            [now],
          );
          let n = 0;
          let o = 0;
          for (const row of r.rows) {
            const summary = offerFromRow(row, timeZone);
            const lang = await client.query<{ language: 'zh' | 'en' }>('SELECT language FROM parents WHERE id = $1', [row.parent_id]);
            await enqueueNotification(client, {
              chatId: Number(row.parent_id),
              kind: 'offer_expired',
              payload: { ...sessionPayload(summary), entryId: row.entry_id, bookingId: row.booking_id, refCode: row.ref_code, childName: row.child_name },
              language: lang.rows[0]?.language,
              dueAt: now,
              dedupeKey: `offer_expired:${row.entry_id}`,
            });
            if (await endOffer(client, deps, row, 'expired', now)) o++;
            n++;
          }
          return { n, o };
        });
        expired += batch.n;
        offered += batch.o;
        if (batch.n < 50) break;
      }
      return { expired, offered };
    },

    /** The family's places in waitlist queues not yet offered, soonest session first, with their position. */
    async waitingEntries(parentId: number): Promise<WaitingEntry[]> {
      const pid = parseInput(userId, parentId);
      const r = await pool.query<Row>(`${OFFER_SELECT} WHERE w.parent_id = $1 AND w.status = 'waiting' AND s.starts_at > $2 ORDER BY s.starts_at, w.id`, [
        pid,
        clock.now(),
      ]);
      const out: WaitingEntry[] = [];
      for (const row of r.rows) {
        out.push({
          ...sessionFromRow(row, timeZone),
          entryId: row.entry_id,
          childId: row.child_id,
          childName: row.child_name,
          parentId: Number(row.parent_id),
          position: await positionOf(pool, row.entry_id),
        });
      }
      return out;
    },

    /** Offers still open for this family, soonest deadline first. */
    async pendingOffers(parentId: number): Promise<WaitlistOffer[]> {
      const pid = parseInput(userId, parentId);
      const r = await pool.query<Row>(
        `${OFFER_SELECT} WHERE w.parent_id = $1 AND w.status = 'offered' AND w.offer_expires_at > $2 ORDER BY w.offer_expires_at`,
        [pid, clock.now()],
      );
      return r.rows.map((row) => offerFromRow(row, timeZone));
    },
  };
}
