import { isValidLocalDate, localDateOf } from '../time/zonedTime.ts';
import { NUM, parseNumber } from './chineseNumber.ts';

export interface BirthDateResult {
  birthDate?: string;
  /** The span of the normalized text that held it, so date parsing can skip it. */
  span?: [number, number];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
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
  // 20240606, as typed into forms.
  [/(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/, (m) => ymd(m[1]!, m[2]!, m[3]!)],
  // 民国113年3月2日 (Taiwan's calendar): the year counted from 1912.
  [new RegExp(`民国\\s*(\\d{2,3})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`), (m) => numYmd(String(Number(m[1]) + 1911), m[2]!, m[3]!)],
  // 民国114/8/19, 113.03.05, 114年1月13日 (Taiwan's calendar written without 民国): a three-digit year of 100–130 can
  // only be a 民国 year, in figures or with 年.
  [/(?:民国\s*)?(?<!\d)(1[0-3]\d)\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)/, (m) => ymd(String(Number(m[1]) + 1911), m[2]!, m[3]!)],
  [new RegExp(`(?<!\\d)(1[0-3]\\d)\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`), (m) => numYmd(String(Number(m[1]) + 1911), m[2]!, m[3]!)],
  // 24年5月2号: a two-digit year.
  [new RegExp(`(?<![\\d])(\\d{2})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`), (m) => numYmd(`20${m[1]}`, m[2]!, m[3]!)],
  // 二〇二四年十一月八号: the year written digit by digit in Chinese numerals.
  [new RegExp(`([〇零一二三四五六七八九]{4})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`), (m) => numYmd(chineseDigits(m[1]!), m[2]!, m[3]!)],
];

/** "二〇二四" → "2024": each character one digit. */
function chineseDigits(s: string): string {
  return [...s].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join('');
}

const numYmd = (y: string, mo: string, d: string) => {
  const month = parseNumber(mo);
  const day = parseNumber(d);
  return month && day ? ymd(y, month, String(day)) : undefined;
};

/**
 * Every birth date written in full in a message, in order, each with its span
 * ("老大2023年12月5号生的，老二25年6月18号", "Ava (born 12 May 2024) and Noah
 * (born 3 Feb 2026)"): the same readings as `parseBirthDate`, never a future day.
 */
export function findBirthDates(text: string, now: Date, timeZone: string): Array<Required<BirthDateResult>> {
  const today = localDateOf(now, timeZone);
  const found: Array<Required<BirthDateResult>> = [];
  for (const [re, get] of DATE_RULES) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const span: [number, number] = [m.index!, m.index! + m[0].length];
      if (found.some((f) => span[0] < f.span[1] && span[1] > f.span[0])) continue;
      const d = get(m as RegExpExecArray);
      if (!d || !isValidLocalDate(d) || d >= today) continue;
      if (Number(today.slice(0, 4)) - Number(d.slice(0, 4)) > 7) continue;
      found.push({ birthDate: d, span });
    }
  }
  // "老三小米今年8月20生的", "今年June 18", "born March 3rd last year": a full date with the year named relative to today.
  for (const m of relativeYearDates(text, today)) {
    if (found.some((f) => m.span[0] < f.span[1] && m.span[1] > f.span[0])) continue;
    found.push(m);
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** How many years back a relative year word is: 今年/this year 0, 去年/last year 1, 前年 2. */
const YEARS_BACK: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2, 'this year': 0, 'last year': 1 };
/** "今年June 18", "去年 march 3rd": Chinese year word, English month. */
const RELATIVE_EN_MONTH = new RegExp(`(今年|去年|前年)\\s*${EN_MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`);
/** "March 3rd last year", "3 March this year". */
const EN_MONTH_RELATIVE = new RegExp(
  `(?:${EN_MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?(?: of)?\\s+${EN_MONTH}),?\\s+(this year|last year)`,
);

/** Every date whose year is named relative to today, not after today. */
function relativeYearDates(text: string, today: string): Array<Required<BirthDateResult>> {
  const out: Array<Required<BirthDateResult>> = [];
  const year = (word: string) => String(Number(today.slice(0, 4)) - YEARS_BACK[word]!);
  const push = (d: string | undefined, index: number, length: number) => {
    if (d && isValidLocalDate(d) && d <= today) out.push({ birthDate: d, span: [index, index + length] });
  };
  for (const m of text.matchAll(new RegExp(RELATIVE_YEAR.source, 'g'))) push(numYmd(year(m[1]!), m[2]!, m[3]!), m.index!, m[0].length);
  for (const m of text.matchAll(new RegExp(RELATIVE_EN_MONTH.source, 'g'))) push(ymd(year(m[1]!), MONTHS[m[2]!]!, m[3]!), m.index!, m[0].length);
  for (const m of text.matchAll(new RegExp(EN_MONTH_RELATIVE.source, 'g'))) {
    const month = MONTHS[(m[1] ?? m[4])!]!;
    push(ymd(year(m[5]!), month, (m[2] ?? m[3])!), m.index!, m[0].length);
  }
  return out;
}

