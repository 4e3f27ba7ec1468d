import { BIRTH_ORDER_TERMS, CHILD_NOUNS_ZH, KIN_NOUNS_ZH, alternation, words } from '../nlu/lexicon/childWords.ts';
import { parseEnglishNumber } from '../nlu/chineseNumber.ts';
import { parseAge } from '../nlu/parseAge.ts';

/**
 * The numbers a health message tells about the child — the temperature, the age (in weeks or days for a newborn), the
 * breaths counted in a minute, how many days a fever has lasted, which day of an illness it is — read from the prepared
 * text (Simplified, lowercased). The sign readers (healthSigns.ts) decide what the numbers mean (NICE NG143's age and
 * temperature bands, breathing rates by age); this file only reads them, whatever words and numerals parents use.
 */

// Temperatures as parents write them: "38.5度", "39℃", "三十九度五", "102 f".
const ZH_TENS: Record<string, number> = { 三十五: 35, 三十六: 36, 三十七: 37, 三十八: 38, 三十九: 39, 四十: 40, 四十一: 41, 四十二: 42 };

const ZH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// "38度5" is 38.5, but "37度 5个月" is 37 °C in a 5-month-old: a digit after 度 followed by an age or a count is no decimal.
export function readTemperature(t: string): number | undefined {
  const found: number[] = [];
  for (const m of t.matchAll(
    /(?<![\d.])(3[5-9]|4[0-2])(?:\.(\d))?\s*(?:度|℃|°c?|摄氏度|degrees?(?: c(?:elsius)?)?(?![a-z])|celsius|c(?![a-z]))(?:\s*([1-9])(?![\d度个岁月周天次小分]))?/g,
  )) {
    found.push(Number(m[1]) + (m[2] ? Number(m[2]) / 10 : m[3] ? Number(m[3]) / 10 : 0));
  }
  for (const m of t.matchAll(
    /(?:体温|烧到|发烧|发热|摸着烫|(?:temp(?:erature)?|fever|fevr|fver|feels? hot|hot)(?: of| is| was| at)?)\s*(3[5-9]|4[0-2])(?:\.(\d))?(?![\d])/g,
  )) {
    found.push(Number(m[1]) + (m[2] ? Number(m[2]) / 10 : 0));
  }
  // A bare reading with a decimal ("feels hot, 38.1", "烧 38.6") where the message is about a temperature.
  if (/烧|烫|体温|温度|发热|fever|temp|hot/.test(t) || !/头围|身高|体重|厘米|公分|公斤|斤|cm|kg|lb|weigh/.test(t)) {
    for (const m of t.matchAll(/(?<![\d.])(3[7-9]|4[0-2])\.(\d)(?!\d|\.\d)/g)) found.push(Number(m[1]) + Number(m[2]) / 10);
  }
  for (const m of t.matchAll(/(三十[五六七八九]|四十[一二]?)(?:度|℃)(?:([一二三四五六七八九])|半)?/g)) {
    found.push(ZH_TENS[m[1]!]! + (m[2] ? ZH_DIGIT[m[2]]! / 10 : m[0].endsWith('半') ? 0.5 : 0));
  }
  for (const m of t.matchAll(/(?<![\d.])(9[7-9]|10[0-6])(?:\.(\d))?\s*(?:°\s*)?f(?![a-z])/g)) {
    const f = Number(m[1]) + (m[2] ? Number(m[2]) / 10 : 0);
    found.push(Math.round((((f - 32) * 5) / 9) * 10) / 10);
  }
  return found.length ? Math.max(...found) : undefined;
}

// A temperature that belongs to a thing, not the child: said right after water, milk, a bath, a room, the air
// conditioning or the weather ("洗澡水38度", "房间温度28度", "外面38度", "bath water 37 degrees"), or followed by the
// water or milk it is ("40度的温水", "40度左右的水", "38 degrees outside"). Water drunk or milk fed is not
// that ("不肯喝水 40度"). Only the number goes; "摸着烫 量了40度" or "体温40" is untouched,
// and so is a number with other words between ("喝了点水还是40度").
const TEMP_NUMBER = String.raw`(?:\d{2}(?:\.\d)?|[二三四五六七八九]?十[一二三四五六七八九]?)\s*(?:度|℃|°c?|摄氏度|c(?![a-z])|degrees?(?: c(?:elsius)?)?)`;

const AMBIENT_BEFORE = new RegExp(
  String.raw`(?<![喝吃吐吸口泪汗奶])(?:水|水温|奶(?!奶)|奶温|奶粉|澡|浴缸|浴盆|澡盆|室温|房间|屋里|屋子|室内|卧室|空调|冷气|暖气|天气|气温|外面|户外|室外)(?:的)?(?:温度)?\s*(?:是|有|要|在|大概|大约|差不多|调到|调|开|开到|用|设|设到|才|都|只有|已经)?\s*(?:大概|大约|差不多)?\s*${TEMP_NUMBER}|(?<![a-z])(?<!drink |drinks |drinking |drank |drunk )(?:water|bath|milk|formula|bottle|room|bedroom|nursery|outside|outdoors|weather|air ?con|ac|a\/c|thermostat|heater)(?: temp(?:erature)?)?(?: (?:is|was|at|of|set to|around|about))*\s*(?:about |around )?${TEMP_NUMBER}`,
  'g',
);

