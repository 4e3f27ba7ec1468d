import { toSimplified } from '../text/chineseScript.ts';
import { canonicalizeChinese } from './canonicalizeChinese.ts';
import { correctTypos } from './correctTypos.ts';
import { normalizeText } from './normalizeText.ts';
import { readRelativeWeekday } from './relativeWeekday.ts';

/**
 * The form every rule reads: half-width, lowercase, Traditional converted to
 * Simplified (OpenCC, with Taiwan phrases), slang and common typos repaired,
 * "this saturday the next one" read as next Saturday (relativeWeekday).
 * Never shown to the parent.
 */
export function prepareText(text: string): string {
  return readRelativeWeekday(correctTypos(canonicalizeChinese(toSimplified(normalizeText(text)))));
}
