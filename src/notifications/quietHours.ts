import { addDays, localDateOf, localTimeOf, zonedInstant } from '../time/zonedTime.ts';

export interface QuietHours {
  /** 'HH:MM' local; may be later than `end` (the period spans midnight). */
  start: string;
  end: string;
}

/**
 * If `now` falls in quiet hours, the instant they end; otherwise null.
 * Equal start and end mean no quiet hours.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours, timeZone: string): Date | null {
  if (quiet.start === quiet.end) return null;
  const t = localTimeOf(now, timeZone);
  const today = localDateOf(now, timeZone);
  if (quiet.start < quiet.end) {
    return t >= quiet.start && t < quiet.end ? zonedInstant(today, quiet.end, timeZone) : null;
  }
  if (t >= quiet.start) return zonedInstant(addDays(today, 1), quiet.end, timeZone);
  if (t < quiet.end) return zonedInstant(today, quiet.end, timeZone);
  return null;
}
