import { isValidLocalDate, localDateOf } from '../time/zonedTime.ts';

export interface BirthDateResult {
  birthDate?: string;
  /** The span of the normalized text that held it, so date parsing can skip it. */
  span?: [number, number];
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const EN_MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const pad = (n: number) => String(n).padStart(2, '0');

type Rule = [RegExp, (m: RegExpExecArray) => string | undefined];

const ymd = (y: string, mo: string | number, d: string) => `${y}-${pad(Number(mo))}-${pad(Number(d))}`;

const DATE_RULES: Rule[] = [
  [/(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/, (m) => ymd(m[1]!, m[2]!, m[3]!)],
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?(?: of)?\\s+${EN_MONTH},?\\s*(20\\d{2})`), (m) => ymd(m[3]!, MONTHS[m[2]!]!, m[1]!)],
  [new RegExp(`${EN_MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(20\\d{2})`), (m) => ymd(m[3]!, MONTHS[m[1]!]!, m[2]!)],
  // 05/03/2024: day first when the first number cannot be a month, else month first as in China.
  [/(\d{1,2})[/.](\d{1,2})[/.](20\d{2})/, (m) => (Number(m[1]) > 12 ? ymd(m[3]!, m[2]!, m[1]!) : ymd(m[3]!, m[1]!, m[2]!))],
];

const BIRTH_WORD = /出生|出世|生日|生于|出生日期|(?<![a-z])(?:born|birthday|date of birth|dob|d\.o\.b|birth date|birthdate)(?![a-z])/;

/**
 * A child's birth date. Taken when the message says it is one (出生, born,
 * DOB) or when a full date lies in the past — bookings are never for past days.
 */
export function parseBirthDate(text: string, now: Date, timeZone: string): BirthDateResult {
  const today = localDateOf(now, timeZone);
  const hasWord = BIRTH_WORD.test(text);
  for (const [re, get] of DATE_RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const d = get(m);
    if (!d || !isValidLocalDate(d)) continue;
    if (d > today) continue;
    if (!hasWord && d === today) continue;
    if (Number(today.slice(0, 4)) - Number(d.slice(0, 4)) > 7) continue;
    return { birthDate: d, span: [m.index, m.index + m[0].length] };
  }
  return {};
}
