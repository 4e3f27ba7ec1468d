import { DomainError, isDomainError } from '../errors/DomainError.ts';

/**
 * SQLSTATEs that mean "the server or the connection failed, not the request":
 * the same request may well succeed a moment later.
 *   57P01 admin_shutdown (pg_terminate_backend, fast shutdown), 57P02 crash_shutdown,
 *   57P03 cannot_connect_now (starting up / recovering), 57014 query_canceled
 *   (statement_timeout), 25P03 idle_in_transaction_session_timeout,
 *   53300 too_many_connections, 08xxx connection exceptions.
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '25P03', '53300']);

/** Socket-level failures from Node (no SQLSTATE). */
const TRANSIENT_SYSCALL_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/** node-postgres and its pool report these without a code. */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/i, // "... unexpectedly", "... due to connection timeout"
  /^timeout exceeded when trying to connect/i, // pool wait (DB_CONNECTION_TIMEOUT_MS)
  /^Query read timeout/i, // client-side query_timeout
  /not queryable/i, // "Client has encountered a connection error and is not queryable"
  /^Connection timeout/i,
];

/** True for errors a parent should meet with "please try again in a moment". */
export function isTransientDatabaseError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  if (isDomainError(err, 'DATABASE_BUSY')) return true;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string') {
    if (TRANSIENT_SQLSTATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)) return true;
    if (TRANSIENT_SYSCALL_CODES.has(e.code)) return true;
  }
  if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(e.message as string))) return true;
  return e.cause !== undefined && e.cause !== err ? isTransientDatabaseError(e.cause) : false;
}

/**
 * A transient failure becomes DomainError('DATABASE_BUSY') (words: "please try
 * again in a moment"); the original stays as `cause` for the logs. Anything
 * else is returned unchanged.
 */
export function asDatabaseBusy(err: unknown): unknown {
  if (isDomainError(err) || !isTransientDatabaseError(err)) return err;
  const e = err as { code?: unknown; message?: unknown };
  const busy = new DomainError('DATABASE_BUSY', { reason: typeof e.code === 'string' ? e.code : String(e.message ?? 'unknown') });
  (busy as Error & { cause?: unknown }).cause = err;
  return busy;
}
