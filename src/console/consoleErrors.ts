import { describeError } from '../errors/describeError.ts';
import { isDomainError } from '../errors/DomainError.ts';
import { describeOperatorError } from '../operators/describeOperatorError.ts';
import { isOperatorError } from '../operators/OperatorError.ts';
import { consoleWords, type ConsoleLang } from './consoleWords.ts';

export interface DescribedFailure {
  status: number;
  message: string;
  /** A refusal staff can act on (shown on the page they came from); otherwise an error page. */
  refusal: boolean;
}

/**
 * The one place a failure becomes an HTTP status and words for staff: the
 * booking rules' and operators' own refusals (with their figures), access
 * refusals, CSRF and rate limits; anything else is a plain apology.
 */
export function describeFailure(err: unknown, lang: ConsoleLang): DescribedFailure {
  const w = consoleWords(lang);
  if (err instanceof ConsoleRefusal) return { status: 409, message: err.text, refusal: true };
  if (isOperatorError(err)) {
    const status =
      err.code === 'POINT_NOT_FOUND' || err.code === 'STAFF_NOT_FOUND'
        ? 404
        : err.code === 'ADMIN_ONLY'
          ? 403
          : err.code === 'BOOKED_SESSIONS_CONFLICT'
            ? 409
            : 400;
    return { status, message: describeOperatorError(err, lang), refusal: status === 400 || status === 409 };
  }
  if (isDomainError(err)) {
    if (err.code === 'FORBIDDEN') return { status: 403, message: err.data.adminOnly ? w.adminOnly : w.forbidden, refusal: false };
    if (err.code === 'NOT_STAFF') return { status: 401, message: w.sessionEnded, refusal: false };
    if (err.code.endsWith('_NOT_FOUND')) return { status: 404, message: w.notFound, refusal: false };
    return { status: err.code === 'INVALID_INPUT' ? 400 : 409, message: describeError(err, lang).message, refusal: true };
  }
  const e = err as { code?: string; statusCode?: number; validation?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('FST_CSRF')) return { status: 403, message: w.csrf, refusal: false };
  if (e?.statusCode === 429) return { status: 429, message: w.rateLimited, refusal: false };
  if (e?.validation || e?.statusCode === 400 || e?.statusCode === 415) return { status: 400, message: w.badInput(''), refusal: false };
  if (e?.statusCode === 413) return { status: 413, message: w.badInput('size'), refusal: false };
  return { status: 500, message: w.generic, refusal: false };
}

/** A console-level refusal (e.g. a stale form) shown like the services' refusals. */
export class ConsoleRefusal extends Error {
  constructor(readonly text: string) {
    super('CONSOLE_REFUSAL');
    this.name = 'ConsoleRefusal';
  }
}
