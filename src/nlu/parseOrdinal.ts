import { NUM, parseNumber } from './chineseNumber.ts';

/** English ordinal words and their numbers (also read by parseDates: "the first saturday of january"). */
export const EN_ORD: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
};
const EN_ORD_RE = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th';
// "her first time ever", "for the first time she goes", "first time dropping him off": a first experience, not the first item of a list; nor is "if it
// happens a third time" (an ordinal after "a" counts occurrences: see the lookbehind in parseOrdinal); nor "during the first
// session, can I wait next door?" — what happens at a first session, not a pick (pol40e); nor "bit another kid at playgroup
// today, second time this month" — a time counted in a span, not a pick (pare53).
const ITEM =
  '(?:one|option|slot|session|class|choice|item|result|time(?!\\s*(?:ever|in|at|she|he|we|they|i|[a-z]+ing(?![a-z])|away|this|today|tonight|so far|already|running|round|around|[,.!?]|$))|place|point|spot|booking|reservation)';

/** Words right after an item that turn it down ("第一个不要", "第一個太遠了", "第一个算了"). */
const TURNED_DOWN = /^\s*(?:个|個|场|場|节|節|家)?\s*(?:不要|不行|不想|不去|不好|不合适|不方便|太|算了|pass|no)/;

/**
 * Which item of a list the parent points at: "第二个", "2号那个", "the second
 * one", "#2", "option 3" → 1-based; "最后一个"/"the last one" → -1,
 * "倒数第二个" → -2. A message that is only a small number ("2") is taken as
 * a pick from the list the bot just showed.
 */
export function parseOrdinal(text: string): number | undefined {
  let m = new RegExp(`倒数第\\s*(${NUM})`).exec(text);
  if (m) {
    const k = parseNumber(m[1]!);
    if (k) return -k;
  }
  if (
    /最后(?:一|那)?(?:个|场|节|家|项|次)?(?:吧|那个|那场)?|(?<![a-z])(?:the )?last (?:one|option|slot|session|class)|(?<![a-z])(?:book|take|choose|pick) the last(?![a-z])/.test(
      text,
    )
  ) {
    if (!/最后一次|最后一天|last (?:time|week|month|year|night)/.test(text) || /最后(?:一|那)?个/.test(text)) return -1;
  }
  // ("第三方", "第三者": a third party, not the third item; "第一口" / "第一顿" / "第一颗牙" / "第一步": a first bite,
  // meal, tooth or step of a parenting question; Cantonese "第二朝", "第二日": the next morning or day of a story.)
  const zh = [
    ...text.matchAll(
      new RegExp(
        `第\\s*(${NUM})(?![\\d零〇一二两俩三四五六七八九十])(?!\\s*(?:次|天|胎|周|年|月|名|一次|方|者|口|顿|餐|颗|颗牙|步|句|声|眼|晚|夜|胎|段|阶段|口奶|遍|下|朝|日))`,
        'g',
      ),
    ),
  ];
  // "第一个不要 太远了 约第二个吧": the item turned down is not the one picked, when another is named after it.
  const picked = zh.find((x, i) => i === zh.length - 1 || !TURNED_DOWN.test(text.slice(x.index! + x[0].length)));
  if (picked) {
    const k = parseNumber(picked[1]!);
    if (k && k <= 50) return k;
  }
  m = new RegExp(`(?<![\\d月周])(${NUM})\\s*号?\\s*(?:那个|那场|那节|那家|的那个|这个)`).exec(text);
  if (m) {
    const k = parseNumber(m[1]!);
    if (k && k <= 50) return k;
  }
  m = new RegExp(
    `(?<![a-z])(?<!(?:her|his|my|our|their|your|its|a) )(?<!(?:during|before|after|since|at|in|through) (?:the )?)(?:the )?(${EN_ORD_RE})\\s+${ITEM}s?(?![a-z])|(?<![a-z])(?:book|take|choose|pick|select|want|reserve|get|cancel)\\s+(?:the )?(${EN_ORD_RE})(?![a-z])|(?<![a-z])the (${EN_ORD_RE})(?=\\s*(?:please|pls|plz)?\\s*[.!?]*$)`,
  ).exec(text);
  if (m) {
    const k = EN_ORD[(m[1] ?? m[2] ?? m[3])!];
    if (k) return k;
  }
  // A reply that is only an ordinal word: "first", "2nd one pls", "last".
  m = new RegExp(`^\\s*(?:the\\s+)?(${EN_ORD_RE}|last)(?:\\s+one)?(?:\\s+(?:please|pls|plz|thanks))?\\s*[.!。！]*\\s*$`).exec(text);
  if (m) return m[1] === 'last' ? -1 : EN_ORD[m[1]!];
  // ("baby #2 due in 3 months", "kid number 2 is on the way": which child of the family, not which item of a list, pare53.)
  m = /(?<!(?:baby|kid|child|bub|sibling|pregnancy|son|daughter)\s*)(?:#|(?<![a-z])(?:no\.?|number|option|choice|item)\s*)(\d{1,2})(?![\d])/.exec(text);
  if (m) return Number(m[1]);
  m = /^\s*(\d{1,2})\s*[.。!！]?\s*$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 20) return Number(m[1]);
  return undefined;
}
