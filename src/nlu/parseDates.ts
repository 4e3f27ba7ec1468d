import { addDays, isValidLocalDate, localDateOf, startOfWeek, weekdayOf, type LocalDate } from '../time/zonedTime.ts';
import { NUM, parseNumber } from './chineseNumber.ts';
import { EN_ORD } from './parseOrdinal.ts';

export interface DateResult {
  dateRange?: { from: LocalDate; to: LocalDate };
  dateText?: string;
  /**
   * A weekday and a calendar day written together that name different days ("周六12月14号", 14 December being a
   * Monday): the calendar day is the one taken (`readings[0]`), the weekday's day is `readings[1]`, so the reply says which.
   */
  conflict?: { text: string; readings: [LocalDate, LocalDate] };
  /** Every day named is the day a child reaches an age ("下个月就满一岁了", "turns one next month"), not a day asked for. */
  ageReached?: true;
}

interface Hit {
  index: number;
  end: number;
  kind: HitKind;
  bare: boolean; // a weekday without 这/下/next…
  dayOnly: boolean; // a day of the month without a month ("21号", "the 13th")
  text: string;
  from: LocalDate;
  to: LocalDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

const EN_MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const EN_MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
const ZH_WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0 };

/** The next date on or after `today` falling on `weekday`. */
function upcoming(today: LocalDate, weekday: number): LocalDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** `weekday` in the ISO week after today's (Monday-based). */
function inNextWeek(today: LocalDate, weekday: number, weeksAhead = 1): LocalDate {
  const monday = addDays(startOfWeek(today), 7 * weeksAhead);
  return addDays(monday, weekday === 0 ? 6 : weekday - 1);
}

/** The coming Saturday–Sunday; on a Saturday it starts today, on a Sunday it is just today. */
function thisWeekend(today: LocalDate): [LocalDate, LocalDate] {
  const w = weekdayOf(today);
  if (w === 0) return [today, today];
  const sat = upcoming(today, 6);
  return [sat, addDays(sat, 1)];
}

