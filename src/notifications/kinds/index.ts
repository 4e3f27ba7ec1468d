import type { z } from 'zod';
import type { NotificationKindDefinition } from './defineKind.ts';
import { bookingCancelledByStaff } from './bookingCancelledByStaff.ts';
import { bookingOpens } from './bookingOpens.ts';
import { dayOpens } from './dayOpens.ts';
import { escalationAnnounce } from './escalationAnnounce.ts';
import { escalationFollowUp } from './escalationFollowUp.ts';
import { noShowPause } from './noShowPause.ts';
import { offerExpired } from './offerExpired.ts';
import { reminder } from './reminder.ts';
import { sessionClosed } from './sessionClosed.ts';
import { staffSummary } from './staffSummary.ts';
import { waitlistOffer } from './waitlistOffer.ts';

/**
 * Every kind of proactive message, by the name stored in outbox.kind (names
 * of queued rows: never reuse one for another meaning). Adding a kind: a
 * module here (payload, audience, load, render), its words in
 * src/i18n/<lang>/notifications.ts, and a producer that calls
 * enqueueNotification.
 */
export const NOTIFICATION_KINDS = {
  reminder,
  waitlist_offer: waitlistOffer,
  offer_expired: offerExpired,
  session_closed: sessionClosed,
  booking_cancelled_by_staff: bookingCancelledByStaff,
  no_show_pause: noShowPause,
  booking_opens: bookingOpens,
  day_opens: dayOpens,
  escalation_announce: escalationAnnounce,
  escalation_follow_up: escalationFollowUp,
  staff_summary: staffSummary,
} satisfies Record<string, NotificationKindDefinition<any, any>>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/** What a producer passes for a kind (before validation and defaults). */
export type PayloadOf<K extends NotificationKind> = z.input<(typeof NOTIFICATION_KINDS)[K]['payload']>;

export type KindRegistry = Record<string, NotificationKindDefinition<any, any>>;

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}
