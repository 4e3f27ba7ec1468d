import type { BookingRules } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';

/** What every booking operation needs; passed in, never imported. */
export interface BookingDeps {
  pool: Db;
  clock: Clock;
  timeZone: string;
  rules: BookingRules;
}
