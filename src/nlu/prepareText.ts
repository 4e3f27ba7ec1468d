import { toSimplified } from '../text/chineseScript.ts';
import { canonicalizeChinese } from './canonicalizeChinese.ts';
import { correctTypos } from './correctTypos.ts';
import { normalizeText } from './normalizeText.ts';

/**
 * The form every rule reads: half-width, lowercase, Traditional converted to
 * Simplified (OpenCC, with Taiwan phrases), slang and common typos repaired.
 * Never shown to the parent.
 */
export function prepareText(text: string): string {
  return correctTypos(canonicalizeChinese(toSimplified(normalizeText(text))));
}
