import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { withTransaction } from '../db/withTransaction.ts';

export interface ForgetFamilyDeps {
  pool: Db;
  clock: Clock;
  /** Cancelling through the booking service frees the place *and* offers it to the waitlist. */
  booking: { cancelBooking(args: { actor: { parentId: number }; bookingId: number; reason?: string }): Promise<unknown> };
}

/** A message the bot posted in a staff chat about the family (to be deleted or blanked there). */
export interface StaffChatMessage {
  chatId: number;
  messageId: number;
}

export interface ForgetFamilyResult {
  cancelledBookings: number;
  /** Every ticket message the bot posted about the family: the transport deletes or blanks each. */
  staffMessages: StaffChatMessage[];
  deleted: {
    bookings: number;
    waitlistEntries: number;
    children: number;
    conversationTurns: number;
    escalations: number;
    notifications: number;
    parent: boolean;
  };
}

/**
 * Deletes everything the service holds about a family, on the parent's request.
 * Future bookings are first cancelled one by one through the booking service,
 * so each freed place goes to the next waiting family; then one transaction
 * removes the rest (a booking that could not be cancelled is still deleted,
 * and the booking trigger gives its place back).
 */
export async function forgetFamily(deps: ForgetFamilyDeps, parentId: number): Promise<ForgetFamilyResult> {
  const now = deps.clock.now();
  const future = await deps.pool.query<{ id: number }>(
    `SELECT b.id FROM bookings b JOIN sessions s ON s.id = b.session_id
      WHERE b.parent_id = $1 AND b.status IN ('held', 'confirmed') AND s.starts_at > $2
      ORDER BY s.starts_at`,
    [parentId, now],
  );
  let cancelledBookings = 0;
  for (const { id } of future.rows) {
    try {
      await deps.booking.cancelBooking({ actor: { parentId }, bookingId: id, reason: 'family data deleted' });
      cancelledBookings++;
    } catch {
      // Started meanwhile or already cancelled: the deletion below still frees it.
    }
  }

  return withTransaction(deps.pool, async (client) => {
    // Serialise with a concurrent booking by the same parent.
    await client.query('SELECT id FROM parents WHERE id = $1 FOR UPDATE', [parentId]);
    const count = async (sql: string) => (await client.query(sql, [parentId])).rowCount ?? 0;
    // Read before the tickets go (their records cascade with them).
    const posted = await client.query(
      `SELECT tm.chat_id, tm.message_id FROM ticket_messages tm JOIN escalations e ON e.id = tm.escalation_id
        WHERE e.parent_id = $1 ORDER BY tm.created_at, tm.message_id`,
      [parentId],
    );
    const notifications = await count('DELETE FROM outbox WHERE chat_id = $1');
    const waitlistEntries = await count('DELETE FROM waitlist_entries WHERE parent_id = $1');
    const bookings = await count('DELETE FROM bookings WHERE parent_id = $1');
    const children = await count('DELETE FROM children WHERE parent_id = $1');
    const conversationTurns = await count('DELETE FROM conversation_turns WHERE user_id = $1');
    const escalations = await count('DELETE FROM escalations WHERE parent_id = $1');
    const parent = (await count('DELETE FROM parents WHERE id = $1')) > 0;
    return {
      cancelledBookings,
      staffMessages: posted.rows.map((m) => ({ chatId: Number(m.chat_id), messageId: Number(m.message_id) })),
      deleted: { bookings, waitlistEntries, children, conversationTurns, escalations, notifications, parent },
    };
  });
}
