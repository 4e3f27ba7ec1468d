import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';

/**
 * What a notification says, after the worker has merged the queued payload
 * with fresh data from the database. Producers (BookingService, scheduling)
 * only need to queue ids plus what the database cannot tell later (a closure
 * reason, alternatives); see `NotificationPayload`.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface SessionSummary {
  sessionId: number;
  startsAt: Date;
  endsAt: Date;
  kind: SessionKind;
  classTitle: ClassTitle | null;
  pointName: Bilingual;
  address?: Bilingual;
  phone?: string;
  /** Places left, for alternatives. */
  placesLeft?: number;
  /** Kilometres from the closed session's point, for alternatives. */
  distanceKm?: number;
}

export interface PointDaySummary {
  pointName: Bilingual;
  sessions: Array<{
    startsAt: Date;
    endsAt: Date;
    kind: SessionKind;
    classTitle: ClassTitle | null;
    capacity: number;
    confirmed: number;
    held: number;
    waiting: number;
    cancelled: boolean;
  }>;
}

export type NotificationView =
  | { kind: 'reminder'; bookingId: number; refCode: string; childName?: string; session: SessionSummary }
  | { kind: 'waitlist_offer'; entryId: number; bookingId: number; refCode?: string; childName?: string; expiresAt: Date; session: SessionSummary }
  | { kind: 'offer_expired'; childName?: string; session?: SessionSummary; declined?: boolean }
  | { kind: 'offer_taken'; refCode?: string; childName?: string; session?: SessionSummary }
  | { kind: 'session_closed'; reason?: string; childName?: string; refCode?: string; waitlisted?: boolean; session?: SessionSummary; alternatives: SessionSummary[] }
  | { kind: 'booking_cancelled_by_staff'; reason?: string; childName?: string; refCode?: string; session?: SessionSummary }
  | { kind: 'no_show_pause'; pausedUntil?: Date; noShows?: number }
  | { kind: 'staff_reply'; text: string; staffName?: string }
  | {
      kind: 'escalation_announce';
      escalationId: number;
      reason: string;
      question: string;
      parentLanguage: 'zh' | 'en';
      childAgeMonths: number | null;
      openedAt: Date;
      reannounce: boolean;
      now: Date;
    }
  | { kind: 'escalation_update'; escalationId: number; text: string }
  | { kind: 'staff_summary'; date: string; points: PointDaySummary[] };

export type NotificationViewKind = NotificationView['kind'];
