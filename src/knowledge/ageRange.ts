import { parseEnglishNumber, parseNumber } from '../nlu/chineseNumber.ts';
import { parseAge } from '../nlu/parseAge.ts';

/**
 * Ages as a ranking signal: "3个月喝几cc" matches both "宝宝一次喝多少奶？" and
 * "1—3岁的孩子一天喝多少奶合适？"; a section whose heading states an age
 * range that leaves the child out is the wrong one for this child.
 */

/** Months, [from, to): the age range a section heading states, when it states one. */
export interface AgeRange {
  from: number;
  to: number;
}

const num = (s: string): number | undefined => parseNumber(s) ?? parseEnglishNumber(s.toLowerCase());
const N = '(\\d{1,2}|[一二两三四五六七八九十]{1,2}|one|two|three|four|five|six|twelve|eighteen)';
const inMonths = (n: number, unit: string) => (/岁|year|yr/i.test(unit) ? n * 12 : n);

const BETWEEN = new RegExp(`${N}\\s*(?:岁|个月|months?|years?)?\\s*(?:[–—~～-]|到|至|\\bto\\b)\\s*${N}\\s*(?:-\\s*)?(岁|个月|months?|years?|year-olds?)`, 'i');
const UNDER = new RegExp(`(?:${N}\\s*(岁|个月)(?:以内|以下|之前|前)|(?<![a-z])(?:under|below|younger than)\\s+${N}\\s*(?:-\\s*)?(months?|years?)?)`, 'i');
const OVER = new RegExp(`(?:${N}\\s*(岁|个月)(?:以上|以后|之后|后|起)|(?<![a-z])(?:over|older than|from)\\s+${N}\\s*(?:-\\s*)?(months?|years?)?)`, 'i');

/**
 * The range a heading's first question states ("1岁以内", "1—3岁", "under 1",
 * "1–3-year-old"), in months. Only the first question: "每种场次收多大的孩子？6个月以下的宝宝能送托吗？"
 * is about every age, its second question about one.
 */
export function headingAgeRange(fullHeading: string): AgeRange | undefined {
  // (…or the range in brackets closing the heading, which is about all of it: "When will my baby start babbling and
  // saying words? (0–12 months)".)
  const closing = /[（(]([^()（）]+)[)）]\s*$/.exec(fullHeading)?.[1];
  return rangeIn(fullHeading.split(/[？?]/)[0] ?? fullHeading) ?? (closing === undefined ? undefined : rangeIn(closing));
}

function rangeIn(heading: string): AgeRange | undefined {
  const between = BETWEEN.exec(heading);
  if (between) {
    const a = num(between[1]!);
    const b = num(between[2]!);
    if (a !== undefined && b !== undefined && a < b)
      return { from: inMonths(a, between[3]!), to: inMonths(b, between[3]!) + (/岁|year/i.test(between[3]!) ? 12 : 1) };
  }
  const under = UNDER.exec(heading);
  if (under) {
    const n = num(under[1] ?? under[3]!);
    const unit = under[2] ?? under[4] ?? 'years';
    if (n !== undefined) return { from: 0, to: inMonths(n, unit) };
  }
  const over = OVER.exec(heading);
  if (over) {
    const n = num(over[1] ?? over[3]!);
    const unit = over[2] ?? over[4] ?? 'years';
    if (n !== undefined) return { from: inMonths(n, unit), to: Number.POSITIVE_INFINITY };
  }
  return undefined;
}

/** A bound of a range ("一岁以下", "1岁以后", "under 1"): not the child's age. */
const BOUND = new RegExp(
  `${N}\\s*(?:岁|个月)(?:以内|以下|以上|以后|之前|之后|前|后|起)|(?<![a-z])(?:under|below|over|older than|younger than)\\s+${N}(?:\\s*(?:months?|years?))?`,
  'gi',
);

/** The child's age the query states, in months (a bound of a range is not one). */
export function queryAgeMonths(query: string): number | undefined {
  return parseAge(query.replace(BOUND, ' ')).childAgeMonths;
}

/** True when the heading states an age range and the child's age is outside it. */
export function outsideAgeRange(heading: string, ageMonths: number): boolean {
  const r = headingAgeRange(heading);
  return r !== undefined && (ageMonths < r.from || ageMonths >= r.to);
}
