import { DomainError } from './DomainError.ts';
import { words } from '../i18n/catalogue.ts';
import type { Lang, Locale } from '../i18n/languages.ts';

export interface DescribedError {
  code: string;
  message: string;
}

/** '2026-12-05' → '12月5日（周六）' / 'Sat 5 Dec'; anything else → 'that day'. */
export function formatLocalDate(value: unknown, lang: Lang | Locale): string {
  const w = words(lang);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? w.format.date(value) : w.format.unknownDay;
}

/**
 * The one place a failure becomes words for a parent: the catalogue's words
 * for a domain error's code (with the facts it carries), a plain apology
 * (never internals) for anything else.
 */
export function describeError(err: unknown, lang: Lang | Locale): DescribedError {
  const w = words(lang);
  if (err instanceof DomainError) {
    const describe = w.errors.byCode[err.code];
    if (describe) {
      try {
        return { code: err.code, message: describe(err.data ?? {}) };
      } catch {
        // Words must never fail: fall through to the apology with the real code.
      }
    }
    return { code: err.code, message: w.errors.generic };
  }
  return { code: 'INTERNAL', message: w.errors.generic };
}
