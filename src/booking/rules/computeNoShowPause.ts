import type { BookingRules } from '../../config/config.ts';

/**
 * When a family has `noShowLimit` or more no-shows for sessions that started
 * within the last `noShowWindowDays` days, bookings pause until the latest of
 * those sessions plus `noShowPauseDays` days. Returns that moment, or null.
 */
export function computeNoShowPause(noShowSessionStarts: Date[], now: Date, rules: BookingRules): Date | null {
  const windowStart = now.getTime() - rules.noShowWindowDays * 86_400_000;
  const recent = noShowSessionStarts.filter((d) => d.getTime() >= windowStart && d.getTime() <= now.getTime());
  if (recent.length < rules.noShowLimit) return null;
  const latest = Math.max(...recent.map((d) => d.getTime()));
  const until = new Date(latest + rules.noShowPauseDays * 86_400_000);
  return until > now ? until : null;
}