const AMBIENT_AFTER = new RegExp(
  String.raw`${TEMP_NUMBER}\s*(?:左右|上下)?\s*(?:的)?(?:温|热|凉|开|冷|白)?(?:水|奶)|${TEMP_NUMBER}(?: [a-z]+){0,1} (?:water|bath|milk|formula|outside|outdoors)(?![a-z])`,
  'g',
);

// A question about how warm a thing should be ("水温要多少度", "what temperature should the water be for formula, 40c?"),
// with no word about the child's own temperature: every number in it is the thing's.
const THING_TEMP_QUESTION =
  /水温|(?:多少|几)度的(?:温|热|凉|开)?(?:水|奶)|(?:水|奶|洗澡水|房间|室温|空调)(?:要|应该|该|得)?(?:调到|调|开)?(?:多少|几)度|(?<![a-z])(?:water temp\w*|(?:temp\w*|how (?:hot|warm)) (?:should|for|of) (?:the )?(?:water|bath|milk|formula|bottle|room)|(?:water|bath|milk|formula|bottle|room) (?:should|needs to) be)(?![a-z])/;

const BODY_TEMP =
  /体温|烧|热(?!水|奶|的水)|烫|额头|额温|耳温|腋|肛温|(?<![a-z])(?:fever\w*|febrile|temp of (?:him|her)|(?:his|her|their) temp\w*|burning up|feels? hot|thermometer|forehead|armpit)(?![a-z])/;

const ANY_TEMP = new RegExp(TEMP_NUMBER, 'g');

export function withoutAmbientTemperatures(t: string): string {
  if (THING_TEMP_QUESTION.test(t) && !BODY_TEMP.test(t)) return t.replace(ANY_TEMP, ' ');
  return t.replace(AMBIENT_BEFORE, ' ').replace(AMBIENT_AFTER, ' ');
}

/** "second day" … "seventh day" (cardinals, "day 5" / "day five", are read by parseEnglishNumber). */
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
};

/** "today is day 5", "5th day", "第五天": which day it is, whatever is counted. */
export function readDayOfIllness(t: string): number | undefined {
  const m =
    /(?<![a-z])day (\d{1,2}|two|three|four|five|six|seven)(?![a-z\d])|(?<![a-z\d])(\d{1,2})(?:st|nd|rd|th) day(?![a-z])|(?<![a-z])(second|third|fourth|fifth|sixth|seventh) day(?![a-z])/.exec(
      t,
    );
  if (m) {
    const v = m[1] ?? m[2] ?? m[3] ?? '';
    return ORDINALS[v] ?? parseEnglishNumber(v);
  }
  const zh = new RegExp(`第${ZH_COUNT}\\s*天`).exec(t);
  return zh?.[1] ? countOf(zh[1]) : undefined;
}

/** Breaths a minute, when counted ("一分钟70多下", "counted 56 breaths in a minute"). */
export function readBreathRate(t: string): number | undefined {
  const m =
    /(?:呼吸|喘气|喘)[^。！？!?]{0,12}?(\d{2,3}|[二三四五六七八九]十[一二三四五六七八九]?)\s*(?:多)?\s*(?:下|次)/.exec(t) ??
    /(\d{2,3}|[二三四五六七八九]十[一二三四五六七八九]?)\s*(?:多)?\s*(?:下|次)[^。！？!?]{0,6}(?:呼吸|喘气)/.exec(t) ??
    /(?<![\d.])(\d{2,3})\s*(?:breaths|breathes)(?![a-z])|(?:breathing|breaths?|respiratory rate|resp rate)[^.!?]{0,20}?(?<![\d.])(\d{2,3})(?![\d.])\s*(?:a|per|\/)\s*min/.exec(
      t,
    );
  if (!m) return undefined;
  // "一分钟七十次": counted in Chinese numerals too.
  const n = zhNumber(m[1] ?? m[2] ?? '') ?? Number.NaN;
  return n >= 15 && n <= 150 ? n : undefined;
}

const ZH_COUNT = '(\\d+|[一两二三四五六七八九十]+)';

export function countOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const map: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
  if (s.length === 1) return map[s];
  if (s.startsWith('十')) return 10 + (map[s[1]!] ?? 0);
  return undefined;
}

