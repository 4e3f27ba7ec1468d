import { DomainError, type DomainErrorCode } from '../errors/DomainError.ts';
import { localDateOf, localTimeOf } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { sessionFacts } from './rows.ts';
import type { SessionSummary } from './types.ts';

/**
 * What the SQL function booking_refusal() (src/db/migrations/040_one_booking_decider.sql)
 * answers when a child may not take a place: the rule's code and the facts behind it.
 * That function is the only decider of the booking rules; this file only passes it
 * the configured limits and turns its answer into the DomainError a parent is shown.
 */
export interface Refusal {
  code: DomainErrorCode;
  [fact: string]: unknown;
}

/** booking_refusal()'s arguments after (parent, child, session, now), in its order. */
export function ruleArgs(deps: Pick<BookingDeps, 'timeZone' | 'rules'>): unknown[] {
  const r = deps.rules;
  return [deps.timeZone, r.opensDaysAhead, r.closesMinutesBefore, r.weeklyWeekendBookingsPerChild, r.noShowLimit, r.noShowWindowDays, r.noShowPauseDays];
}

/** SQL calling booking_refusal() with (parent, child, session, now) at $first..$first+3 and ruleArgs() right after. */
export function refusalCall(first: number): string {
  return `booking_refusal(${Array.from({ length: 11 }, (_, i) => `$${first + i}`).join(', ')})`;
}

const iso = (v: unknown) => new Date(String(v)).toISOString();

/**
 * The DomainError for a refusal about `session` and the child named `childName`:
 * the same codes and data the words in src/i18n/<lang>/errors.ts read. Instants
 * are given as ISO strings plus the local date/time the words name.
 */
export function refusalError(r: Refusal, session: SessionSummary, childName: string, timeZone: string): DomainError {
  const facts = { ...sessionFacts(session), childName };
  switch (r.code) {
    case 'ALREADY_BOOKED':
      return new DomainError(r.code, { ...facts, refCode: r.refCode });
    case 'SESSION_CANCELLED':
      return new DomainError(r.code, { ...facts, reason: (r.reason as string | null) ?? undefined });
    case 'SESSION_IN_PAST':
      return new DomainError(r.code, facts);
    case 'BOOKING_NOT_OPEN_YET': {
      const opensAt = new Date(String(r.opensAt));
      return new DomainError(r.code, {
        ...facts,
        opensAt: opensAt.toISOString(),
        opensDate: localDateOf(opensAt, timeZone),
        opensTime: localTimeOf(opensAt, timeZone),
        daysAhead: r.daysAhead,
      });
    }
    case 'BOOKING_CLOSED':
      return new DomainError(r.code, { ...facts, closedAt: iso(r.closedAt), minutesBefore: r.minutesBefore });
    case 'BOOKINGS_PAUSED': {
      const until = new Date(String(r.until));
      return new DomainError(r.code, {
        until: until.toISOString(),
        untilDate: localDateOf(until, timeZone),
        noShows: r.noShows,
        limit: r.limit,
        windowDays: r.windowDays,
      });
    }
    case 'CHILD_TOO_YOUNG':
      return new DomainError(r.code, {
        ...facts,
        ageMonths: r.ageMonths,
        minAgeMonths: r.minAgeMonths,
        eligibleFrom: r.eligibleFrom,
      });
    case 'CHILD_TOO_OLD':
      return new DomainError(r.code, { ...facts, ageMonths: r.ageMonths, maxAgeMonths: r.maxAgeMonths });
    case 'CHILD_DOUBLE_BOOKED': {
      const startsAt = new Date(String(r.otherStartsAt));
      return new DomainError(r.code, {
        ...facts,
        otherRefCode: r.otherRefCode,
        otherLocalDate: localDateOf(startsAt, timeZone),
        otherStartTime: localTimeOf(startsAt, timeZone),
        otherEndTime: localTimeOf(new Date(String(r.otherEndsAt)), timeZone),
        otherPointNameZh: r.otherPointNameZh,
        otherPointNameEn: r.otherPointNameEn,
      });
    }
    case 'WEEKLY_CAP_REACHED':
      return new DomainError(r.code, { ...facts, limit: r.limit, used: r.used, weekStart: r.weekStart, weekEnd: r.weekEnd });
    case 'SESSION_FULL':
      return new DomainError(r.code, { ...facts, canWaitlist: true });
    default:
      throw new Error(`booking_refusal() answered an unknown code: ${JSON.stringify(r)}`);
  }
}
