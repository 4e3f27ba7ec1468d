import { toSimplified } from '../text/chineseScript.ts';
import { EN_NUM, NUM, parseEnglishNumber, parseNumber } from './chineseNumber.ts';

export interface AgeResult {
  childAgeMonths?: number;
  ageOutOfRange?: boolean;
}

const MAX_MONTHS = 72;

type AgeRule = [RegExp, (m: RegExpExecArray) => number | undefined];

const n = (s: string | undefined) => (s === undefined ? undefined : parseNumber(s));
const e = (s: string | undefined) => (s === undefined ? undefined : parseEnglishNumber(s));

/** "快两岁", "不满一岁": an age given as just under a number of years. */
const APPROXIMATE_YEARS = new RegExp(`(?:快|将近|差不多|马上|就要|(?:还)?不到|(?:还)?不满|(?:还)?没满|(?:还)?没到)(?:满)?\\s*(${NUM})\\s*(?:周)?岁`);

const RULES: AgeRule[] = [
  // Turned N some months ago ("上个月刚满三岁", "两个月前满3岁", "turned 3 last month"): older than N by then.
  [
    new RegExp(`(?:(上个?|${NUM}\\s*个)月(?:前|以前|之前)?)\\s*(?:刚|才|就)?\\s*满\\s*(${NUM})\\s*(?:周)?岁`),
    (m) => {
      const ago = m[1]!.startsWith('上') ? 1 : n(m[1]!.replace(/\s*个$/, ''));
      const y = n(m[2]);
      return y === undefined || ago === undefined || ago > 11 ? undefined : y * 12 + ago;
    },
  ],
  [
    new RegExp(`(?<![a-z])turned\\s+(${EN_NUM})\\s+(?:(last month)|(${EN_NUM})\\s+months?\\s+ago)(?![a-z])`),
    (m) => {
      const y = e(m[1]);
      const ago = m[2] ? 1 : e(m[3]);
      return y === undefined || ago === undefined || ago > 11 ? undefined : Math.round(y * 12) + ago;
    },
  ],
  // 一岁半 / 2岁半
  [
    new RegExp(`(${NUM}|\\d\\.\\d)\\s*(?:周)?岁\\s*半`),
    (m) => {
      const y = n(m[1]);
      return y === undefined ? undefined : y * 12 + 6;
    },
  ],
  // 1岁3个月 / 1岁零3个月 / 1岁3个多月
  [
    new RegExp(`(${NUM})\\s*(?:周)?岁\\s*(?:零|又)?\\s*(${NUM})\\s*个?多?月`),
    (m) => {
      const y = n(m[1]);
      const mo = n(m[2]);
      return y === undefined || mo === undefined || mo > 11 ? undefined : y * 12 + mo;
    },
  ],
  // An approximation told beside an exact month count ("不满一岁的收不收 我家的才8个月大"): the months are the age, not
  // "just under one" (round 39). Months before or over a span ("两个月前", "这三个月以来") are no age.
  [
    new RegExp(`(${NUM})\\s*(?:个多?月|月龄|个月大|月大)(?!前|以前|之前|以来|来|里|内|后|以后|之后)`),
    (m) => {
      const years = n(APPROXIMATE_YEARS.exec(m.input)?.[1]);
      const months = n(m[1]);
      // Only months that fit the approximation (under one year: 0–11 months; "快两岁": 12–23) are the child's age.
      return years === undefined || months === undefined || months >= years * 12 || months < (years - 1) * 12 ? undefined : months;
    },
  ],
  // 快两岁 → just under
  [
    new RegExp(`(?:快|将近|差不多|马上|就要|(?:还)?不到|(?:还)?不满|(?:还)?没满|(?:还)?没到)(?:满)?\\s*(${NUM})\\s*(?:周)?岁`),
    (m) => {
      const y = n(m[1]);
      return y === undefined ? undefined : y * 12 - 1;
    },
  ],
  // 1.5岁
  [/(\d\.\d)\s*(?:周)?岁/, (m) => Math.round(Number(m[1]) * 12)],
  // 两岁 / 2周岁
  [
    new RegExp(`(${NUM})\\s*(?:周)?岁`),
    (m) => {
      const y = n(m[1]);
      return y === undefined ? undefined : y * 12;
    },
  ],
  [/半岁/, () => 6],
  [/满周岁|刚满?周岁|周岁了|一周岁/, () => 12],
  // 18个月 / 十个月 / 8个多月 / 10月龄 / 10月大
  [new RegExp(`(${NUM})\\s*(?:个多?月|月龄|个月大|月大)`), (m) => n(m[1])],
  // English: 1 year 3 months / 1y3m
  [
    new RegExp(
      `(?<![a-z0-9.])(${EN_NUM})\\s*(?:-|\\s)?(?:years?|yrs?|y)(?:\\s*(?:and|,)?\\s*)(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s*(?:months?|mos?|m)(?![a-z])`,
    ),
    (m) => {
      const y = e(m[1]);
      const mo = e(m[2]);
      return y === undefined || mo === undefined ? undefined : Math.round(y * 12) + mo;
    },
  ],
  // a year and a half / 2 and a half (years)
  [
    new RegExp(`(?<![a-z0-9.])(${EN_NUM})\\s+(?:years?\\s+)?and a half`),
    (m) => {
      const y = e(m[1]);
      return y === undefined ? undefined : Math.round(y * 12) + 6;
    },
  ],
  [/(?<![a-z])half a year|six months old/, () => 6],
  [/(?<![a-z])an? year and a half/, () => 18],
  [/(?<![a-z])an? year[- ]old|(?<![a-z])one year[- ]old/, () => 12],
  // 2-year-old, 2 year old, 2 years old, 2yo, 1.5 years, two years
  [
    new RegExp(
      `(?<![a-z0-9.])(${EN_NUM})\\s*(?:-|\\s)?(?:years?|yrs?|yr)(?:\\s*-?\\s*olds?)?(?![a-z])|(?<![a-z0-9.])(${EN_NUM})\\s*(?:yo|y/o|y\\.o\\.)(?![a-z])`,
    ),
    (m) => {
      const y = e(m[1] ?? m[2]);
      return y === undefined ? undefined : Math.round(y * 12);
    },
  ],
  // 18 months, 18mo, 10-month-old
  [new RegExp(`(?<![a-z0-9.])(${EN_NUM})\\s*(?:-|\\s)?(?:months?|mos?|mths?|m/o)(?:\\s*-?\\s*olds?)?(?![a-z])`), (m) => e(m[1])],
  // "a 6-week-old", "she's actually 10 weeks", "宝宝六周大", "十个星期大": young babies' ages are told in weeks; read as
  // whole months (10 weeks → 2). A duration ("for 2 weeks", "3 weeks ago") names no age.
  [
    new RegExp(
      `(?<![a-z0-9.])(${EN_NUM})\\s*(?:-|\\s)?(?:weeks?|wks?)(?:\\s*-?\\s*olds?)(?![a-z])|(?<![a-z])(?:son|daughter|baby|newborn|boy|girl|little one|he|she)(?:'s| is)(?:\\s+(?:actually|really|only|just|now))?\\s+(${EN_NUM})\\s*(?:weeks?|wks?)(?! ago)(?![a-z])|(?<![\\d个])(${NUM})\\s*(?:周|个星期|個星期|个礼拜)\\s*大`,
    ),
    (m) => {
      const w = m[1] !== undefined ? e(m[1]) : m[2] !== undefined ? e(m[2]) : parseNumber(m[3]!);
      return w === undefined || w > 26 ? undefined : Math.floor((w * 7) / 30.44);
    },
  ],
  // "my son is 2", "he's 4": a bare small number after a child or he/she.
  [
    new RegExp(
      `(?<![a-z])(?:son|daughter|kid|child|baby|toddler|boy|girl|little one|he|she)(?:'s| is| just turned| turned)\\s+(${EN_NUM})(?![a-z0-9.:%]|\\s*(?:weeks?|days?|kg|lbs?|cm|am|pm|o'?clock|times|words|hours|minutes|teeth|naps?|kids|children|of|out|percent))`,
    ),
    (m) => {
      const y = e(m[1]);
      return y === undefined || y > 12 ? undefined : Math.round(y * 12);
    },
  ],
  // toddler turning two: "turns 2", "turning two"
  [
    new RegExp(`(?<![a-z])(?:turned|turns|just turned)\\s+(${EN_NUM})(?![a-z0-9])`),
    (m) => {
      const y = e(m[1]);
      return y === undefined ? undefined : y * 12;
    },
  ],
];

