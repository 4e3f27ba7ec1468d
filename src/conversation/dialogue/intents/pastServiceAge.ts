import { toSimplified } from '../../../text/chineseScript.ts';

/**
 * "那过了三岁生日以后就不能去了吗", "超过3歲還能約嗎", "can she still come after her third birthday?":
 * the age named is the service's upper bound, but the words place the child PAST it. The age parser
 * reads "三岁" as 36 months, which the points still take, so without this the answer would be a
 * cheerful "yes, these points take 36-month-olds" to a parent asking about a child over three.
 */
const PAST_THREE_ZH = /(?:过了|超过|超出|大于)\s*(?:三|3)\s*(?:周)?岁|(?:三|3)\s*(?:周)?岁\s*(?:生日)?\s*(?:以后|之后|过后)/;
const PAST_THREE_EN = /\b(?:over|past|older than|after (?:(?:his|her|their|the) )?(?:third|3rd) birthday)\b(?:\s+(?:the age of\s+)?(?:3|three)\b)?/i;

export function pastServiceAgeTold(text: string): boolean {
  if (PAST_THREE_ZH.test(toSimplified(text))) return true;
  const m = PAST_THREE_EN.exec(text);
  if (!m) return false;
  // "over 3" / "past three" need the number; "after her third birthday" carries it in the words.
  return /birthday/i.test(m[0]) || /\b(?:3|three)\b/i.test(m[0]);
}
