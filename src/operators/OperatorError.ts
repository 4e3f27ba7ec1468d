/**
 * Refusals of operator actions (imports, timetable changes, staff changes).
 * Like DomainError: a stable code and the facts, never words; the words are in
 * src/i18n/{zh,en}/operators.ts and `describeOperatorError`.
 */
export const OPERATOR_ERROR_CODES = [
  /** A file (or command arguments) with bad rows: `problems` lists every one. */
  'INVALID_ROWS',
  /** A timetable change would leave booked sessions over capacity or move them: `conflicts` lists the figures. */
  'BOOKED_SESSIONS_CONFLICT',
  'POINT_NOT_FOUND',
  'STAFF_NOT_FOUND',
  'ADMIN_ONLY',
  'FILE_UNREADABLE',
] as const;

export type OperatorErrorCode = (typeof OPERATOR_ERROR_CODES)[number];

/** One bad value: where it is (line in the file, or the argument) and what is wrong. */
export interface RowProblem {
  /** 1-based line in the file; 0 for a whole-file or argument problem. */
  line: number;
  field: string;
  /** A stable reason code (see the catalogue), e.g. 'unknown_district'. */
  reason: string;
  value?: string;
  /** Extra facts for the message (bounds, the other line). */
  facts?: Record<string, string | number>;
}

/** A booked session a timetable change cannot silently alter. */
export interface BookedConflict {
  sessionId: number;
  pointCode: string;
  localDate: string;
  startTime: string;
  booked: number;
  /** 'capacity' (a lower capacity refused) or 'end_time' (a booked session's end would move). */
  change: 'capacity' | 'end_time';
  requestedCapacity?: number;
  requestedEnd?: string;
  currentEnd?: string;
}

export class OperatorError extends Error {
  constructor(
    readonly code: OperatorErrorCode,
    readonly data: {
      problems?: RowProblem[];
      conflicts?: BookedConflict[];
      [k: string]: unknown;
    } = {},
  ) {
    super(`${code}${Object.keys(data).length ? ` ${JSON.stringify(data).slice(0, 500)}` : ''}`);
    this.name = 'OperatorError';
  }
}

export function isOperatorError(err: unknown, code?: OperatorErrorCode): err is OperatorError {
  return err instanceof OperatorError && (code === undefined || err.code === code);
}
