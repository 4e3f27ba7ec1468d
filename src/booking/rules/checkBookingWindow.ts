import type { BookingRules } from '../../config/config.ts';
import { DomainError } from '../../errors/DomainError.ts';
import { addDays, localDateOf, localTimeOf, zonedInstant } from '../../time/zonedTime.ts';

export interface BookingWindow {
  /** Local midnight, `opensDaysAhead` days before the session's date: one clear moment parents can be told. */
  opensAt: Date;
  /** `closesMinutesBefore` minutes before the start. */
  closesAt: Date;
}

export function bookingWindow(startsAt: Date, timeZone: string, rules: BookingRules): BookingWindow {
  const sessionDate = localDateOf(startsAt, timeZone);
  return {
    opensAt: zonedInstant(addDays(sessionDate, -rules.opensDaysAhead), '00:00', timeZone),
    closesAt: new Date(startsAt.getTime() - rules.closesMinutesBefore * 60_000),
  };
}

export function isWithinBookingWindow(startsAt: Date, now: Date, timeZone: string, rules: BookingRules): boolean {
  const w = bookingWindow(startsAt, timeZone, rules);
  return now >= w.opensAt && now < w.closesAt;
}

/** Throws BOOKING_NOT_OPEN_YET / BOOKING_CLOSED with the moment that matters. */
export function checkBookingWindow(
  startsAt: Date,
  now: Date,
  timeZone: string,
  rules: BookingRules,
  sessionFacts: Record<string, unknown> = {},
): void {
  const w = bookingWindow(startsAt, timeZone, rules);
  if (now < w.opensAt) {
    throw new DomainError('BOOKING_NOT_OPEN_YET', {
      ...sessionFacts,
      opensAt: w.opensAt.toISOString(),
      opensDate: localDateOf(w.opensAt, timeZone),
      opensTime: localTimeOf(w.opensAt, timeZone),
      daysAhead: rules.opensDaysAhead,
    });
  }
  if (now >= w.closesAt) {
    throw new DomainError('BOOKING_CLOSED', {
      ...sessionFacts,
      closedAt: w.closesAt.toISOString(),
      minutesBefore: rules.closesMinutesBefore,
    });
  }
}
