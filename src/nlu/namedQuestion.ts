import { toSimplified } from '../text/chineseScript.ts';
import { ARBITRATION } from './lexicon/index.ts';

/** Shorter than this, what follows a marker is not a question of its own ("my question is: ok?"). */
const MIN_QUESTION_CHARS = 6;

/**
 * The question a parent marks as the question after a story ("we booked a saturday slot last week which went fine.
 * anyway my question: how much water should a 1 year old drink a day?", "上周六去过了挺好的 我想问的是…"): what follows
 * the marker, read as the request, so the story's day and booking words search nothing. Undefined when there is no
 * marker, nothing told before it, or too little after it.
 */
export function namedQuestion(text: string): string | undefined {
  // OpenCC's Traditional-to-Simplified conversion keeps every character's place, so an index found on the converted
  // text is an index into the original.
  const simplified = toSimplified(text).toLowerCase();
  if (simplified.length !== text.length) return undefined;
  const m = ARBITRATION.questionFollows.exec(simplified);
  if (!m || m.index === 0) return undefined;
  const rest = text.slice(m.index + m[0].length).trim();
  return rest.length >= MIN_QUESTION_CHARS ? rest : undefined;
}
