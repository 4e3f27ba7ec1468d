import type { BookingDeps } from './context.ts';
import { bookSessionOperation } from './bookSession.ts';
import { cancelBookingOperation } from './cancelBooking.ts';
import { familyOperations } from './families.ts';
import { listBookingsOperation } from './listBookings.ts';
import { removeChildOperations } from './removeChild.ts';
import type { SearchQuery } from './input.ts';
import { searchSlotsWith } from './searchSlots.ts';
import { recordSearchOutcome } from '../operators/unmetDemand.ts';
import { staffOperations } from './staffOperations.ts';
import type { SlotResult } from './types.ts';
import { waitlistOperations } from './waitlist.ts';

export type { BookingDeps } from './context.ts';
export type { SearchQuery } from './input.ts';
export type { BookResult } from './bookSession.ts';
export type { Actor, CancelResult } from './cancelBooking.ts';
export type { BookingList } from './listBookings.ts';
export type { ChildRemoval, ChildRemovalPreview } from './removeChild.ts';
export type { JoinWaitlistResult } from './waitlist.ts';
export type { AttendanceResult, CloseSessionResult } from './staffOperations.ts';
export type * from './types.ts';

/**
 * The booking engine: families, search, booking, cancelling, the waitlist and
 * staff actions. Every method validates its arguments (DomainError
 * INVALID_INPUT) and writes all-or-nothing in one transaction.
 */
export function createBookingService(deps: BookingDeps) {
  return {
    ...familyOperations(deps),
    ...removeChildOperations(deps),
    searchSlots: async (q: SearchQuery): Promise<SlotResult[]> => recordSearchOutcome(deps, q, await searchSlotsWith(deps.pool, deps, q)),
    bookSession: bookSessionOperation(deps),
    cancelBooking: cancelBookingOperation(deps),
    listBookings: listBookingsOperation(deps),
    ...waitlistOperations(deps),
    ...staffOperations(deps),
  };
}

export type BookingService = ReturnType<typeof createBookingService>;
