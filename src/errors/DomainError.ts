/**
 * Stable codes for everything a parent or staff member can be told "no" about.
 * Transports and tools switch on `code`; `describeError` turns code + data into words.
 * Add new codes here (and their words in describeError.ts).
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_INPUT',
  'PARENT_NOT_FOUND',
  'CHILD_NOT_FOUND',
  /** A child the parent named (to remove) is not among the registered ones; data: name, registered. */
  'NO_SUCH_CHILD',
  'TOO_MANY_CHILDREN',
  'SESSION_NOT_FOUND',
  'SESSION_FULL',
  'SESSION_CANCELLED',
  'SESSION_IN_PAST',
  'SESSION_HAS_PLACES',
  'SESSION_NOT_STARTED',
  'BOOKING_NOT_OPEN_YET',
  'BOOKING_CLOSED',
  'CHILD_TOO_YOUNG',
  'CHILD_TOO_OLD',
  'CHILD_DOUBLE_BOOKED',
  'ALREADY_BOOKED',
  'WEEKLY_CAP_REACHED',
  'BOOKINGS_PAUSED',
  'BOOKING_NOT_FOUND',
  'BOOKING_IN_PAST',
  'BOOKING_NOT_ACTIVE',
  'ALREADY_CANCELLED',
  'NOT_ON_WAITLIST',
  'ALREADY_ON_WAITLIST',
  'OFFER_NOT_FOUND',
  'OFFER_EXPIRED',
  'NOT_STAFF',
  'FORBIDDEN',
  'ESCALATION_NOT_FOUND',
  'DATABASE_BUSY',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * A rule said no. Carries a stable code and the facts behind it (dates,
 * limits, ids) so the words can be specific; never carries parent-facing text.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly data: Record<string, unknown> = {},
  ) {
    super(`${code}${Object.keys(data).length ? ` ${JSON.stringify(data)}` : ''}`);
    this.name = 'DomainError';
  }
}

export function isDomainError(err: unknown, code?: DomainErrorCode): err is DomainError {
  return err instanceof DomainError && (code === undefined || err.code === code);
}