/** 今年6月18号 / 去年十月五日: a year named relative to today. */
const RELATIVE_YEAR = new RegExp(`(今年|去年|前年)\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`);
/** 6月18号 with no year, only taken when the message says it is a birth date; the latest such day not after today. */
const MONTH_DAY = new RegExp(`(?<![\\d年])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`);

// (…and a month told by its part, "2023年11月底生的", "去年3月初生的": still the birth month; round 50.)
const BIRTH_WORD =
  /出生|出世|生日|生于|出生日期|[号日\d]\s*生的?(?![\u4e00-\u9fa5])|月\s*(?:底|末|初|上旬|中旬|下旬)?\s*生的?(?![\u4e00-\u9fa5])|[号日]\s*生的|(?<![a-z])(?:born|birthday|date of birth|dob|d\.o\.b|birth date|birthdate)(?![a-z])/;

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
  const rel = relativeYearDates(text, today).sort((a, b) => a.span[0] - b.span[0])[0];
  if (rel) return rel;
  const md = hasWord ? MONTH_DAY.exec(text) : null;
  if (md) {
    const year = Number(today.slice(0, 4));
    let d = numYmd(String(year), md[1]!, md[2]!);
    if (d && d > today) d = numYmd(String(year - 1), md[1]!, md[2]!);
    if (d && isValidLocalDate(d)) return { birthDate: d, span: [md.index, md.index + md[0].length] };
  }
  return {};
}

/** 2024年3月, 2024-03, 24年3月, 去年3月, "March 2024", "in March last year": a birth month written without the day. */
const MONTH_RULES: Array<[RegExp, (m: RegExpExecArray, year: number) => [number, number] | undefined]> = [
  [new RegExp(`(?<!\\d)(20\\d{2})\\s*(?:年|[-/.])\\s*(${NUM})\\s*月?(?!\\s*[-/.]?\\s*\\d)(?!\\s*(?:${NUM})\\s*[日号])`), (m) => mo(Number(m[1]), m[2]!)],
  [new RegExp(`(?<![\\d年])(\\d{2})\\s*年\\s*(${NUM})\\s*月(?!\\s*(?:${NUM})\\s*[日号]?)`), (m) => mo(2000 + Number(m[1]), m[2]!)],
  [new RegExp(`(今年|去年|前年)\\s*(${NUM})\\s*月(?!\\s*(?:${NUM})\\s*[日号]?)`), (m, year) => mo(year - YEARS_BACK[m[1]!]!, m[2]!)],
  [new RegExp(`${EN_MONTH},?\\s+(20\\d{2})(?!\\d)`), (m) => [Number(m[2]), MONTHS[m[1]!]!]],
  [new RegExp(`${EN_MONTH}\\s+(this year|last year)`), (m, year) => [year - YEARS_BACK[m[2]!]!, MONTHS[m[1]!]!]],
];
const mo = (year: number, month: string): [number, number] | undefined => {
  const n = parseNumber(month);
  return n && n >= 1 && n <= 12 ? [year, n] : undefined;
};

/**
 * A birth month told without the day ("果果2024年3月出生", "born in March 2024"), only when the message says it is a
 * birth date and holds no full one: enough to search by age, not to register — the age check at 36 months needs the day,
 * so registration asks for it. Never a month after this one, never more than seven years back.
 */
export function parseBirthMonth(text: string, now: Date, timeZone: string): { birthMonth: string; span: [number, number] } | undefined {
  if (!BIRTH_WORD.test(text)) return undefined;
  const today = localDateOf(now, timeZone);
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (const [re, get] of MONTH_RULES) {
    const m = re.exec(text);
    const ym = m ? get(m, ty) : undefined;
    if (!m || !ym) continue;
    const [y, month] = ym;
    if (y * 12 + month > ty * 12 + tm || ty - y > 7) continue;
    return { birthMonth: `${y}-${pad(month)}`, span: [m.index, m.index + m[0].length] };
  }
  return undefined;
}

/** Whole months from a birth month to today, taking the middle of the month as the day (off by at most one month). */
export function ageInMonthsFromBirthMonth(birthMonth: string, now: Date, timeZone: string): number {
  const today = localDateOf(now, timeZone);
  const months = (Number(today.slice(0, 4)) - Number(birthMonth.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(birthMonth.slice(5, 7));
  return Math.max(0, months - (Number(today.slice(8, 10)) < 15 ? 1 : 0));
}
