import type { Queryable } from '../db/Queryable.ts';
import type { District } from '../domain/xiamenPlaces.ts';
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

/**
 * A family asked to be told when booking opens for a day whose sessions are not in the timetable window yet ("12月26号
 * 思明上午", "New Year weekend"): one message when that day opens (once per family, day, district and part of day),
 * with a button that looks for its places. Quiet hours as above. Returns false when it was already asked for.
 */
export async function remindWhenDayOpens(
  db: Queryable,
  {
    parentId,
    date,
    district,
    partOfDay,
    opensAt,
    locale,
  }: { parentId: number; date: string; district?: District; partOfDay?: 'morning' | 'afternoon'; opensAt: Date; locale: Locale },
): Promise<boolean> {
  const id = await enqueueNotification(db, {
    chatId: parentId,
    kind: 'day_opens',
    payload: { date, district, partOfDay, opensAt },
    language: locale,
    dueAt: opensAt,
    dedupeKey: `day_opens:${parentId}:${date}:${district ?? ''}:${partOfDay ?? ''}`,
  });
  return id !== null;
}