export function readFeverDays(t: string): number | undefined {
  const zh = new RegExp(
    `(?:烧|发热|发烧|fever)(?:了|到现在|了已经)?(?:快|整整|已经)?${ZH_COUNT}\\s*(?:天|日)|${ZH_COUNT}\\s*(?:天|日)(?:了)?(?:都|还)?(?:在)?(?:发烧|发热|高烧|烧)`,
  ).exec(t);
  if (zh) return countOf(zh[1] ?? zh[2]!);
  // "发烧第五天", "烧到39度多 已经第五天了", "烧了一个礼拜", "fever for a week"
  const nth = new RegExp(`(?:烧|发热|发烧|fever)[^，。,.]{0,12}第${ZH_COUNT}\\s*天|第${ZH_COUNT}\\s*天(?:了)?[^，。,.]{0,4}(?:烧|发热|发烧|fever)`).exec(t);
  if (nth) return countOf(nth[1] ?? nth[2]!);
  if (/(?:烧|发热|发烧)(?:了|到现在|了已经)?(?:快|整整|已经|差不多)?(?:一|1)(?:个)?(?:礼拜|星期|周)|(?:fever|temperature)\w*.{0,20}?(?:a|one) week/.test(t))
    return 7;
  const en =
    /(?:fever|temp|temperature)\w*.{0,25}?(\d+|two|three|four|five|six|seven) days|(\d+|two|three|four|five|six|seven) days? (?:of|with) (?:a )?(?:fever|temp|temperature)/.exec(
      t,
    );
  if (!en) return undefined;
  const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
  const v = en[1] ?? en[2]!;
  return /^\d+$/.test(v) ? Number(v) : words[v];
}

/** Who the message is about, as parents and grandparents say it (before an age in days): the child lexicon's words. */
const CHILD_WORDS = `小?(?:${alternation([...new Set([...CHILD_NOUNS_ZH, '娃娃', 'bb', '囡囡', ...KIN_NOUNS_ZH, ...words(BIRTH_ORDER_TERMS)])])})`;

/** 50, 五十, 四十五, 一百: a count of days as written. */
function zhNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const d: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '一百' || s === '百') return 100;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (d[m[1]] ?? 1) : 1) * 10 + (m[2] ? (d[m[2]] ?? 0) : 0);
  return s.length === 1 ? d[s] : undefined;
}

const NEWBORN = /新生儿|刚出生|满月|未满月|出生(?:才)?\d+\s*天|(?<![a-z])(?:newborn|neonate)(?![a-z])/;

// Ages in weeks or days (a newborn's), which parseAge leaves alone, then the age parseAge reads.
export function readAge(t: string): number | undefined {
  const weeks =
    /(?<![\d个])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:周|个?星期)(?:大|的宝宝|的孩子)|(?<![a-z\d])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]weeks?[- ]old/.exec(
      t,
    );
  const weeksSaid =
    weeks ??
    /(?:宝宝|孩子|娃|婴儿|才|刚|出生|^|[\s，,])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:周|个?星期)(?![前后内以])()|(?:(?<![a-z])(?:is|she'?s|he'?s|baby|only|just|aged?)\s+|\(\s*)()(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:weeks?|wks?)(?! ago| old)(?![a-z])/.exec(
      t,
    );
  if (weeksSaid) {
    const weeks = weeksSaid;
    const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
    const v = weeks[1] || weeks[2] || weeks[4] || '';
    return Math.floor((/^\d+$/.test(v) ? Number(v) : (words[v] ?? countOf(v) ?? 0)) / 4.35);
  }
  const days =
    /(?<![\d个])(\d{1,2})\s*天(?:大|的宝宝)|出生(?:才)?(\d{1,2})\s*天|(?<![a-z\d])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]days?[- ]old/.exec(
      t,
    );
  if (days) return 0;
  // "宝宝才50天", "外孙女才五十多天", "孙子出生四十天": a baby's age in days, said by a parent or a grandparent.
  const babyDays = new RegExp(
    String.raw`(?:${CHILD_WORDS})(才|刚|刚刚|只有)?(出生)?(才|刚)?(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:多)?\s*天(大)?`,
  ).exec(t);
  const babyDayCount = babyDays?.[4] ? zhNumber(babyDays[4]) : undefined;
  // "宝宝三天没拉大便", "孩子两天没吃好": a number of days that is how long something has gone on, not the age — an age in days
  // is said with 才/刚/出生 or 大, or is two weeks or more ("宝宝20天").
  const saidAsAge = !!babyDays && (!!(babyDays[1] || babyDays[2] || babyDays[3] || babyDays[5]) || (babyDayCount ?? 0) >= 14);
  const dayCount = saidAsAge ? babyDayCount : undefined;
  if (dayCount !== undefined) return Math.floor(dayCount / 30.4);
  const halfMonth = /(?<![\d个])([一两二三四五\d])个半月/.exec(t);
  if (halfMonth) return ({ 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 } as Record<string, number>)[halfMonth[1]!] ?? Number(halfMonth[1]);
  if (NEWBORN.test(t)) return 0;
  // "不到三个月", "未满3个月", "under 3 months": younger than that.
  const under =
    /(?:不到|未满|没满|还没到|不满)([一两二三四五六七八九十\d]{1,2})个月|(?<![a-z])(?:under|not yet|less than) (\d{1,2}|two|three|four|five|six) months?(?![a-z])/.exec(
      t,
    );
  if (under) {
    const v = under[1] ?? under[2]!;
    const n = countOf(v) ?? ({ two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[v];
    if (n !== undefined && n > 0) return n - 1;
  }
  const a = parseAge(t);
  return a.childAgeMonths;
}
