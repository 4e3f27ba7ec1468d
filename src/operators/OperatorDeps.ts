import type { BookingDeps } from '../booking/context.ts';

/** What every operator function needs: the booking engine's dependencies plus the generation horizon. */
export interface OperatorDeps extends BookingDeps {
  /** Sessions are generated this many weeks ahead, counting today (SESSION_HORIZON_WEEKS). */
  horizonWeeks: number;
}
