import { canonicalizeChinese } from './canonicalizeChinese.ts';
import { classifyIntent } from './classifyIntent.ts';
import { correctTypos } from './correctTypos.ts';
import { detectLanguage } from './detectLanguage.ts';
import { normalizeText } from './normalizeText.ts';
import { parseAge } from './parseAge.ts';
import { parseBirthDate } from './parseBirthDate.ts';
import { parseBookingRef } from './parseBookingRef.ts';
import { parseChildName } from './parseChildName.ts';
import { parseDates } from './parseDates.ts';
import { parseLanguageRequest } from './parseLanguageRequest.ts';
import { parseOrdinal } from './parseOrdinal.ts';
import { parsePartOfDay } from './parsePartOfDay.ts';
import { parsePlace } from './parsePlace.ts';
import { parseService } from './parseService.ts';
import type { Slots, UnderstandContext, Understanding } from './types.ts';

export type { Intent, Slots, Understanding, UnderstandContext, Lang } from './types.ts';

/** Messages longer than this are cut: nobody books childcare in an essay, and regexes stay fast. */
const MAX_CHARS = 2000;

/**
 * Deterministic bilingual reading of one parent message: language, intent and
 * slots, with dates resolved in the service zone. Pure: no I/O, no clock.
 */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  const original = (text ?? '').slice(0, MAX_CHARS);
  const lang = detectLanguage(original, ctx.previousLang);
  const t = correctTypos(canonicalizeChinese(normalizeText(original)));

  const slots: Slots = {};
  const birth = parseBirthDate(t, ctx.now, ctx.timeZone);
  if (birth.birthDate) slots.birthDate = birth.birthDate;
  // The birth date is not a day to book.
  const forDates = birth.span ? t.slice(0, birth.span[0]) + ' '.repeat(birth.span[1] - birth.span[0]) + t.slice(birth.span[1]) : t;
  const dates = parseDates(forDates, ctx.now, ctx.timeZone);
  if (dates.dateRange) {
    slots.dateRange = dates.dateRange;
    slots.dateText = dates.dateText;
  }
  const part = parsePartOfDay(t);
  if (part) slots.partOfDay = part;
  Object.assign(slots, parsePlace(t));
  Object.assign(slots, parseAge(forDates));
  Object.assign(slots, parseService(t));
  const ordinal = parseOrdinal(t);
  if (ordinal !== undefined) slots.ordinal = ordinal;
  const ref = parseBookingRef(original);
  if (ref) slots.bookingRef = ref;
  const name = parseChildName(t, original, birth.span?.[0]);
  if (name) slots.childName = name;
  const language = parseLanguageRequest(t);
  if (language) slots.language = language;

  const { intent, confidence } = classifyIntent(t, slots);
  return { lang, intent, confidence, slots };
}
