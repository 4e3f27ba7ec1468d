import type pg from 'pg';
import { enqueueNotification } from '../notifications/enqueueNotification.ts';
import type { BookingDeps } from './context.ts';
import { loadChildSituation } from './childSituation.ts';
import { insertBooking } from './insertBooking.ts';
import { sessionPayload, type Row } from './rows.ts';
import type { WaitlistOffer } from './types.ts';

/** Reasons a waiting family will never take this place: their entry is closed instead of skipped. */
const PERMANENT = new Set(['CHILD_TOO_OLD', 'CHILD_TOO_YOUNG', 'ALREADY_BOOKED']);

/**
 * Gives a free place of `sessionId` to the first eligible waiting family, in
 * the caller's transaction (so the place is never free and un-offered once it
 * commits). The place is held for `waitlistHoldMinutes` and the family is told
 * through the outbox. Returns the offer, or null if nobody can take it.
 */
export async function offerNextPlace(client: pg.PoolClient, deps: Omit<BookingDeps, 'pool'>, sessionId: number, now: Date): Promise<WaitlistOffer | null> {
  // The caller already holds this row's lock (its status change went through the counter trigger).
  // No offers once booking has closed (booking_closes_at(), the window's one definition): a family could not plan for it.
  const s = await client.query<Row>(
    'SELECT starts_at, booked, capacity, status, $2 >= booking_closes_at(starts_at, $3) AS closed FROM sessions WHERE id = $1 FOR UPDATE',
    [sessionId, now, deps.rules.closesMinutesBefore],
  );
  const session = s.rows[0];
  if (session?.status !== 'open' || session.booked >= session.capacity || session.closed) return null;
  const startsAt = new Date(session.starts_at);

  const skipped: number[] = [];
  for (;;) {
    const e = await client.query<Row>(
      `SELECT w.id, w.child_id, w.parent_id, c.name AS child_name
         FROM waitlist_entries w JOIN children c ON c.id = w.child_id
        WHERE w.session_id = $1 AND w.status = 'waiting' AND NOT (w.id = ANY($2::int[]))
        ORDER BY w.created_at, w.id
        LIMIT 1
        FOR UPDATE OF w SKIP LOCKED`,
      [sessionId, skipped],
    );
    const entry = e.rows[0];
    if (!entry) return null;
    const parentId = Number(entry.parent_id);
    // Same lock a direct booking takes, so this child's rules stay serialised.
    await client.query('SELECT id FROM children WHERE id = $1 FOR UPDATE', [entry.child_id]);
    const situation = await loadChildSituation(client, deps, { childId: entry.child_id, parentId, sessionId, now });
    if (!situation) return null;
    // The same decider as booking (booking_refusal()); the place is free, so only the family's and
    // child's rules can refuse, or the child was booked directly in the meantime (the wait is over).
    if (situation.refusal) {
      if (PERMANENT.has(situation.refusal.code)) {
        await client.query(`UPDATE waitlist_entries SET status = 'cancelled', updated_at = $2 WHERE id = $1`, [entry.id, now]);
      } else {
        skipped.push(entry.id);
      }
      continue;
    }

    const holdUntil = new Date(Math.min(now.getTime() + deps.rules.waitlistHoldMinutes * 60_000, startsAt.getTime()));
    const booking = await insertBooking(client, {
      sessionId,
      childId: entry.child_id,
      parentId,
      status: 'held',
      holdExpiresAt: holdUntil,
      now,
    });
    await client.query(
      `UPDATE waitlist_entries SET status = 'offered', booking_id = $2, offered_at = $3, offer_expires_at = $4, updated_at = $3
        WHERE id = $1`,
      [entry.id, booking.id, now, holdUntil],
    );
    const offer: WaitlistOffer = {
      ...situation.summary,
      entryId: entry.id,
      bookingId: booking.id,
      refCode: booking.refCode,
      childId: entry.child_id,
      childName: entry.child_name,
      parentId,
      expiresAt: holdUntil.toISOString(),
    };
    await enqueueNotification(client, {
      chatId: parentId,
      kind: 'waitlist_offer',
      payload: {
        ...sessionPayload(situation.summary),
        entryId: entry.id,
        bookingId: booking.id,
        refCode: booking.refCode,
        childId: entry.child_id,
        childName: entry.child_name,
        expiresAt: offer.expiresAt,
        holdMinutes: deps.rules.waitlistHoldMinutes,
      },
      language: situation.parentLanguage,
      urgent: true,
      dueAt: now,
      dedupeKey: `offer:${entry.id}`,
    });
    return offer;
  }
}