function endOfMonth(y: number, m: number): LocalDate {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(last)}`;
}

/** Month/day without a year: this year unless that day has passed, then next year. */
/** Days `from`–`to` of one month, the next time that month comes (none when the span is backwards or longer than two weeks). */
function monthSpan(today: LocalDate, month: number | undefined, from: number | undefined, to: number | undefined): [LocalDate, LocalDate] | undefined {
  if (!month || !from || !to || month > 12 || to <= from || to - from > 13) return undefined;
  const first = monthDay(today, month, from);
  if (!first) return undefined;
  const last = `${first.slice(0, 8)}${pad(to)}`;
  return isValidLocalDate(last) ? [first, last] : undefined;
}

function monthDay(today: LocalDate, month: number, day: number): LocalDate | undefined {
  const year = Number(today.slice(0, 4));
  let d = `${year}-${pad(month)}-${pad(day)}`;
  if (!isValidLocalDate(d)) {
    d = `${year + 1}-${pad(month)}-${pad(day)}`; // 29 Feb
    return isValidLocalDate(d) ? d : undefined;
  }
  // A day a few weeks back ("Nov 20" on 25 November) is that day, which has passed — not next year's.
  if (d < today && daysBetween(d, today) > RECENTLY_PASSED_DAYS) d = `${year + 1}-${pad(month)}-${pad(day)}`;
  return isValidLocalDate(d) ? d : undefined;
}

/** How far back a month and day without a year is still read as this year's (passed) day. */
const RECENTLY_PASSED_DAYS = 45;

/** The first day of the lunar year (春节), which moves: from the published calendars (2026–2030). */
const SPRING_FESTIVAL: LocalDate[] = ['2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'];

/** The next 春节, or one a few weeks back (as monthDay reads a passed day); undefined past the table. */
function springFestival(today: LocalDate): LocalDate | undefined {
  return SPRING_FESTIVAL.find((d) => d >= today || daysBetween(d, today) <= RECENTLY_PASSED_DAYS);
}

/** A day of the month without a month: this month unless passed, then next month. */
function dayOfMonth(today: LocalDate, day: number): LocalDate | undefined {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  if (day < Number(today.slice(8, 10))) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  const d = `${y}-${pad(m)}-${pad(day)}`;
  return isValidLocalDate(d) ? d : undefined;
}

/**
 * The n-th (1–5, or -1 for the last) `weekday` of a month: this year's unless that month has passed, then next year's
 * ("一月份第一个周六" on 25 November is 2 January next year).
 */
function nthWeekdayOfMonth(today: LocalDate, month: number, n: number, weekday: number): LocalDate | undefined {
  let year = Number(today.slice(0, 4));
  if (month < Number(today.slice(5, 7))) year += 1;
  const pick = (y: number): LocalDate | undefined => {
    if (n === -1) {
      const last = endOfMonth(y, month);
      return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
    }
    const first = `${y}-${pad(month)}-01`;
    const d = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
    return d.slice(5, 7) === pad(month) ? d : undefined;
  };
  return pick(year);
}

const ORDINAL_WORDS: Record<string, number> = {
  一: 1,
  头: 1,
  '1': 1,
  二: 2,
  '2': 2,
  三: 3,
  '3': 3,
  四: 4,
  '4': 4,
  五: 5,
  '5': 5,
  最后: -1,
  最后一: -1,
  ...EN_ORD,
  last: -1,
};

/** What a rule reads: an explicit calendar day, a weekday, a span (weekend/week/month) or a day relative to today. */
type HitKind = 'explicit' | 'weekday' | 'span' | 'relative' | 'dayOfMonth';
type Rule = [RegExp, (m: RegExpExecArray, today: LocalDate) => [LocalDate, LocalDate] | LocalDate | undefined, HitKind?];

const NOT_QUANTITY =
  '(?!\\s*(?:岁|周岁|个|kg|斤|公斤|度|℃|°|元|块|小时|分|cm|厘米|ml|毫升|(?:y|years?|yrs?|yo|y/?o|mo|mos|months?|hours?|h|am|pm)(?![a-z])|[- ]?(?:year|month)[- ]?olds?(?![a-z])|%|点|号?那))';

/** A child named just before a decimal ("my son 1.5 doesn't talk", "女儿2.5了"): the decimal is an age. */
const CHILD_BEFORE_AGE = /(?:(?<![a-z])(?:daughter|son|baby|boy|girl|kid|child|toddler|dd|ds|lo)|女儿|儿子|宝宝|孩子|娃)\s*(?:is\s*)?$/i;

/** A single look-verb then 下 then a week word: the 下 of 看一下, not next week's. */
const LOOK_YIXIA = /(?<![看查瞧问])([看查瞧问])下(?=周|星期|礼拜)/g;

const RULES: Rule[] = [
  // "一月份第一个周六", "12月的最后一个周日", "the first saturday of january", "2nd sunday in december": that day of that
  // month, not the coming weekday (the month then the weekday would otherwise read as this Saturday).
  [
    new RegExp(`(?<![\\d个])(${NUM}|元)\\s*月份?\\s*的?\\s*(?:第\\s*([一二三四五1-5])|(头|最后一?))\\s*个?\\s*(?:周|星期|礼拜)([六日天末])`, 'g'),
    (m, today) => {
      const month = m[1] === '元' ? 1 : parseNumber(m[1]!);
      const n = ORDINAL_WORDS[m[2] ?? m[3]!];
      if (!month || month > 12 || !n) return undefined;
      if (m[4] === '末') {
        const sat = nthWeekdayOfMonth(today, month, n, 6);
        return sat ? [sat, addDays(sat, 1)] : undefined;
      }
      return nthWeekdayOfMonth(today, month, n, m[4] === '六' ? 6 : 0);
    },
  ],
  [
    new RegExp(
      `(?<![a-z])(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last) (saturday|sunday|sat|sun|weekend) (?:of|in) ${EN_MONTH}(?![a-z])`,
      'g',
    ),
    (m, today) => {
      const month = EN_MONTHS[m[3]!]!;
      const n = ORDINAL_WORDS[m[1]!]!;
      if (m[2] === 'weekend') {
        const sat = nthWeekdayOfMonth(today, month, n, 6);
        return sat ? [sat, addDays(sat, 1)] : undefined;
      }
      return nthWeekdayOfMonth(today, month, n, m[2]!.startsWith('sat') ? 6 : 0);
    },
  ],
  // "the saturday after new year", "元旦后的第一个周六", "圣诞节前那个周末": a weekend day named by the holiday it follows
  // or comes before is that day, not the holiday and this Saturday widened into a month (see holidayRelative).
  [
    new RegExp(
      `(?<![a-z])(?:the )?(?:first |1st |last )?(saturday|sunday|sat|sun|weekend) (after|following|before) (?:the )?(new year'?s?(?: day)?|christmas(?: day)?|xmas|boxing day)(?![a-z])`,
      'g',
    ),
    (m, today) => holidayRelative(today, m[3]!, m[2] === 'before' ? 'before' : 'after', m[1]!),
  ],
  [
    /(元旦|圣诞节?|平安夜|跨年)(?:节)?(之?后|过后|以后|后面|之前|以前|前)的?(?:第一个|那个|头一个|最后一个)?(?:周|星期|礼拜)(六|日|天|末)/g,
    (m, today) => holidayRelative(today, m[1]!, /前/.test(m[2]!) ? 'before' : 'after', m[3]!),
  ],
  // Full dates with a year.
  [
    /(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g,
    (m) => {
      const d = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
      return isValidLocalDate(d) ? d : undefined;
    },
  ],
  [
    new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?(?: of)?\\s*${EN_MONTH}\\.?,?\\s*(20\\d{2})`, 'g'),
    (m) => {
      const d = `${m[3]}-${pad(EN_MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`;
      return isValidLocalDate(d) ? d : undefined;
    },
  ],
  [
    new RegExp(`${EN_MONTH}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(20\\d{2})`, 'g'),
    (m) => {
      const d = `${m[3]}-${pad(EN_MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`;
      return isValidLocalDate(d) ? d : undefined;
    },
  ],
  // Chinese relative months with a day: 下个月5号.
  [
    new RegExp(`下个?月\\s*(${NUM})\\s*[号日]`, 'g'),
    (m, today) => {
      let y = Number(today.slice(0, 4));
      let mo = Number(today.slice(5, 7)) + 1;
      if (mo === 13) {
        mo = 1;
        y += 1;
      }
      const day = parseNumber(m[1]!);
      const d = `${y}-${pad(mo)}-${pad(day ?? 0)}`;
      return isValidLocalDate(d) ? d : undefined;
    },
  ],
  // A span of days in one month ("1月1号到3号", "1月1日至3日", "jan 1-3", "dec 26 to 27", "1-3 jan"): every day of it, not
  // the first day with the last read as a day of the coming month ("3号" alone is 3 Dec) — round 52.
  [
    new RegExp(`(?<![\\d个])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?\\s*(?:到|至|-|~|～|—|–)\\s*(${NUM})\\s*[日号](?!\\s*(?:点|个|天|小时))`, 'g'),
    (m, today) => monthSpan(today, parseNumber(m[1]!), parseNumber(m[2]!), parseNumber(m[3]!)),
    'span',
  ],
  [
    new RegExp(
      `(?<![a-z])${EN_MONTH}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|~|to|through|thru|till|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!\\s*(?:am|pm|h|hrs?|hours?|months?|mo|yrs?|years?|kids?|children)(?![a-z]))`,
      'g',
    ),
    (m, today) => monthSpan(today, EN_MONTHS[m[1]!]!, Number(m[2]), Number(m[3])),
    'span',
  ],
  [
    new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|~|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?: of)?\\s*${EN_MONTH}(?![a-z])`, 'g'),
    (m, today) => monthSpan(today, EN_MONTHS[m[3]!]!, Number(m[1]), Number(m[2])),
    'span',
  ],
  // 元旦's three days ("元旦放三天假", "元旦连着放三天", "元旦連假三天", "元旦holiday那三天"): 1–3 January, the weekend days with
  // them, not New Year's Day alone — round 52.
  [
    /元旦(?:节)?[^。？?！!，,\n]{0,10}?(?:三|3)\s*天(?!\s*(?:之|以)?(?:后|前|内))/g,
    (_m, today) => {
      const first = monthDay(today, 1, 1);
      return first ? [first, addDays(first, 2)] : undefined;
    },
    'span',
  ],
  // 12月5号, 十二月五日
  [
    new RegExp(`(?<![\\d个])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`, 'g'),
    (m, today) => {
      const mo = parseNumber(m[1]!);
      const day = parseNumber(m[2]!);
      if (!mo || !day || mo > 12 || day > 31) return undefined;
      return monthDay(today, mo, day);
    },
  ],
  // 5 December, 5th Dec
  [new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?(?: of)?\\s*${EN_MONTH}(?![a-z])`, 'g'), (m, today) => monthDay(today, EN_MONTHS[m[2]!]!, Number(m[1]))],
  // Dec 5, December 5th
  [new RegExp(`(?<![a-z])${EN_MONTH}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`, 'g'), (m, today) => monthDay(today, EN_MONTHS[m[1]!]!, Number(m[2]))],
  // 12/5, 12.5 (month/day, the way dates are written in China)
  [
    new RegExp(`(?<![\\d./:-])(\\d{1,2})[/.](\\d{1,2})(?![\\d./:])${NOT_QUANTITY}`, 'g'),
    (m, today) => {
      const mo = Number(m[1]);
      const day = Number(m[2]);
      if (mo < 1 || mo > 12 || day < 1 || day > 31) return undefined;
      // "my daughter 2.5 screams at night": a decimal right after a child is her age in years, not 5 Feb.
      if (m[0].includes('.') && CHILD_BEFORE_AGE.test(m.input.slice(0, m.index))) return undefined;
      return monthDay(today, mo, day);
    },
  ],
  // 28号 (but not "2号那个", which points at a list item)
  [
    new RegExp(`(?<![\\d周月第])(${NUM})\\s*号(?!\\s*(?:那(?![天日])|的那(?![天日])|这个|的这|楼|线|门|床|房|院|地铁|公交))`, 'g'),
    (m, today) => {
      const day = parseNumber(m[1]!);
      return day && day <= 31 ? dayOfMonth(today, day) : undefined;
    },
    'dayOfMonth',
  ],
  [
    /(?<![a-z])(?:on )?the (\d{1,2})(?:st|nd|rd|th)(?! (?:one|option|slot|session|class|choice|item|floor|storey|story|building|block|stop|street|avenue|st\b|birthday))/g,
    (m, today) => dayOfMonth(today, Number(m[1])),
    'dayOfMonth',
  ],
  // Named days: Christmas, New Year's Day (the next one, or one a few weeks back).
  // (An event named after it is no date: "we have a Christmas party that day", "圣诞派对那天".)
  [
    /(?<![a-z])(?:christmas|xmas)(?: day)?(?! eve)(?![a-z])(?! (?:party|parties|concert|show|market|fair|dinner|lunch|event|play|performance|card|gift|present|tree)s?(?![a-z]))|圣诞节?(?!前夜|夜|派对|晚会|聚会|活动|演出|礼物|树)/g,
    (_m, today) => monthDay(today, 12, 25),
  ],
  [/(?<![a-z])christmas eve(?![a-z])|平安夜/g, (_m, today) => monthDay(today, 12, 24)],
  // Boxing Day and New Year's Eve, as expat parents name them.
  [/(?<![a-z])boxing day(?![a-z])/g, (_m, today) => monthDay(today, 12, 26)],
  [/(?<![a-z])new year'?s eve(?![a-z])|跨年夜|除夕夜?(?=.{0,3}(?:元旦|跨年))/g, (_m, today) => monthDay(today, 12, 31)],
  // ("New Year weekend" names the holiday too: the weekend beside it, see holidayWeekend.)
  // (Not the lunar one: "lunar new year weekend" is 春节, below.)
  [
    /(?<![a-z])(?<!(?:lunar|chinese) )new year'?s day(?![a-z])|(?<![a-z])(?<!(?:lunar|chinese) )new year'?s?(?= (?:long )?weekend)|元旦/g,
    (_m, today) => monthDay(today, 1, 1),
  ],
  // 春节 (Chinese New Year), whose day moves with the lunar calendar: "想约春节期间的周末", "过年那个周六", "CNY weekend".
  // ("过年" only beside the weekend or a day of it, since "过年回老家" names no day asked for.)
  [
    /春节|农历新年|(?<![a-z])(?:chinese|lunar) new year(?![a-z])|(?<![a-z])cny(?![a-z])|过年(?=(?:那个|那|的|期间的?|假期的?)?\s*(?:周末|周六|周日|周天|礼拜[六天日]|星期[六天日]|weekend|saturday|sunday))/g,
    (_m, today) => springFestival(today),
  ],
  // Relative days. ('思明上午/思明早上' is the district Siming and a part of day, not 明上午 'tomorrow morning'.)
  [/大后天/g, (_m, today) => addDays(today, 3), 'relative'],
  [/后天|day after tomorrow|day after tmr/g, (_m, today) => addDays(today, 2), 'relative'],
  [/明天|(?<!思)(?:明日|明早|明儿|明上午|明下午)|(?<![a-z])(?:tomorrow|tmrw?|tmw|2moro|2morrow|tomoz)(?![a-z])/g, (_m, today) => addDays(today, 1), 'relative'],
  // Days just passed ("昨天他发烧了", "the session yesterday"): read as those days, never as a coming one.
  [/大前天|(?<![a-z])three days ago(?![a-z])/g, (_m, today) => addDays(today, -3), 'relative'],
  [/(?<!大)前天|(?<![a-z])(?:the )?day before yesterday|(?<![a-z])two days ago(?![a-z])/g, (_m, today) => addDays(today, -2), 'relative'],
  [/昨天|昨日|昨晚|昨儿|(?<![a-z])(?:yesterday|yday|last night)(?![a-z])/g, (_m, today) => addDays(today, -1), 'relative'],
  [/今天|今日|今早|今儿|今晚|今上午|今下午|(?<![a-z])(?:today|tonight|this morning|this afternoon)(?![a-z])/g, (_m, today) => today, 'relative'],
  [
    new RegExp(`(${NUM})\\s*天(?:之|以)?后|过\\s*(${NUM})\\s*天`, 'g'),
    (m, today) => {
      const n = parseNumber((m[1] ?? m[2])!);
      return n !== undefined && n <= 60 ? addDays(today, n) : undefined;
    },
    'relative',
  ],
  [
    /(?<![a-z])in (\d{1,2}|one|two|three|four|five|six|seven|ten) days?|(\d{1,2}|one|two|three|four|five|six|seven|ten) days? (?:from now|later)/g,
    (m, today) => {
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
      const tok = (m[1] ?? m[2])!;
      const n = /^\d+$/.test(tok) ? Number(tok) : words[tok];
      return n !== undefined ? addDays(today, n) : undefined;
    },
    'relative',
  ],
  // Weekends.
  [
    /(?<!一)下下个?\s*(?:周末|weekend)|(?<![a-z])(?:the )?weekend after next/g,
    (_m, today) => {
      const s = inNextWeek(today, 6, 2);
      return [s, addDays(s, 1)];
    },
    'span',
  ],
  [
    /(?<!一)下个?\s*(?:周末|weekend)|(?<![a-z])(?:next weekend|weekend after this)/g,
    (_m, today) => {
      const s = inNextWeek(today, 6);
      return [s, addDays(s, 1)];
    },
    'span',
  ],
  [
    /上个?周末|(?<![a-z])last weekend/g,
    (_m, today) => {
      const s = inNextWeek(today, 6, -1);
      return [s, addDays(s, 1)];
    },
    'span',
  ],
  [
    /周六日|周六周日|六日两天|(?:这个?|本)?周末|双休日?|(?<![a-z])(?:this |the |coming )?(?:weekend|wknd|wkend|weekends)(?![a-z])/g,
    (_m, today) => thisWeekend(today),
    'span',
  ],
  // Weekday ranges: "周一到周五", "周六至周日", "mon-fri".
  [
    /(?<![下这本])周\s*([一二三四五六日1-7])\s*(?:到|至|-|~|～)\s*周?\s*([一二三四五六日1-7])(?!\s*[岁个])/g,
    (m, today) => {
      const from = upcoming(today, ZH_WEEKDAYS[m[1]!]!);
      const to = upcoming(from, ZH_WEEKDAYS[m[2]!]!);
      return [from, to];
    },
    'span',
  ],
  // Weekdays.
  [
    /((?<!一)下下+个?|(?<!一)下个?|上个?|这个?|本)?周\s*([一二三四五六日1-7])(?!\s*[岁个])/g,
    (m, today) => {
      const wd = ZH_WEEKDAYS[m[2]!]!;
      // "下下周六" two weeks on, "下下下周六" three: one week per 下.
      if (m[1]?.startsWith('下下')) return inNextWeek(today, wd, m[1].replace(/[^下]/g, '').length);
      if (m[1]?.startsWith('下')) return inNextWeek(today, wd);
      if (m[1]?.startsWith('上')) return inNextWeek(today, wd, -1);
      return upcoming(today, wd);
    },
    'weekday',
  ],
  [
    // "the Saturday after next": two weeks on, as "next Saturday" is one; "and the Saturday after?", "the Sunday after
    // that": the one after the coming one (round 36; without these, "the Saturday after" was this Saturday again).
    /(?<![a-z])(?:the )?(saturday|sunday|monday|tuesday|wednesday|thursday|friday)s? after (next)(?![a-z])|(?<![a-z])the (saturday|sunday|monday|tuesday|wednesday|thursday|friday) after(?: (?:that|this|it))?(?=\s*(?:[?？.!,，]|$|(?:too|then|as well|instead|please)(?![a-z])))/g,
    (m, today) => {
      if (m[1]) return inNextWeek(today, EN_WEEKDAYS[m[1]]!, 2);
      return addDays(upcoming(today, EN_WEEKDAYS[m[3]!]!), 7);
    },
  ],
  [
    // "on Mondays" (plural: the next one is the one to look at).
    // (…and the week said in Chinese before an English day: "上周Saturday", "下周saturday", "这周sunday"; round 31.)
    /(?<![a-z])(next |this |coming |on |last |上个?周\s*|(?<!下)下个?周\s*|(?:这个?|本)周\s*)?(saturday|sunday|monday|tuesday|wednesday|thursday|friday|sat|sun|mon|tues?|wed|thu|thur|thurs|fri)(?:s(?=\b|[^a-z]|$))?(?![a-z])(?!\s*(?:cream|screen|burn|light|shine|hat|block|exposure|protection))/g,
    (m, today) => {
      const wd = EN_WEEKDAYS[m[2]!]!;
      if (m[1] === 'next ' || m[1]?.startsWith('下')) return inNextWeek(today, wd);
      if (m[1] === 'last ' || m[1]?.startsWith('上')) return inNextWeek(today, wd, -1);
      return upcoming(today, wd);
    },
    'weekday',
  ],
  // Weeks.
  [
    /(?<!一)下下个?周|(?<![a-z])week after next/g,
    (_m, today) => {
      const mon = addDays(startOfWeek(today), 14);
      return [mon, addDays(mon, 6)];
    },
    'span',
  ],
  [
    /(?<!一)下个?周|(?<![a-z])next week(?![a-z])/g,
    (_m, today) => {
      const mon = addDays(startOfWeek(today), 7);
      return [mon, addDays(mon, 6)];
    },
    'span',
  ],
  [/(?:这个?|本)周|(?<![a-z])this week(?![a-z])/g, (_m, today) => [today, addDays(startOfWeek(today), 6)], 'span'],
  // Months.
  [
    /(?<!一)下个?月|(?<![a-z])next month/g,
    (_m, today) => {
      let y = Number(today.slice(0, 4));
      let mo = Number(today.slice(5, 7)) + 1;
      if (mo === 13) {
        mo = 1;
        y += 1;
      }
      return [`${y}-${pad(mo)}-01`, endOfMonth(y, mo)];
    },
    'span',
  ],
  [/(?:这个|本)月|(?<![a-z])this month/g, (_m, today) => [today, endOfMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7)))], 'span'],
];

/**
 * Makes several mentions of one day agree, in place:
 * - a weekday written beside a calendar date names that same day ("12月6日周日", "Sat 5 Dec"), so it is dropped;
 * - a bare weekday inside a week named elsewhere ("下周…周三", "next week, tuesday") falls in that week;
 * - a weekend or week that holds every other mention is context ("周末老公加班…这周六"), so the narrower day wins.
 */
function reconcile(hits: Hit[], text: string): DateResult['conflict'] {
  let conflict: DateResult['conflict'];
  holidayWeekend(hits, text);
  holidayMonthDays(hits);
  const calendar = hits.filter((h) => h.kind === 'explicit' || h.kind === 'dayOfMonth');
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.kind !== 'weekday') continue;
    const e = calendar.find((c) => besideEachOther(text, h, c));
    if (!e) continue;
    hits.splice(i, 1);
    const wd = weekdayOf(h.from);
    if (weekdayOf(e.from) === wd) continue;
    // "上周六21号": a day number without a month is the one with that weekday near the weekday named (a past
    // Saturday the 21st, not next month's Monday the 21st).
    // "那26号周六呢" on 25 Nov (the 26th a Thursday, 26 Dec a Saturday): failing that, the same day next month when it
    // has that weekday — the day the parent counted ahead to, not a conflict.
    const nextMonth = e.dayOnly ? addMonthSameDay(e.from) : undefined;
    const near = e.dayOnly ? (sameDayWithWeekday(e.from, h.from, wd) ?? (nextMonth && weekdayOf(nextMonth) === wd ? nextMonth : undefined)) : undefined;
    const span = text.slice(Math.min(h.index, e.index), Math.max(h.end, e.end)).trim();
    if (near) {
      e.from = near;
      e.to = near;
      e.text = span;
      continue;
    }
    // Weekday and day disagree: the calendar day is taken, and the named weekday nearest it kept for the reply to offer.
    e.text = span;
    const shift = ((wd - weekdayOf(e.from) + 10) % 7) - 3;
    conflict = { text: span, readings: [e.from, addDays(e.from, shift)] };
  }
  // "能约到下个月20号吗 周日", "20 Dec … it's a Sunday": a bare weekday said apart from the one calendar day named, and
  // falling on that day's weekday, names that day again — unless joined as a second day ("周日或者20号").
  const days = hits.filter((h) => h.kind === 'explicit' || h.kind === 'dayOfMonth');
  if (days.length === 1) {
    const e = days[0]!;
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.kind !== 'weekday' || !h.bare || weekdayOf(h.from) !== weekdayOf(e.from)) continue;
      const between = text.slice(Math.min(h.end, e.end), Math.max(h.index, e.index));
      if (/和|或|还是|跟|以及|还有|另外|也|再|加上|、|到|至|[-~～/]|(?<![a-z])(?:and|or|to|until|till|through|also|plus)(?![a-z])/.test(between)) continue;
      hits.splice(i, 1);
    }
  }
  const weeks = hits.filter((h) => h.kind === 'span' && h.from !== h.to && daysBetween(h.from, h.to) === 6 && weekdayOf(h.from) === 1);
  if (weeks.length === 1) {
    const mon = weeks[0]!.from;
    for (const h of hits) {
      if (!h.bare) continue;
      const wd = weekdayOf(h.from);
      const d = addDays(mon, wd === 0 ? 6 : wd - 1);
      h.from = d;
      h.to = d;
    }
  }
  // "saturday morning the weekend after next", "下周末的周六": a bare Saturday or Sunday said with one weekend named is
  // that weekend's day (as a bare weekday with a week named is that week's), not every day from this Saturday on.
  const weekends = hits.filter((h) => h.kind === 'span' && daysBetween(h.from, h.to) === 1 && weekdayOf(h.from) === 6);
  if (weekends.length === 1 && weeks.length === 0) {
    const sat = weekends[0]!.from;
    for (const h of hits) {
      if (!h.bare || h.from !== h.to) continue;
      const wd = weekdayOf(h.from);
      if (wd !== 6 && wd !== 0) continue;
      const d = wd === 6 ? sat : addDays(sat, 1);
      h.from = d;
      h.to = d;
    }
  }
  if (hits.length > 1) {
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.kind !== 'span') continue;
      const others = hits.filter((o) => o !== h);
      // (Only beside another day: a span the others already removed leaves this one alone, never none at all.)
      if (others.length > 0 && others.every((o) => o.from >= h.from && o.to <= h.to && (o.from !== h.from || o.to !== h.to))) hits.splice(i, 1);
    }
  }
  return conflict;
}

/** The day a holiday named by its word falls on: the next one, or one a few weeks back (as monthDay reads it). */
function holidayDay(today: LocalDate, name: string): LocalDate | undefined {
  if (/春节|过年|农历新年|chinese new year|lunar new year|cny/.test(name)) return springFestival(today);
  if (/new year|元旦/.test(name)) return monthDay(today, 1, 1);
  if (/boxing/.test(name)) return monthDay(today, 12, 26);
  if (/平安夜/.test(name)) return monthDay(today, 12, 24);
  if (/跨年/.test(name)) return monthDay(today, 12, 31);
  return monthDay(today, 12, 25);
}

/**
 * The Saturday or Sunday (or weekend) just after or just before a holiday: "the saturday after new year" is Saturday
 * 2 January when New Year's Day is a Friday; the holiday itself is only its name.
 */
function holidayRelative(today: LocalDate, holiday: string, side: 'after' | 'before', day: string): [LocalDate, LocalDate] | LocalDate | undefined {
  const h = holidayDay(today, holiday);
  if (!h) return undefined;
  const weekend = /weekend|末/.test(day);
  const wd = weekend || /^sat|六/.test(day) ? 6 : 0;
  const gap = side === 'after' ? (wd - weekdayOf(h) + 7) % 7 || 7 : -((weekdayOf(h) - wd + 7) % 7 || 7);
  const d = addDays(h, gap);
  return weekend ? [d, addDays(d, 1)] : d;
}

/** A named holiday ("元旦", "New Year", "圣诞") — a day that can name a weekend or one of its days. */
const HOLIDAY = /元旦|圣诞|平安夜|跨年|春节|过年|农历新年|new year|christmas|xmas|boxing day|cny/;
/** The plain weekend word ("周末", "weekend"), whose week the holiday beside it decides. */
const PLAIN_WEEKEND = /^(?:这个?|本)?周末$|^(?:this |the |coming )?(?:weekend|wknd|wkend|weekends)$|^双休日?$/;

/**
 * "元旦那个周末", "元旦 weekend 1月2号", "New Year weekend": a weekend named by the holiday beside it is the weekend
 * nearest that holiday (Friday 1 Jan → Sat 2 – Sun 3 Jan), not this weekend; the holiday is its name, not a day asked
 * for. Without this the two mentions widened to "this Saturday until New Year". In place.
 */
function holidayWeekend(hits: Hit[], text: string): void {
  for (const w of hits) {
    // "元旦那个周六", "聖誕節那個禮拜六", "元旦那个Saturday": a bare Saturday or Sunday named by the holiday is that one day
    // of the holiday's weekend (Sat 2 Jan; Sat 26 Dec), not this Saturday widened to the holiday.
    const weekendDay = w.kind === 'weekday' && w.bare && [0, 6].includes(weekdayOf(w.from));
    if (!weekendDay && (w.kind !== 'span' || !PLAIN_WEEKEND.test(w.text))) continue;
    const i = hits.findIndex((h) => h !== w && h.kind === 'explicit' && HOLIDAY.test(h.text) && namesWeekend(text, h, w));
    if (i < 0) continue;
    const day = hits[i]!.from;
    // Saturday → that weekend; Sunday → from the day before; Monday/Tuesday → the weekend just before; later → the next one.
    const wd = weekdayOf(day);
    const sat = wd === 6 ? day : wd === 0 ? addDays(day, -1) : wd <= 2 ? addDays(day, -1 - wd) : addDays(day, 6 - wd);
    const one = weekendDay ? (weekdayOf(w.from) === 0 ? addDays(sat, 1) : sat) : undefined;
    w.from = one ?? sat;
    w.to = one ?? addDays(sat, 1);
    w.text = text.slice(Math.min(w.index, hits[i]!.index), Math.max(w.end, hits[i]!.end)).trim();
    hits.splice(i, 1);
    return;
  }
}

/**
 * "open over christmas? we'll be around on the 26th and 27th", "元旦…2号3号": a day of the month said without a month beside
 * a named holiday is that day in the week around the holiday (26 and 27 Dec), not the next 26th from today (26 Nov). In
 * place; a day number more than a week from the holiday keeps its usual reading (round 50).
 */
function holidayMonthDays(hits: Hit[]): void {
  const holiday = hits.find((h) => h.kind === 'explicit' && HOLIDAY.test(h.text));
  if (!holiday) return;
  for (const h of hits) {
    if (h === holiday || !h.dayOnly) continue;
    const day = Number(h.from.slice(8, 10));
    const y = Number(holiday.from.slice(0, 4));
    const m = Number(holiday.from.slice(5, 7));
    const candidates = [
      [y, m],
      [m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1],
      [m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1],
    ]
      .map(([yy, mm]) => `${yy}-${pad(mm!)}-${pad(day)}`)
      .filter((d) => isValidLocalDate(d) && Math.abs(daysBetween(holiday.from, d)) <= 7);
    const near = candidates[0];
    if (!near || near === h.from) continue;
    h.from = near;
    h.to = near;
  }
}

/** The holiday written just before or after the weekend word ("元旦那个周末", "new year weekend", "weekend of new year"). */
function namesWeekend(text: string, holiday: Hit, weekend: Hit): boolean {
  const between = holiday.index < weekend.index ? text.slice(holiday.end, weekend.index) : text.slice(weekend.end, holiday.index);
  // ("元旦隔天那个礼拜六", "元旦第二天的周六": the Saturday right after the holiday is still the holiday's weekend; round 50.)
  return /^[\s,，、]*(?:隔天|隔日|第二天|次日|后一天)?(?:(?:放假|假期|期间)(?:的|那个|那)?|那个|那|的|这个|(?:'s|s)|of|around)?[\s]*$/.test(between);
}

/** A weekday written next to a calendar day: touching, or apart by only spaces, commas, "the", "on" or "of". */
function besideEachOther(text: string, a: Hit, b: Hit): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  if (second.index < first.end) return true;
  return /^[\s,，、()（）]*(?:(?:the|on|of)\s+)*[\s,，、()（）]*$/.test(text.slice(first.end, second.index));
}

/** The same day of the month as `day`, in the month of `around` or the one before or after, falling on `weekday` within two weeks of `around`. */
/** The same day of the month a month later, when that month has it. */
function addMonthSameDay(day: LocalDate): LocalDate | undefined {
  let y = Number(day.slice(0, 4));
  let m = Number(day.slice(5, 7)) + 1;
  if (m === 13) {
    m = 1;
    y += 1;
  }
  const d = `${y}-${pad(m)}-${day.slice(8, 10)}`;
  return isValidLocalDate(d) ? d : undefined;
}

function sameDayWithWeekday(day: LocalDate, around: LocalDate, weekday: number): LocalDate | undefined {
  const d = Number(day.slice(8, 10));
  let y = Number(around.slice(0, 4));
  let m = Number(around.slice(5, 7)) - 1;
  if (m === 0) {
    m = 12;
    y -= 1;
  }
  const found: LocalDate[] = [];
  for (let k = 0; k < 3; k++) {
    const c = `${y}-${pad(m)}-${pad(d)}`;
    if (isValidLocalDate(c) && weekdayOf(c) === weekday && Math.abs(daysBetween(c, around)) <= 14) found.push(c);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return found.sort((p, q) => Math.abs(daysBetween(p, around)) - Math.abs(daysBetween(q, around)))[0];
}

function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const AGE_REACHED_AFTER = /^\s*(?:才|就|刚|刚好|正好|会|要|快|就会|才会)?\s*满\s*(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(?:月|岁|周岁)/;
const AGE_REACHED_BEFORE =
  /(?<![a-z])(?:turns?|turning|will be|is going to be|reaches?|reaching|is|'s|he's|she's)\s+(?:\d+|one|two|three|six|eighteen|twelve)\s*(?:months?|mo|years?|yrs?)(?:\s+old)?\s*(?:on|by|in|around|at the end of)?\s*(?:the\s+)?$/;

/** Whether a date mention is the day a child reaches an age, written right beside it ("my son is 6 months next week"). */
function namesAgeReached(text: string, h: Hit): boolean {
  return AGE_REACHED_AFTER.test(text.slice(h.end, h.end + 12)) || AGE_REACHED_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index));
}

/**
 * Dates mentioned in a (normalized) message, resolved against `now` in the
 * service zone. Several mentions ("周六或周日") widen to one inclusive range.
 * Each rule masks what it consumed so "下周六" is not also read as "周六".
 */
export function parseDates(text: string, now: Date, timeZone: string): DateResult {
  const today = localDateOf(now, timeZone);
  // "帮我看下周日", "查下周六": 下 after a single look-verb is 一下 ("look at Sunday for me"), so the day is the
  // coming one; "看看下周日" and "看下下周六" keep their next week.
  let work = text.replace(LOOK_YIXIA, '$1 ');
  // "再下周六" after "下周六": one week further, as 下下周六 (same length, so spans stay in place).
  work = work.replace(/再(?=下个?(?:周|礼拜|星期))/g, '下');
  const hits: Hit[] = [];
  for (const [re, resolve, kind = 'explicit'] of RULES) {
    const found: Array<[number, string]> = [];
    for (const match of work.matchAll(re)) {
      if (match[0].length === 0) continue;
      const m = match as RegExpExecArray;
      const r = resolve(m, today);
      if (r === undefined) continue;
      const [from, to] = typeof r === 'string' ? [r, r] : r;
      const bare = kind === 'weekday' && !/^(?:下|这|本|next|this|coming)/.test(m[0].trim());
      hits.push({ index: m.index, end: m.index + m[0].length, kind, bare, dayOnly: kind === 'dayOfMonth', text: m[0].trim(), from, to });
      found.push([m.index, m[0]]);
    }
    for (const [i, s] of found) work = work.slice(0, i) + ' '.repeat(s.length) + work.slice(i + s.length);
  }
  // The day a child reaches an age ("下周满6个月", "12月10号才满一岁", "turns 6 months on Dec 10th") is not the day asked
  // for when another day is named: "宝宝下周满6个月 这周六湖里有半日托吗" looks at this Saturday only. Alone it stays
  // ("周六满6个月了 湖里有位吗": that Saturday).
  const asked = hits.filter((h) => !namesAgeReached(text, h));
  const ageReached = hits.length > 0 && asked.length === 0;
  if (asked.length > 0) hits.splice(0, hits.length, ...asked);
  if (hits.length === 0) return {};
  const conflict = reconcile(hits, text);
  hits.sort((a, b) => a.index - b.index);
  // YYYY-MM-DD strings sort as the days they name.
  const from = hits.map((h) => h.from).sort()[0]!;
  const to = hits
    .map((h) => h.to)
    .sort()
    .at(-1)!;
  const dateText = hits.map((h) => h.text).join(' ');
  const result: DateResult = conflict ? { dateRange: { from, to }, dateText, conflict } : { dateRange: { from, to }, dateText };
  if (ageReached) result.ageReached = true;
  return result;
}
