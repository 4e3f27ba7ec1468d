import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { enqueueNotification } from '../notifications/enqueueNotification.ts';
import type { BookingDeps } from './context.ts';
import { parseInput, refCode, rowId, userId } from './input.ts';
import { offerNextPlace } from './offerNextPlace.ts';
import { isLateCancel } from './rules/isLateCancel.ts';
import { BOOKING_COLUMNS, BOOKING_FROM, bookingFromRow, sessionFacts, sessionPayload, type Row } from './rows.ts';
import { requirePointAccess, requireStaff } from './staffAccess.ts';
import { staffActor } from './staffOperations.ts';
import { recordAudit } from '../operators/auditLog.ts';
import type { BookingView, WaitlistOffer } from './types.ts';

export type Actor = { parentId: number } | { staffUserId: number };

export interface CancelResult {
  booking: BookingView;
  alreadyCancelled: boolean;
  /** Cancelled after the cancel deadline: allowed, but recorded. */
  late: boolean;
  /** The freed place, offered at once to the next waiting family. */
  offer?: WaitlistOffer;
}

const cancelInput = z
  .object({
    actor: z.union([z.object({ parentId: userId }), z.object({ staffUserId: userId })]),
    bookingRef: refCode.optional(),
    bookingId: rowId.optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.bookingRef !== undefined || v.bookingId !== undefined, { path: ['bookingRef'], message: 'a booking code or id is needed' });

export function cancelBookingOperation(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;

  return async function cancelBooking(args: { actor: Actor; bookingRef?: string; bookingId?: number; reason?: string }): Promise<CancelResult> {
    const a = parseInput(cancelInput, args);
    const now = clock.now();
    return withTransaction(pool, async (client) => {
      const r = await client.query<Row>(
        `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
          WHERE ${a.bookingRef !== undefined ? 'b.ref_code = $1' : 'b.id = $1'}
          FOR UPDATE OF b`,
        [a.bookingRef ?? a.bookingId],
      );
      const row = r.rows[0];
      const byStaff = 'staffUserId' in a.actor;
      if ('parentId' in a.actor) {
        // Another family's booking looks exactly like a missing one.
        if (!row || Number(row.parent_id) !== a.actor.parentId) throw new DomainError('BOOKING_NOT_FOUND');
      } else {
        const staff = await requireStaff(client, a.actor.staffUserId);
        if (!row) throw new DomainError('BOOKING_NOT_FOUND');
        requirePointAccess(staff, row.point_id);
      }
      const view = bookingFromRow(row, timeZone);
      if (row.status === 'cancelled' || row.status === 'expired') {
        return { booking: view, alreadyCancelled: true, late: row.late_cancel };
      }
      const startsAt = new Date(row.starts_at);
      if (row.status === 'attended' || row.status === 'no_show' || startsAt <= now) {
        throw new DomainError('BOOKING_IN_PAST', { ...sessionFacts(view), refCode: row.ref_code });
      }
      const late = !byStaff && isLateCancel(startsAt, now, deps.rules);
      await client.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_by = $2, cancelled_at = $3, late_cancel = $4,
                hold_expires_at = NULL, updated_at = $3
          WHERE id = $1`,
        [row.booking_id, byStaff ? 'staff' : 'parent', now, late],
      );
      if (row.status === 'held') {
        // Cancelling a held place is declining the waitlist offer.
        await client.query(`UPDATE waitlist_entries SET status = $2, updated_at = $3 WHERE booking_id = $1 AND status = 'offered'`, [
          row.booking_id,
          byStaff ? 'cancelled' : 'declined',
          now,
        ]);
      }
      if (byStaff) {
        const lang = await client.query<{ language: 'zh' | 'en' }>('SELECT language FROM parents WHERE id = $1', [row.parent_id]);
        await enqueueNotification(client, {
          chatId: Number(row.parent_id),
          kind: 'booking_cancelled_by_staff',
          payload: { ...sessionPayload(view), bookingId: view.id, refCode: view.refCode, childName: view.childName, reason: a.reason ?? null },
          language: lang.rows[0]?.language,
          urgent: true,
          dueAt: now,
          dedupeKey: `staff_cancel:${view.id}`,
        });
        if ('staffUserId' in a.actor)
          await recordAudit(client, now, staffActor(await requireStaff(client, a.actor.staffUserId)), {
            action: 'booking.cancel',
            targetType: 'booking',
            targetId: view.refCode,
            pointId: row.point_id,
            details: { sessionId: row.session_id, reason: a.reason ?? null },
          });
      }
      const offer = (await offerNextPlace(client, deps, row.session_id, now)) ?? undefined;
      const booking: BookingView = { ...view, status: 'cancelled', lateCancel: late, holdExpiresAt: null, cancelledAt: now.toISOString() };
      return { booking, alreadyCancelled: false, late, ...(offer ? { offer } : {}) };
    });
  };
}
