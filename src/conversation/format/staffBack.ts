import type { Catalogue } from '../../i18n/catalogue.ts';
import { localDateOf, localTimeOf } from '../../time/zonedTime.ts';

/**
 * "staff are off now; they answer after 08:00 tomorrow morning": said when a family reaches for a person at night,
 * so a hand-over never reads as if someone were about to reply.
 */
export function staffOffNow(back: Date, now: Date, w: Catalogue, timeZone: string): string {
  const tomorrow = localDateOf(back, timeZone) !== localDateOf(now, timeZone);
  return w.escalation.staffOffNow(localTimeOf(back, timeZone), tomorrow);
}
