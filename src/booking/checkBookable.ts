import { DomainError } from '../errors/DomainError.ts';
import type { BookingDeps } from './context.ts';
import { checkChildRules, type ChildSituation } from './childSituation.ts';
import { checkBookingWindow } from './rules/checkBookingWindow.ts';
import { sessionFacts } from './rows.ts';

/**
 * The reference for "may this child take a new place in this session?", in
 * bookSession's order: session open, not started, booking window, the child's
 * rules (pause, age, overlap, weekly cap), a free place. Throws the DomainError
 * a parent is shown. The SQL function book_session() makes the same decision in
 * the database; bookSession runs this on the situation it judged to build the
 * error, and treats any disagreement as a bug.
 */
export function checkBookable(
  s: ChildSituation,
  child: { name: string; birthDate: string },
  now: Date,
  deps: Omit<BookingDeps, 'pool'>,
): void {
  const facts = { ...sessionFacts(s.summary), childName: child.name };
  if (s.session.session_status !== 'open') {
    throw new DomainError('SESSION_CANCELLED', { ...facts, reason: s.session.cancel_reason ?? undefined });
  }
  const startsAt = new Date(s.session.starts_at);
  if (startsAt <= now) throw new DomainError('SESSION_IN_PAST', facts);
  checkBookingWindow(startsAt, now, deps.timeZone, deps.rules, facts);
  checkChildRules(s, child, now, deps);
  if (s.session.booked >= s.session.capacity) {
    throw new DomainError('SESSION_FULL', { ...facts, canWaitlist: true });
  }
}
