import { DomainError } from '../../errors/DomainError.ts';
import { addDays, isWeekend, startOfWeek, type LocalDate } from '../../time/zonedTime.ts';

/**
 * Fairness: at most `limit` weekend (Sat/Sun) bookings per child per ISO week
 * (Mon–Sun). Weekday sessions (trial classes, weekday care) never count.
 * `otherBookingDates` are the local dates of the child's other active bookings.
 */
export function checkWeeklyCap(
  sessionDate: LocalDate,
  otherBookingDates: LocalDate[],
  limit: number,
  facts: Record<string, unknown> = {},
): void {
  if (!isWeekend(sessionDate)) return;
  const weekStart = startOfWeek(sessionDate);
  const used = otherBookingDates.filter((d) => isWeekend(d) && startOfWeek(d) === weekStart).length;
  if (used >= limit) {
    throw new DomainError('WEEKLY_CAP_REACHED', { ...facts, limit, used, weekStart, weekEnd: addDays(weekStart, 6) });
  }
}
