import { isValidLocalDate, localDateOf } from '../time/zonedTime.ts';
import { NUM, parseNumber } from './chineseNumber.ts';
import { parseDates } from './parseDates.ts';
import type { DateProblem } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const EN_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** A month/day that no year has (11月31日, 2月30号, 31 Nov, 2026-02-30). */
function impossible(text: string, today: string): DateProblem | undefined {
  const year = Number(today.slice(0, 4));
  const full = /(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/.exec(text);
  if (full) {
    const d = `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`;
    if (!isValidLocalDate(d) && Number(full[2]) <= 12) return { kind: 'impossible', text: full[0].trim() };
    if (isValidLocalDate(d)) return undefined;
  }
  const zh = new RegExp(`(?<![\\d年])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`).exec(text);
  if (zh) {
    const m = parseNumber(zh[1]!);
    const d = parseNumber(zh[2]!);
    // A day past 31 written with 号/日 ("12月32号") is a typo for a day, never a quantity.
    if (m && d && m <= 12 && d <= 39 && !isValidLocalDate(`${year}-${pad(m)}-${pad(d)}`) && !isValidLocalDate(`${year + 1}-${pad(m)}-${pad(d)}`)) {
      return { kind: 'impossible', text: zh[0].trim() };
    }
  }
  const en =
    /(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(
      text,
    );
  if (en) {
    const m = EN_MONTHS[(en[2] ?? en[3])!]!;
    const d = Number(en[1] ?? en[4]);
    if (d >= 1 && d <= 31 && !isValidLocalDate(`${year}-${pad(m)}-${pad(d)}`) && !isValidLocalDate(`${year + 1}-${pad(m)}-${pad(d)}`)) {
      return { kind: 'impossible', text: en[0].trim() };
    }
  }
  return undefined;
}

/**
 * "DOB 3/4/2024": in China month-first (4 March is written 3/4 only by
 * day-first writers), so when both readings are real past dates and differ,
 * the parent is asked which they meant rather than one being silently taken.
 */
function ambiguousBirthDate(text: string, today: string): DateProblem | undefined {
  const m = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](20\d{2})(?![\d/.])/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 || b > 12 || a === b) return undefined;
  const monthFirst = `${m[3]}-${pad(a)}-${pad(b)}`;
  const dayFirst = `${m[3]}-${pad(b)}-${pad(a)}`;
  if (!isValidLocalDate(monthFirst) || !isValidLocalDate(dayFirst) || monthFirst > today || dayFirst > today) return undefined;
  return { kind: 'ambiguous_birth_date', text: m[0], readings: [monthFirst, dayFirst] };
}

/** The next time a month and day come round (today included), or undefined when no year has it. */
function nextOccurrence(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1, year + 2, year + 3, year + 4]) {
    const d = `${y}-${pad(month)}-${pad(day)}`;
    if (isValidLocalDate(d) && d >= today) return d;
  }
  return undefined;
}

/**
 * "3/12", "4/31" with no year: month-first (as dates are written in China) or
 * day-first. Neither a real day → impossible; both real and different → the
 * sooner of the two is taken, and the other kept so the reply can say which.
 */
function slashDay(text: string, today: string): DateProblem | undefined {
  const m = /(?<![\d./:-])(\d{1,2})\/(\d{1,2})(?![\d./:])/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return undefined;
  const monthFirst = a <= 12 ? nextOccurrence(today, a, b) : undefined;
  const dayFirst = b <= 12 ? nextOccurrence(today, b, a) : undefined;
  if (!monthFirst && !dayFirst) return { kind: 'impossible', text: m[0] };
  if (!monthFirst || !dayFirst || monthFirst === dayFirst) return undefined;
  const [sooner, later] = monthFirst < dayFirst ? [monthFirst, dayFirst] : [dayFirst, monthFirst];
  return { kind: 'ambiguous_date', text: m[0], readings: [sooner, later] };
}

/**
 * "周六12月14号" when 14 December is a Monday: the weekday and the day disagree. The calendar day is taken and
 * the weekday's day kept, so the reply says which was searched (the same shape as "3/12").
 */
function weekdayDisagrees(text: string, now: Date, timeZone: string): DateProblem | undefined {
  const c = parseDates(text, now, timeZone).conflict;
  return c ? { kind: 'ambiguous_date', text: c.text, readings: c.readings } : undefined;
}

/** A date the parent wrote that cannot be taken as it stands: impossible, a birth date with two readings, or a day with two. */
export function findDateProblems(text: string, now: Date, timeZone: string): DateProblem | undefined {
  const today = localDateOf(now, timeZone);
  return impossible(text, today) ?? ambiguousBirthDate(text, today) ?? slashDay(text, today) ?? weekdayDisagrees(text, now, timeZone);
}
