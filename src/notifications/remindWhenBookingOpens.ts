import type { Queryable } from '../db/Queryable.ts';
import type { Locale } from '../i18n/languages.ts';
import { enqueueNotification } from './enqueueNotification.ts';

/**
 * A family asked to be told when booking opens for a session not yet open:
 * one message at the opening time (once per family and session; asking again
 * changes nothing). Like every message that can wait, it respects quiet
 * hours: an opening at midnight reaches the family when quiet hours end
 * (08:00 by default). Returns false when it was already asked for.
 */
export async function remindWhenBookingOpens(
  db: Queryable,
  { parentId, sessionId, opensAt, locale }: { parentId: number; sessionId: number; opensAt: Date; locale: Locale },
): Promise<boolean> {
  const id = await enqueueNotification(db, {
    chatId: parentId,
    kind: 'booking_opens',
    payload: { sessionId, opensAt },
    language: locale,
    dueAt: opensAt,
    dedupeKey: `booking_opens:${parentId}:${sessionId}`,
  });
  return id !== null;
}
