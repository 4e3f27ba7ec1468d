import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';
import type { District } from '../domain/xiamenPlaces.ts';

import type { Locale } from '../i18n/languages.ts';

/** A parent's stored language is a locale (zh, zh-Hant, en). */
export type Lang = Locale;

export interface PointSummary {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  district: District;
  addressZh: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  phone: string;
}

/** A session as parents see it: instants as ISO strings, plus its day and times in the service zone. */
export interface SessionSummary {
  sessionId: number;
  point: PointSummary;
  startsAt: string;
  endsAt: string;
  localDate: string;
  startTime: string;
  endTime: string;
  kind: SessionKind;
  classTitle: ClassTitle | null;
}

export interface SlotResult extends SessionSummary {
  capacity: number;
  free: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  /** Present when the search had `near`. */
  distanceKm?: number;
  /** Free, inside the booking window (and, when a child or age was given, the age range). */
  bookable: boolean;
  bookingOpensAt: string;
  bookingClosesAt: string;
}

export type BookingStatus = 'held' | 'confirmed' | 'cancelled' | 'expired' | 'attended' | 'no_show';

export interface BookingView extends SessionSummary {
  id: number;
  refCode: string;
  status: BookingStatus;
  childId: number;
  childName: string;
  parentId: number;
  lateCancel: boolean;
  /** For 'held' bookings (a waitlist offer): accept before this. */
  holdExpiresAt: string | null;
  cancelledAt: string | null;
  sessionStatus: 'open' | 'cancelled';
}

export interface WaitlistOffer extends SessionSummary {
  entryId: number;
  bookingId: number;
  refCode: string;
  childId: number;
  childName: string;
  parentId: number;
  expiresAt: string;
}

export interface Parent {
  id: number;
  displayName: string;
  language: Lang;
  consentAt: string | null;
  bookingsPausedUntil: string | null;
}

export interface Child {
  id: number;
  parentId: number;
  name: string;
  birthDate: string;
  /** Whole months today in the service zone. */
  ageMonths: number;
}

export interface StaffMember {
  id: number;
  telegramUserId: number;
  name: string;
  role: 'admin' | 'point_staff';
  pointId: number | null;
  /** Every point a point_staff member serves (pointId is the first); admins: empty, they see all. */
  pointIds?: number[];
}

export interface RosterBooking {
  bookingId: number;
  refCode: string;
  childName: string;
  ageMonths: number;
  parentId: number;
  status: BookingStatus;
}

export interface RosterSession extends SessionSummary {
  capacity: number;
  booked: number;
  status: 'open' | 'cancelled';
  cancelReason: string | null;
  bookings: RosterBooking[];
  waiting: number;
}
