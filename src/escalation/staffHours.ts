import { quietHoursEnd, type QuietHours } from '../notifications/quietHours.ts';

/**
 * When staff answer families: outside the night the service keeps quiet for families (config QUIET_HOURS_START–END,
 * 21:30–08:00 by default). The reply-time document states the same hours ("during the day (08:00–21:30) … a message
 * sent at night is usually handled the next morning").
 */
export const DEFAULT_STAFF_NIGHT: QuietHours = { start: '21:30', end: '08:00' };

/** At night, the instant staff are back (when a request sent now is picked up); during staff hours, null. */
export function staffBackAt(now: Date, night: QuietHours, timeZone: string): Date | null {
  return quietHoursEnd(now, night, timeZone);
}
