export type DatabaseSetupCode =
  | 'DB_URL_INVALID'
  | 'DB_UNREACHABLE'
  | 'DB_VECTOR_MISSING'
  | 'DB_DATA_DIR_UNWRITABLE'
  | 'DB_DATA_DIR_UNUSABLE'
  | 'DB_DATA_DIR_LOCKED'
  | 'DB_MIGRATION_FAILED'
  | 'DB_MIGRATION_CHANGED';

/** A problem an operator must fix before the assistant can start; the message says how. */
export class DatabaseSetupError extends Error {
  constructor(
    readonly code: DatabaseSetupCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseSetupError';
  }
}
