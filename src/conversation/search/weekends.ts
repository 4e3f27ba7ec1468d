import { addDays, localDateOf, weekdayOf, type LocalDate } from '../../time/zonedTime.ts';

/** The coming weekend (today included when it is Saturday or Sunday). */
export function comingWeekend(now: Date, timeZone: string): { from: LocalDate; to: LocalDate } {
  const today = localDateOf(now, timeZone);
  const wd = weekdayOf(today);
  if (wd === 0) return { from: today, to: today };
  const sat = addDays(today, 6 - wd);
  return { from: sat, to: addDays(sat, 1) };
}

/** The weekend after the coming one. */
export function nextWeekend(now: Date, timeZone: string): { from: LocalDate; to: LocalDate } {
  const today = localDateOf(now, timeZone);
  const wd = weekdayOf(today);
  const sat = wd === 0 ? addDays(today, 6) : addDays(today, 6 - wd + 7);
  return { from: sat, to: addDays(sat, 1) };
}

export const compactDate = (d: LocalDate) => d.replaceAll('-', '');
export const expandDate = (d: string): LocalDate | undefined => (/^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined);
