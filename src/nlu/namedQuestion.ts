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

/**
 * The question after a booking the parent already holds, told first ("周日下午约了半日托 女儿最近老咬人 会不会咬别的宝宝
 * 我该提前做什么"): what follows, looked up on its own, so the booking's day and kind find the question's topic, not
 * the page on finding half-day care. Undefined when no booking is told first or too little follows. Only for a
 * message already read as a question: "周六约了半日托 能改到下午吗" as a change keeps its Saturday (understand.ts never
 * reads this).
 */
export function questionAfterBookingTold(text: string): string | undefined {
  const simplified = toSimplified(text).toLowerCase();
  if (simplified.length !== text.length) return undefined;
  const m = ARBITRATION.bookingTold.exec(simplified);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length).trim();
  return rest.length >= MIN_QUESTION_CHARS ? rest : undefined;
}
