import { CODE_SWITCHED_WORDS } from './lexicon/codeSwitchedWords.ts';

const HAN = /\p{Script=Han}/u;

// One alternation, longest entries first as listed; whole words only (no Latin letter on either side).
const PATTERN = new RegExp(`(?<![A-Za-z])(?:${CODE_SWITCHED_WORDS.map(([en]) => `(${en})`).join('|')})(?![A-Za-z])`, 'gi');

/**
 * A Chinese message with English words in it, read with the Chinese words the
 * documents use ("爷爷去pick up可以吗" → "爷爷去接孩子可以吗"); see
 * lexicon/codeSwitchedWords.ts. A message without Chinese is returned as is.
 */
export function readCodeSwitched(text: string): string {
  if (!HAN.test(text) || !/[A-Za-z]/.test(text)) return text;
  return text.replace(PATTERN, (...m: unknown[]) => {
    const groups = m.slice(1, 1 + CODE_SWITCHED_WORDS.length);
    const i = groups.findIndex((g) => g !== undefined);
    return i >= 0 ? CODE_SWITCHED_WORDS[i]![1] : String(m[0]);
  });
}
