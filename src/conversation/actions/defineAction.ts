import type { Catalogue } from '../../i18n/catalogue.ts';
import type { Reply } from '../dialogue/Reply.ts';

/**
 * Something a parent can do with one tap (and, through the dialogue, with
 * words): its short code in the signed button data, how its arguments are
 * written into the data and read back, its label, and what it does. Both the
 * button encoding and the dispatch of a pressed button come from this one
 * declaration (in the spirit of grammY's menu plugin).
 */
export interface Action<A extends unknown[] = unknown[]> {
  /** Short code in the button data (Telegram allows 64 bytes in all). */
  code: string;
  /** Button arguments as data fields ([A-Za-z0-9_-]). */
  encode(args: A): string[];
  /** Data fields back to arguments; undefined when they are not valid (a stale or forged button). */
  decode(fields: string[]): A | undefined;
  /** The default label in the parent's language. */
  label(w: Catalogue, args: A): string;
  run(r: Reply, args: A): Promise<void>;
}

export function defineAction<A extends unknown[]>(action: Action<A>): Action<A> {
  return action;
}

/** A positive integer id from button data. */
export function idField(v: string | undefined): number | undefined {
  if (v === undefined || !/^\d{1,12}$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** An action with no arguments. */
export function noArgs(): Pick<Action<[]>, 'encode' | 'decode'> {
  return { encode: () => [], decode: () => [] };
}
