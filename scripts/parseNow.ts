import { UsageError } from './runScript.ts';

/** The clock a command may be set to: years the service can exist in. */
export const EARLIEST_NOW = new Date('2020-01-01T00:00:00Z');
export const LATEST_NOW = new Date('2100-01-01T00:00:00Z');

/**
 * Parses a `--now` flag or a line's "now": an ISO time between 2020 and
 * 2100. Anything else is refused, so a typo cannot seed sessions in the
 * year 10000 into a real database.
 */
export function parseNow(value: string | undefined, what: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${what} is not an ISO time such as 2026-11-25T10:00:00+08:00`);
  if (d < EARLIEST_NOW || d >= LATEST_NOW) {
    throw new UsageError(`${what} must be between 2020 and 2100 (got ${value})`);
  }
  return d;
}