/** An age told of someone other than the child: an older relative, a neighbour, a sitter. */
const OTHER_PERSON_AGE = new RegExp(
  `(?:${NUM})\\s*(?:周岁|岁)(?:半)?(?:的|大的)?\\s*(?:侄子|侄女|外甥女?|表(?:哥|姐|弟|妹)|堂(?:哥|姐|弟|妹)|邻居|保姆|保母|亲戚|学生|高中生|初中生|大学生)|(?<![a-z0-9])(?:${EN_NUM})[- ]years?[- ]old\\s+(?:nephew|niece|cousin|babysitter|sitter|neighbou?r|teen(?:ager)?|student)(?![a-z])`,
  'g',
);

/** A child's age in months, if the message states one. */
/** Where one child's words end and a sibling's begin ("老大3岁2个月 老二1岁", "my older one is 3 and a half and the little one is 14 months"). */
const SIBLING_SPLIT = /[，,。;；、]|\s+(?=老[大二三幺]|大的|小的|哥哥|姐姐|弟弟|妹妹|大宝|二宝|小宝|一个)|还有|和|跟|(?<![a-z])and(?! a half)(?![a-z])/;

/** The ages told of several children, one per sibling's words, in months (72+ months as Infinity); [] or one age otherwise. */
export function agesTold(text: string): number[] {
  const out: number[] = [];
  for (const piece of text.split(SIBLING_SPLIT)) {
    const a = parseAge(piece);
    if (a.ageOutOfRange) out.push(Number.POSITIVE_INFINITY);
    else if (a.childAgeMonths !== undefined) out.push(a.childAgeMonths);
  }
  return out;
}

