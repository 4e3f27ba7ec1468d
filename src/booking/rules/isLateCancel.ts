import type { BookingRules } from '../../config/config.ts';

/** A parent's cancel is late once fewer than `cancelDeadlineMinutes` remain before the start. Late cancels are allowed, only recorded. */
export function isLateCancel(startsAt: Date, now: Date, rules: BookingRules): boolean {
  return now.getTime() > startsAt.getTime() - rules.cancelDeadlineMinutes * 60_000;
}
