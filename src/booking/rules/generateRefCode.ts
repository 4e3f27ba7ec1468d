import { randomInt } from 'node:crypto';

/** No 0/O or 1/I, so a code read aloud or copied from a screenshot is unambiguous. */
export const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateRefCode(length = 6): string {
  let out = '';
  for (let i = 0; i < length; i++) out += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return out;
}

/** Parents type codes loosely ("ab 3k-9x"); normalise before lookup. */
export function normalizeRefCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