/**
 * "那过了三岁生日以后就不能去了吗", "超过3歲還能約嗎", "can she still come after her third birthday?": the age named is the
 * service's upper bound, but the words place the child PAST it — out of range, not the 36 months "三岁" alone reads as.
 */
const PAST_THREE_ZH = /(?:过了|超过|超出|大于)\s*(?:三|3)\s*(?:周)?岁|(?:三|3)\s*(?:周)?岁\s*(?:生日)?\s*(?:以后|之后|过后)/;
const PAST_THREE_EN =
  /(?<![a-z])(?:over|past|older than|after (?:(?:his|her|their|the) )?(?:third|3rd) birthday)(?![a-z])(?:\s+(?:the age of\s+)?(?:3|three)(?![a-z0-9]))?/i;

function pastThreeTold(text: string): boolean {
  if (PAST_THREE_ZH.test(text)) return true;
  const m = PAST_THREE_EN.exec(text);
  // "over 3" / "past three" need the number; "after her third birthday" carries it in the words.
  return m !== null && (/birthday/i.test(m[0]) || /(?<![a-z0-9])(?:3|three)(?![a-z0-9])/i.test(m[0]));
}

export function parseAge(text: string): AgeResult {
  if (pastThreeTold(toSimplified(text))) return { ageOutOfRange: true };
  // Durations that are not ages: "提前3个月", "for 2 years", "18个月内", "every 3 months";
  // ("宝宝已经36个月了" is the child's age: 已经 and a month count right after the child; round 50.)
  // and a price per month ("一个月三千", "每月2000块", "a month 3000 yuan"): a money amount is not an age.
  const t = text
    .replace(
      new RegExp(
        `(?:${NUM}|每)\\s*个?月\\s*(?:要|花|收|交|付|才|就|大概|大约|差不多|得|也就|是)?\\s*(?:\\d{3,}|\\d+(?:\\.\\d+)?\\s*(?:块|元|k|千|万|百|rmb)|[一二两三四五六七八九十几半]+\\s*(?:千|万|百|块|元))|(?:${NUM})\\s*个?月\\s*(?:多少钱|多少|几千|几百|收费|费用)`,
        'g',
      ),
      ' ',
    )
    .replace(
      /(?:提前|每隔?|过去|最近|持续|(?<!(?:宝宝|宝贝|孩子|小孩|娃|女儿|儿子|闺女|他|她)\s*)已经|已经(?!\s*[\d一二两三四五六七八九十]{1,3}\s*个多?月\s*(?:了|大)(?!\s*(?:没|不|都))))\s*\S{1,3}\s*个月|for (?:the (?:past|last) )?\S+ (?:years|year|months|month)\b(?! ?-?old| (?:baby|babies|toddlers?|kids?|child|children|boy|girl|son|daughter|twins)\b)|every \S+ months?|(?:\d+|几)个月(?:内|以内|以下|以上|前)(?!\s*(?:刚|才|就)?\s*满)|(?:每|一)个?月(?:里|内)?(?:能|可以|最多)?(?:约|预约|订|报名|去)(?:几|一|两|多少)?(?:次|回|场)?/g,
      ' ',
    );
  // Another person's age ("让我16岁的侄子去接", "my 15-year-old nephew"): not the child's.
  const own = t.replace(OTHER_PERSON_AGE, ' ');
  const found = firstAge(own);
  if (!found) return {};
  if (found.months > MAX_MONTHS) return { ageOutOfRange: true };
  return { childAgeMonths: found.months };
}

/** The first age the rules read, with the words that told it. */
function firstAge(text: string): { months: number; words: string } | undefined {
  for (const [re, get] of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const months = get(m);
    if (months === undefined || Number.isNaN(months) || months < 0) continue;
    return { months, words: m[0].trim() };
  }
  return undefined;
}

/**
 * The words a corrected age was told in ("10 weeks" in "sorry she's actually 10 weeks, not 6", "一岁八个月"), so the
 * answer given again can say which age it is for — in the parent's own unit, which the months slot loses (10 weeks → 2).
 */
export function ageWordsIn(text: string): string | undefined {
  const found = firstAge(text.toLowerCase());
  if (!found) return undefined;
  // ("she's actually 10 weeks": the age, without the child it was told of.)
  const unit =
    /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:-|\s)?(weeks?|wks?|months?|mos?|years?|yrs?)|[一二两三\d]{1,2}岁(?:[一二三四五六七八九十两\d]{1,2}个月)?半?|[一二两三四五六七八九十\d]{1,3}个月|[一二两三四五六七八九十\d]{1,2}(?:周|个星期)大/.exec(
      found.words,
    );
  return (unit?.[0] ?? found.words)
    .replace(/(?<=\d)\s*wks?$/, ' weeks')
    .replace(/(?<=\d)\s*mos?$/, ' months')
    .replace(/(?<=\d)\s*yrs?$/, ' years');
}
