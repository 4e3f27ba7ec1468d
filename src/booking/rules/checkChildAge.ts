import { DomainError } from '../../errors/DomainError.ts';
import { ageInMonths, type LocalDate } from '../../time/zonedTime.ts';

/** The day a child born on `birthDate` turns `months` months old (clamped to month ends). */
export function dateAtAgeMonths(birthDate: LocalDate, months: number): LocalDate {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const td = Math.min(d, lastDay);
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/**
 * The point's age range applies to the child's age ON THE SESSION DAY, not
 * today: a booking two weeks ahead can be for a child who is not yet old enough today.
 */
export function checkChildAge(
  birthDate: LocalDate,
  sessionDate: LocalDate,
  range: { minAgeMonths: number; maxAgeMonths: number },
  facts: Record<string, unknown> = {},
): number {
  const age = ageInMonths(birthDate, sessionDate);
  if (age < range.minAgeMonths) {
    throw new DomainError('CHILD_TOO_YOUNG', {
      ...facts,
      localDate: sessionDate,
      ageMonths: Math.max(age, 0),
      minAgeMonths: range.minAgeMonths,
      eligibleFrom: dateAtAgeMonths(birthDate, range.minAgeMonths),
    });
  }
  if (age > range.maxAgeMonths) {
    throw new DomainError('CHILD_TOO_OLD', {
      ...facts,
      localDate: sessionDate,
      ageMonths: age,
      maxAgeMonths: range.maxAgeMonths,
    });
  }
  return age;
}
