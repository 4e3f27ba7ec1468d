import { KIN_PREFIX, kinBirthOrder } from './lexicon/kinshipWords.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { isValidLocalDate, localDateOf } from '../time/zonedTime.ts';
import { findBirthDates, parseBirthMonth } from './parseBirthDate.ts';
import type { ChildDetails, ChildMention } from './types.ts';
import { withoutTrailingAge } from './parseChildName.ts';
import { CORRECTION_MARKER } from './selfCorrection.ts';
import { alternation, BIRTH_ORDER_TERMS, KIN_NOUNS_ZH, SIBLING_TERMS, words } from './lexicon/childWords.ts';

/** Birth-order words: 大宝/老大/哥哥/the older one → 1, 二宝/老二 → 2, 三宝/老三 → 3, 小宝/老幺/the youngest/the baby → -1. */
const ORDER_WORDS: Array<[RegExp, number]> = [
  [
    /大宝|老大|大的|大女儿|大儿子|大娃|(?<![a-z])(?:the )?(?:older|oldest|eldest|elder|big) (?:one|child|kid|son|daughter|boy|girl)(?![a-z])|(?<![a-z])(?:my|our|the) (?:eldest|oldest)(?![a-z])/,
    1,
  ],
  // "the second one" is the second item of a list; a second child is named as a child.
  [
    /二宝|老二|二娃|小女儿|小儿子|中间那个(?:孩子|娃|宝)|(?<![a-z])(?:the |my |our )?second (?:child|kid|son|daughter|boy|girl)(?![a-z])|(?<![a-z])(?:the |my |our )?middle (?:one|child|kid|son|daughter|boy|girl)(?![a-z])/,
    2,
  ],
  [/三宝|老三/, 3],
  [
    /小宝|老幺|小的那个|(?<![最大])小的(?!时候|时|话)|最小的(?!时候)|(?<![a-z])(?:the )?(?:younger|youngest|little|baby) (?:one|child|kid|son|daughter|boy|girl)(?![a-z])|(?<![a-z])the baby(?![a-z])|(?<![a-z])(?:my|our|the) youngest(?![a-z])/,
    -1,
  ],
];

/** Said before a name: the largest and smallest of several ("最小的", "大的") beside the sibling and birth-order words. */
const SIZE_ORDER: ReadonlyArray<readonly [string, number]> = [
  ['最小的', -1],
  ['最大的', 1],
  ['小的', -1],
  ['大的', 1],
];
const ORDER_PREFIX = new RegExp(`^(${alternation(words([...BIRTH_ORDER_TERMS, ...SIBLING_TERMS, ...SIZE_ORDER]))})`);
/** Birth-order words that are only a prefix to a name being registered ("还有小的甜甜"). */
const PREFIX_ORDER: Record<string, number> = Object.fromEntries([...BIRTH_ORDER_TERMS, ...SIBLING_TERMS, ...SIZE_ORDER]);
/** Sibling words and 大宝 / 二宝 / 小宝, which a family calls a child by, registered as the name when no other is given. */
const SIBLING_CALLED = new RegExp(`^(?:${alternation([...words(SIBLING_TERMS), ...words(BIRTH_ORDER_TERMS).filter((w) => w.endsWith('宝'))])})$`);
const ZH_FILLER = /^(?:还有|另外|以及|和|跟|与|再|帮我|麻烦|请|我家|我们家|我的|都|一个|个|叫做?|是|的)+/;
/** "第一个叫小满 … 第二个叫小雪 …": the ordinal says which child, the name is what follows. */
const ZH_ORDINAL = /第([一二三四五])个(?:孩子|宝宝|娃|宝贝)?(?:叫做?|是)?/;
const ORDINAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
// What a sibling word does is no name either ("老大打了老二", "老二总是哭").
// A question word opens a question, never a name ("不理老大 怎么跟他们说": 老大 is asked about, 怎么跟他 names no one).
const NOT_A_NAME =
  /^(?:宝宝|孩子|小孩|娃|儿子|女儿|登记|一下|都|出生|生日)$|^(?:的|呢|吧|也|呀|啊|啦|嘛|喔|哦|哈|欸|耶|叫|要|想|能|可以|约|订|去|在|这|那|周|星期|礼拜|上午|下午|明天|后天|今天|找|看|查|搜|帮|给|预|报|取消|排|候补|不|还|和|跟|有|是|就|先|再|下周|上周|这周|打|咬|推|抓|踢|抢|欺负|哭|闹|总|老是|一直|又|把|被|对|会|说|爱|喜欢|怎|咋|为什么|为啥|什么|应该|是不是|有没有|要不要)/;

/**
 * Several children described at once, each with a name and a birth date
 * ("大宝朵朵2024-01-20 二宝果果2024-11-11 都登记一下", "Emma 2023-05-01 and
 * Leo 2024-08-09"). Only when two or more birth dates are written; one child
 * is the ordinary name + birth date reading.
 */
export function parseChildren(text: string, now: Date, timeZone: string, original?: string): ChildDetails[] | undefined {
  const found = parseChildrenIn(text, now, timeZone);
  // Names are kept as the parent wrote them (宇恆, not the Simplified 宇恒 the rules read).
  return found && original !== undefined ? found.map((c) => ({ ...c, name: nameAsWritten(c.name, original) })) : found;
}

/** Words between a name and its birth date ("生日是", "born on", "，"), dropped so the name is what is left. */
const BIRTH_LEAD = /(?:出生日期是?|出生于?|生日是?|生于|生的?|是|于|在|born(?: on)?|dob|d\.o\.b\.?|b\.|[\s,，:：(（])+$/i;

function parseChildrenIn(text: string, now: Date, timeZone: string): ChildDetails[] | undefined {
  const out: ChildDetails[] = [];
  let last = 0;
  for (const { birthDate, span } of findBirthDates(text, now, timeZone)) {
    const before = withoutTrailingAge(text.slice(last, span[0])).trim();
    last = span[1];
    // "老二 叫Mimi 生日是06/07/2025": the name is the last word before the birth words, in either script.
    const lead = before.replace(BIRTH_LEAD, '');
    const zh = /([\u4e00-\u9fa5·]{1,8})$/.exec(lead)?.[1];
    // "Emma 2023-05-01", "Sophie (born 2024-05-20)", "Max, DOB: 2025-11-02"
    const en = zh ? undefined : /([a-z][a-z'-]{1,19})$/i.exec(lead)?.[1];
    let name = zh ?? en;
    let birthOrder: number | undefined;
    if (zh) {
      let z = zh.replace(ZH_FILLER, '');
      // "大儿子小宝", "闺女妞妞", "小女儿叫糖糖": the kinship word frames the name (and 大 / 小 give the order).
      const kin = KIN_PREFIX.exec(z);
      const afterKin = kin && z.length > kin[0].length;
      if (afterKin) {
        birthOrder = kinBirthOrder(kin[1]);
        z = z.slice(kin[0].length);
      }
      const ordinal = ZH_ORDINAL.exec(z);
      if (ordinal) {
        birthOrder = ORDINAL_VALUE[ordinal[1]!];
        z = z.slice(ordinal.index + ordinal[0].length);
      }
      // (After a kinship word, 小宝 / 大宝 is the child's name: "大儿子小宝".)
      const order = ordinal || afterKin ? undefined : ORDER_PREFIX.exec(z)?.[1];
      if (order) {
        birthOrder = PREFIX_ORDER[order] ?? ORDER_WORDS.find(([re]) => re.test(order))?.[1];
        z = z.slice(order.length).replace(/^(?:叫做?|是)/, '');
        // "哥哥 2024年2月1日 妹妹 2025年1月10日": a sibling word with no name after it is what the family calls the child.
        if (!z && SIBLING_CALLED.test(order)) z = order;
      }
      // "她叫林芊芊", "名字叫小满": the name is what follows the last 叫.
      const called = /^.*(?:叫做?|名字是)/.exec(z);
      if (called) z = z.slice(called[0].length);
      name = z.replace(/(?:出生于?|出生日期是?|生日是?|生于|生的?|是|于|在)$/, '').slice(-4);
    }
    // ("she was born on the 3rd of May": the words before an English date are no name.)
    if (!name || NOT_A_NAME.test(name) || /^(?:and|born|dob|is|was|were|on|the|of|in|child|kid|son|daughter|baby|she's|he's|it's)$/i.test(name)) continue;
    if (en && !zh) name = name[0]!.toUpperCase() + name.slice(1);
    const ambiguous = ambiguousReading(text.slice(span[0], span[1]), birthDate, localDateOf(now, timeZone));
    out.push({ name, birthDate, ...(birthOrder !== undefined ? { birthOrder } : {}), ...(ambiguous ? { ambiguous } : {}) });
  }
  if (out.length >= 2) return out;
  // "大宝朵朵2024-01-20，二宝糖糖去年十月生的", "my son Leo, he's 18 months, and my daughter Mia born 2024-03-05":
  // a sibling whose birth date is not given in full is listed too (the parent is asked for it by name), so
  // nobody is registered with another child's date.
  const twins = twinsBornTogether(text, now, timeZone);
  if (twins) return twins;
  if (out.length === 1) {
    // A name inside the dated child's words ("老三叫小满，2026年5月2号出生") is that child, not a sibling.
    const same = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
    const undated = namedWithoutDate(text, now, timeZone).filter((c) => !out.some((o) => same(o.name, c.name)));
    if (undated.length > 0) {
      const first = out[0]!;
      const dated = { ...first, at: text.toLowerCase().indexOf(first.name.toLowerCase()) };
      return [dated, ...undated].sort((a, b) => a.at - b.at).map(({ at: _at, ...c }) => c);
    }
  }
  // "我有兩個小孩 大的叫小安 2023年12月 小的叫小樂 2025年3月": several children introduced with no full birth date are
  // listed all the same, each with the month told, so the parent is asked only for what is missing, child by child.
  if (out.length === 0) {
    const undated = namedWithoutDate(text, now, timeZone);
    const names = new Set(undated.map((c) => c.name));
    if (names.size >= 2 && undated.some((c) => c.birthMonth)) return undated.map(({ at: _at, ...c }) => c);
  }
  return undefined;
}

/** A child introduced by a birth-order or sibling word, or as "my son/daughter", with the name right after it. */
const NAMED_ZH = new RegExp(
  String.raw`(${[...words(BIRTH_ORDER_TERMS), '大的', '小的', ...words(SIBLING_TERMS)].join('|')}|(?:大|小|二|三)?(?:${alternation(KIN_NOUNS_ZH)}))(?:叫做?|是)?([\u4e00-\u9fa5·]{1,4}?)(?=去年|今年|前年|上个?月|\d|[一二三四五六七八九十两]+(?:个月|岁|月)|[，,。;；\s]|出生|生于|生的|刚|才|$)`,
  'g',
);
const NAMED_EN =
  /(?<![a-z])(?:my|our) (?:son|daughter|boy|girl|baby|little one|eldest|youngest)\s*,?\s*(?:(?:she|he|who)(?:'s|\s+is)\s+)?(?:is\s+)?(?:called\s+|named\s+)?([a-z][a-z'-]{1,19})(?![a-z])/gi;
const EN_NOT_NAMES = /^(?:is|he|she|he's|she's|who|and|born|was|has|just|turned|turns|aged|also|too|the|a|an|of|in|at|for|to)$/i;

function namedWithoutDate(text: string, now: Date, timeZone: string): Array<ChildDetails & { at: number }> {
  const out: Array<ChildDetails & { at: number }> = [];
  for (const m of text.matchAll(NAMED_ZH)) {
    const name = m[2]!;
    if (!name || NOT_A_NAME.test(name)) continue;
    // "不是哥哥啦 是妹妹…": a child denied is not one being registered.
    if (/不是\s*$/.test(text.slice(0, m.index!))) continue;
    // "还有闺女妞妞 去年10月生的": a birth month told with the name, so only the day is asked.
    const at = m.index! + m[0].length;
    const told = text.slice(at, at + 16).split(/[，,。;；]|还有|另外/)[0]!;
    // (A year and month right after the name, "小安 2023年12月", is when the child was born, with no birth word.)
    const yearMonth = /^\s*20\d{2}\s*年\s*\d{1,2}\s*月(?!\s*\d)/.exec(told)?.[0];
    const month = parseBirthMonth(yearMonth ? `${yearMonth}生` : told, now, timeZone);
    out.push({ name, at: m.index! + m[1]!.length, ...(month ? { birthMonth: month.birthMonth } : {}) });
  }
  for (const m of text.matchAll(NAMED_EN)) {
    const word = m[1]!;
    if (EN_NOT_NAMES.test(word)) continue;
    out.push({ name: word[0]!.toUpperCase() + word.slice(1), at: m.index! + m[0].length - word.length });
  }
  return out;
}

/** "12/1/2025" where 1 December and 12 January are both possible (either may be what the parent meant). */
function ambiguousReading(written: string, taken: string, today: string): ChildDetails['ambiguous'] {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](20\d{2})$/.exec(written.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 || b > 12 || a === b) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthFirst = `${m[3]}-${pad(a)}-${pad(b)}`;
  const dayFirst = `${m[3]}-${pad(b)}-${pad(a)}`;
  if (monthFirst !== taken || !isValidLocalDate(dayFirst) || dayFirst > today) return undefined;
  return { text: written.trim(), readings: [monthFirst, dayFirst] };
}

const TWINS = /双胞胎|龙凤胎|(?<![a-z])(?:twins|both born|born the same day)(?![a-z])|都是.{0,12}(?:出生|生的?)/i;

const TWIN_SIBLING =
  /(?:哥哥|姐姐|姊姊|弟弟|妹妹|大的|小的|老大|老二|大宝|二宝)(?:叫做?|是)?([\u4e00-\u9fa5]{2,3}?)(?=\s|[,，、和跟与]|哥哥|姐姐|姊姊|弟弟|妹妹|小的|老二|二宝|都|是|出生|生于|$)/g;

/** "Register twins Lily and Rose, both born 2025-02-14", "双胞胎朵朵和果果 2025年2月14日出生": two names, one birth date. */
function twinsBornTogether(text: string, now: Date, timeZone: string): ChildDetails[] | undefined {
  const dates = findBirthDates(text, now, timeZone);
  if (dates.length !== 1 || !TWINS.test(text)) return undefined;
  const { birthDate, span } = dates[0]!;
  const before = text.slice(0, span[0]);
  const en = /(?<![a-z])([a-z][a-z'-]{1,19})\s*(?:and|&)\s*([a-z][a-z'-]{1,19})(?![a-z])/i.exec(before);
  const zh = /([\u4e00-\u9fa5]{2,3})(?:和|跟|与|、)([\u4e00-\u9fa5]{2,3})/.exec(before.replace(/双胞胎|龙凤胎|叫做?|是/g, ' '));
  // "龙凤胎 哥哥圆圆 妹妹满满 都是…生的": each name after its sibling word.
  const bySibling = [...before.matchAll(TWIN_SIBLING)].map((m) => m[1]!);
  const pair = en ? [en[1]!, en[2]!].map((n) => n[0]!.toUpperCase() + n.slice(1)) : zh ? [zh[1]!, zh[2]!] : bySibling.length === 2 ? bySibling : undefined;
  if (!pair || pair.some((n) => NOT_A_NAME.test(n) || /^(?:twins|both|born|my|register|add)$/i.test(n))) return undefined;
  const ambiguous = ambiguousReading(text.slice(span[0], span[1]), birthDate, localDateOf(now, timeZone));
  return pair.map((name) => ({ name, birthDate, ...(ambiguous ? { ambiguous } : {}) }));
}

/**
 * A name read from the prepared (Simplified, lowercase) text, as the parent wrote it: "宇恒" → "宇恆" when the message
 * says 宇恆, "mimi" → "Mimi". Unchanged when it cannot be found.
 */
export function nameAsWritten(name: string, original: string): string {
  const want = toSimplified(name).toLowerCase();
  const chars = [...original];
  const len = [...name].length;
  for (let i = 0; i + len <= chars.length; i++) {
    const piece = chars.slice(i, i + len).join('');
    if (toSimplified(piece).toLowerCase() === want) return /^[a-z]/.test(piece) ? piece[0]!.toUpperCase() + piece.slice(1) : piece;
  }
  return name;
}

/** "还有老二宁宁": a child named with a birth-order word, whose name is the rest (never the filler). */
const AGE_FOLLOWS = /^\s*(?:今年|才|刚|快|已经)?\s*(?:[零一二两三四五六七八九十半]+|\d+)\s*(?:个)?(?:多)?\s*(?:月|岁|周岁|週)/;

export function parseOrderedName(text: string): ChildDetails | undefined {
  const m =
    /(?:还有|另外|再加|加上|and)?\s*(大宝|二宝|三宝|小宝|老大|老二|老三|老幺)\s*(?:(?:的)?(?:小名|大名|名字|昵称|乳名)\s*(?:叫做?|是)?|叫做?|是)?\s*([\u4e00-\u9fa5·]{1,4}|[a-z][a-z'-]{1,19}(?![a-z]))/.exec(
      text,
    );
  if (!m) return undefined;
  // "我家老二二十四个月了", "老二两岁了": an age follows the birth-order word, not a name ("二十四个" is no child): the
  // order alone (an empty name).
  const after = text.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  if (AGE_FOLLOWS.test(after)) return { name: '', birthOrder: ORDER_WORDS.find(([re]) => re.test(m[1]!))?.[1] };
  // "老二 叫Mimi": a Latin name is written with a capital.
  const name = /^[a-z]/.test(m[2]!) ? m[2]![0]!.toUpperCase() + m[2]!.slice(1) : m[2]!.replace(/(?:出生|生日|今年|岁|个月).*$/, '');
  // "老二 due 在三月", "老大 always 打人": an English word code-switched in after the birth-order word names nobody (round 33).
  if (
    /^(?:And|Is|The|Born|My|Baby|Kid|Child|Register|Due|Expected|Coming|Arriving|Will|Was|Has|Had|Gets?|Keeps?|Always|Never|Just|Also|Now|Still|Only|Can|Cannot|Sleeps?|Cries|Crying|Bites?|Hits?|Wakes?|Eats?|Wants?|Needs?|Likes?|Loves?|Hates?|Refuses?|Starts?|Started|Seems?)$/.test(
      name,
    )
  )
    return undefined;
  // A name never holds a particle: "老大带去的时候" goes on to say what happens, it names nobody.
  if (!name || NOT_A_NAME.test(name) || /[的了吗呢吧]/.test(name)) return undefined;
  // "叫老大让弟弟", "老大打弟弟": with no naming word between, what follows the birth-order word is what the child does
  // (a verb, or a sibling named by kinship), not a name.
  const named = /叫|是|名|称/.test(m[0]!.slice(m[0]!.indexOf(m[1]!) + m[1]!.length, m[0]!.length - m[2]!.length));
  // "把老大送回老家", "将老二交给外婆": the birth-order word is what is done with (把/将/被), so what follows is the doing.
  const handled = /[把将被]\s*$/.test(text.slice(0, m.index + m[0].indexOf(m[1]!)));
  if (!named && handled) return undefined;
  if (
    !named &&
    (/^(?:让|给|把|被|跟|和|打|推|咬|抢|去|来|要|会|也|都|又|还|就|在|说|对|不|没|很|太|总|老是|一直|比|吃|哭|闹|陪|抱|喂|带)/.test(name) ||
      /弟弟|妹妹|哥哥|姐姐/.test(name))
  )
    return undefined;
  return { name, birthOrder: ORDER_WORDS.find(([re]) => re.test(m[1]!))?.[1] };
}

/** Which clause of the message an action word sits in, so "把果果的取消了 朵朵照常去" cancels 果果's. */
const KEEP = /照常|照样|还去|继续去|不变|保留|留着|留下|不用取消|不取消|别取消|keep|still (?:go|come|coming|going)|as planned|as usual/;
/** A clause that says a child is NOT the one meant ("不是给朵朵，是给果果", "not Emma, Leo"). */
const NOT_THIS_CHILD = /^\s*(?:(?:sorry|no|oh)\s+)?(?:不是|而不是|不要|不用|别|not|instead of|rather than)(?![a-z])/;
/** "sorry 是妞妞 不是 Ethan", "Leo, not Emma": the denial right before the name. */
const NOT_RIGHT_BEFORE = /(?:不是|而不是|不要|不用|别|(?<![a-z])(?:not|instead of|rather than))\s*(?:给|帮|为|for\s+)?\s*$/;
/** "朵朵和果果都约，豆豆不用", "果果去 朵朵不去", "Mia and Leo, not the baby", "Mia stays home": a child declined right after the name is not booked for. */
const NOT_RIGHT_AFTER =
  /^\s*(?:的|就|这次|先|那天|当天|这天|那次)?\s*(?:不用(?!取消)|不要(?!取消)|不约|不用约|别约|免了|不去|不来|不过去|(?:doesn'?t|does not) need|(?:is )?not (?:coming|going)|(?:won'?t|will not|isn'?t|is not) (?:go|come)\w*|stays? (?:at )?home|(?:is )?staying (?:at )?home|(?:留|待|呆)?在家(?:里)?(?:吧|就行|就好|好了)?\s*$)/;
/**
 * "乐乐那天要打疫苗", "樂樂當天有事", "Mia has her shots that day", "Leo is sick", "Mia has swimming", "妹妹有游泳课":
 * right after a child's name, that child has other plans (or is unwell) on the day asked about — the reason given for
 * another child going instead.
 */
const BUSY_RIGHT_AFTER =
  /^\s*(?:的话|呢)?\s*(?:那天|当天|那个时候|那时候|这天|那天上午|那天下午)\s*(?:要|得|有|约了|去|打|上)|^\s*(?:那天|当天)?\s*(?:有事|没空|生病|病了|发烧|不舒服|感冒|咳嗽|拉肚子|吐了|出疹)|^\s*(?:has|'s got|got) (?:a |the )?(?:cold|fever|temperature|temp|cough|flu|tummy bug|stomach bug|runny nose|rash)(?![a-z])|^\s*(?:is|'s) (?:coughing|throwing up|feeling (?:sick|unwell|poorly))(?![a-z])|^\s*(?:has|have|'s got|got|is at|is going to)(?![a-z])[^,.;!?]{0,30}(?<![a-z])that day(?![a-z])|^\s*(?:is|'s) (?:busy|sick|unwell|ill|not well|poorly)(?![a-z])|^\s*(?:has|got) (?:a |an |her |his )?(?:shots?|jabs?|vaccin|appointment|check-?up|doctor)|^\s*(?:has|'s got|got|is at|'s at|is going to|goes to) (?:a |an |her |his |the )?(?:swimming|swim|ballet|music|dance|football|soccer|gymnastics|art|english|piano|(?:birthday )?party|playdate|play date|class|lesson|training|practice)(?![a-z])|^\s*(?:那天|当天)?\s*(?:有课|要上课|有游泳课|要游泳|要上早教|有早教|要去早教|有兴趣班|要上兴趣班)/;
/** Only a conjunction between two children: they are spoken of together. */
const JOINED = /^\s*(?:和|跟|与|同|、|还有|以及|(?<![a-z])(?:and|or|&)(?![a-z]))?\s*$/;
/** Where one clause ends: punctuation, a line, or "but". */
const CLAUSE_END = /[，,。.!！?？;；\n]|(?<![a-z])(?:but|while|whereas)(?![a-z])|但是?|不过/g;
/** A cancellation or a day the child cannot make: what a kept sibling is set against. */
const CHANGE_WORDS = /取消|退掉|退订|不去了|去不了|来不了|(?<![a-z])(?:cancel|can'?t make|won'?t make)/;
/** Sibling words by birth order, said of the children among themselves ("哥哥照常去，妹妹的取消"). */
const SIBLING_WORDS: Array<[RegExp, number]> = [1, -1].map((order) => [
  new RegExp(alternation(SIBLING_TERMS.filter(([, o]) => o === order).map(([w]) => w))),
  order,
]);

interface Mention {
  name?: string;
  birthOrder?: number;
  start: number;
  end: number;
}

/** Every registered child's name and every birth-order word in the (Simplified, lowercase) text, with where it stands. */
function mentionsIn(simplified: string, childNames: string[]): Mention[] {
  const out: Mention[] = [];
  const given = givenNames(childNames);
  for (const name of childNames) {
    const folded = toSimplified(name).toLowerCase();
    if (!folded) continue;
    const nick = doubledNickname(folded, childNames);
    for (const form of [folded, ...(given.has(name) ? [given.get(name)!] : []), ...(nick ? [nick] : []), ...westernNicknames(name, childNames)]) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(/^[a-z]/.test(form) ? `(?<![a-z])${escaped}(?![a-z])` : escaped, 'g');
      for (const m of simplified.matchAll(re)) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        // A given name inside a full name already found is that mention, not another.
        if (form === folded || !out.some((o) => start < o.end && end > o.start)) out.push({ name, start, end });
      }
    }
  }
  const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.start);
  for (const [re, order] of [...ORDER_WORDS, ...(childNames.length > 1 ? SIBLING_WORDS : [])]) {
    for (const m of simplified.matchAll(new RegExp(re.source, 'g'))) {
      if (!taken(m.index!, m.index! + m[0].length)) out.push({ birthOrder: order, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "琪琪" for 陈思琪 / 思琪, "远远" for 陈思远: Chinese families call a child by the last character of the name doubled.
 * Only for a name of two to four characters not already doubled, when no other child's name ends with that character
 * or is that nickname.
 */
function doubledNickname(folded: string, childNames: string[]): string | undefined {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(folded)) return undefined;
  const last = folded.at(-1)!;
  if (folded.at(-2) === last) return undefined;
  const others = childNames.map((n) => toSimplified(n).toLowerCase()).filter((o) => o !== folded);
  if (others.some((o) => o.endsWith(last) || o.includes(last + last))) return undefined;
  // Doubled words that are adverbs in ordinary sentences ("刚刚约的", "明明约了", "天天哭") name nobody.
  if (COMMON_DOUBLED.has(last + last)) return undefined;
  return last + last;
}
const COMMON_DOUBLED = new Set([
  '刚刚',
  '常常',
  '天天',
  '好好',
  '慢慢',
  '渐渐',
  '偏偏',
  '早早',
  '悄悄',
  '往往',
  '稍稍',
  '仅仅',
  '明明',
  '快快',
  '乖乖',
  '人人',
  '个个',
  '样样',
  '处处',
  '时时',
  '年年',
  '月月',
  '家家',
]);

/** English pet names and the given names they shorten ("Charlie" for Charlotte, "Alex" for Alexander). */
const DIMINUTIVES: Record<string, string[]> = {
  charlie: ['charlotte', 'charles'],
  lottie: ['charlotte'],
  alex: ['alexander', 'alexandra', 'alexis'],
  sasha: ['alexander', 'alexandra'],
  ben: ['benjamin'],
  benji: ['benjamin'],
  sam: ['samuel', 'samantha'],
  sammy: ['samuel', 'samantha'],
  max: ['maximilian', 'maxwell', 'maxine'],
  leo: ['leonardo', 'leonard'],
  theo: ['theodore'],
  teddy: ['theodore', 'edward'],
  ted: ['theodore', 'edward'],
  eddie: ['edward'],
  tom: ['thomas'],
  tommy: ['thomas'],
  will: ['william'],
  billy: ['william'],
  liam: ['william'],
  jim: ['james'],
  jimmy: ['james'],
  jamie: ['james'],
  bob: ['robert'],
  rob: ['robert'],
  bobby: ['robert'],
  nick: ['nicholas'],
  mike: ['michael'],
  mikey: ['michael'],
  matt: ['matthew'],
  dan: ['daniel'],
  danny: ['daniel'],
  josh: ['joshua'],
  zach: ['zachary'],
  chris: ['christopher', 'christian', 'christina', 'christine'],
  freddie: ['frederick', 'alfred'],
  harry: ['henry', 'harold', 'harrison'],
  jack: ['john', 'jackson'],
  johnny: ['john', 'jonathan'],
  kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  ellie: ['eleanor', 'elena', 'ella', 'elizabeth'],
  nell: ['eleanor', 'helen'],
  izzy: ['isabella', 'isabel', 'isabelle'],
  bella: ['isabella', 'isabel', 'isabelle', 'arabella'],
  abby: ['abigail'],
  maddie: ['madeleine', 'madeline', 'madison'],
  annie: ['anna', 'anne', 'annabel', 'annabelle'],
  sophie: ['sophia'],
  libby: ['elizabeth', 'olivia'],
  liv: ['olivia'],
  livvy: ['olivia'],
  millie: ['amelia', 'emily', 'mildred'],
  rosie: ['rose', 'rosalind', 'rosemary'],
  gabe: ['gabriel'],
  nate: ['nathan', 'nathaniel'],
  vicky: ['victoria'],
  tori: ['victoria'],
  penny: ['penelope'],
  evie: ['evelyn', 'eva', 'eve'],
};

/**
 * "Charlie" and "Lottie" for Charlotte, "Alex" for Alexander: the English pet names of a registered child's first name,
 * each only when no other child of the family could be meant by it (or is called it).
 */
function westernNicknames(name: string, childNames: string[]): string[] {
  const first = (n: string) => /^([a-z][a-z'-]+)/.exec(n.toLowerCase())?.[1];
  const own = first(name);
  if (!own) return [];
  const others = childNames.filter((n) => n !== name).map(first);
  return Object.entries(DIMINUTIVES)
    .filter(([nick, fulls]) => nick !== own && fulls.includes(own) && !others.some((o) => o === nick || (o !== undefined && fulls.includes(o))))
    .map(([nick]) => nick);
}

/**
 * A registered full name's given name ("王梓轩" → "梓轩", "陳思齊" → "思齐", "Noah Zhang" → "noah"), which parents
 * call the child by: the last two characters of a Chinese name of three or four, the first word of a Western one,
 * when no other child of the family shares them.
 */
function givenNames(childNames: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const folded = childNames.map((n) => toSimplified(n).toLowerCase());
  childNames.forEach((name, i) => {
    const f = folded[i]!;
    // "Noah Zhang" → "noah": a Western full name's first word, which is what the parent calls the child.
    const western = /^([a-z][a-z'-]+)\s+[a-z][a-z' -]*$/.exec(f);
    if (western) {
      const first = western[1]!;
      if (folded.some((o, j) => j !== i && new RegExp(`(?<![a-z])${first}(?![a-z])`).test(o))) return;
      out.set(name, first);
      return;
    }
    if (!/^[\u4e00-\u9fa5]{3,4}$/.test(f)) return;
    const short = f.slice(-2);
    if (folded.some((o, j) => j !== i && o.includes(short))) return;
    out.set(name, short);
  });
  return out;
}

/**
 * The words that speak of each mention: from the previous mention (or the
 * start of its clause) to the next mention (or the end of its clause), so
 * "Emma 的 cancel 掉，Leo 的 keep" and "把果果的取消了 朵朵照常去" keep each
 * child apart; a mention whose words keep its plans or deny it is not acted on.
 */
function actingMentions(simplified: string, mentions: Mention[]): Array<Mention & { kept: boolean; denied: boolean; busy: boolean }> {
  const ends = [...simplified.matchAll(CLAUSE_END)].map((m) => m.index!);
  const out: Array<Mention & { kept: boolean; denied: boolean; busy: boolean }> = [];
  mentions.forEach((m, i) => {
    const clauseStart = Math.max(0, ...ends.filter((e) => e < m.start).map((e) => e + 1));
    const clauseEnd = Math.min(simplified.length, ...ends.filter((e) => e >= m.end));
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const from = prev && prev.end > clauseStart ? prev.end : clauseStart;
    const to = next && next.start < clauseEnd ? next.start : clauseEnd;
    const before = simplified.slice(clauseStart, m.start);
    const words = simplified.slice(from, to);
    const after = simplified.slice(m.end, to);
    // The denial that opens a clause is the first child's: "不是老二 是老大", "不是朵朵 是果果" deny only the first — unless
    // the next is joined to it ("不是朵朵和果果").
    const lead = simplified.slice(from, m.start);
    const joined = from !== clauseStart && JOINED.test(lead) && out[i - 1]?.denied === true;
    // A denial between two children goes with the one it is written against: "朵朵不用 果果去" denies 朵朵,
    // "要果果 不要朵朵" denies 朵朵, not 果果.
    const leadIsPrevs = from !== clauseStart && /^\S/.test(lead) && /\s$/.test(lead) && NOT_RIGHT_AFTER.test(lead);
    const afterIsNexts = to !== clauseEnd && /^\s/.test(after) && /\S$/.test(after) && NOT_RIGHT_BEFORE.test(after);
    const denied =
      joined ||
      (NOT_THIS_CHILD.test(lead) && !leadIsPrevs) ||
      (NOT_RIGHT_BEFORE.test(before) && !leadIsPrevs) ||
      (NOT_RIGHT_AFTER.test(after) && !afterIsNexts);
    out.push({ ...m, kept: KEEP.test(words) || denied, denied, busy: BUSY_RIGHT_AFTER.test(simplified.slice(m.end, clauseEnd)) });
  });
  // "给果果约周六上午思明 oh wait 是朵朵", "book Leo for Sunday — no wait, Mia": a child named after a correction in the middle
  // of the message takes the place of the one named before it — unless added to them ("actually 朵朵也要", "sorry, Mia too").
  const fix = lastCorrectionAt(simplified);
  if (fix !== undefined) {
    // (A child after the marker who is denied is not the one meant: in "约错了 是给果果的 不是朵朵" the marker is 不是 itself.)
    const after = out.filter((m) => m.start >= fix.end && !m.denied);
    const replaced = after.length > 0 && !ADDED_TOO.test(simplified.slice(fix.end));
    if (replaced) for (const m of out) if (m.end <= fix.start) Object.assign(m, { kept: true, denied: true });
  }
  return out;
}

/** "朵朵也要", "Mia too", "both of them": a child added beside the one named before, not in their place. */
const ADDED_TOO = /也|都|一起|还有|(?<![a-z])(?:too|as well|also|both|and)(?![a-z])/;

/** Where the last correction in the middle of a message stands (selfCorrection.ts's markers), if any. */
function lastCorrectionAt(simplified: string): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  for (const m of simplified.matchAll(CORRECTION_MARKER)) {
    if (m.index === 0 || !simplified.slice(0, m.index).trim()) continue;
    last = { start: m.index, end: m.index + m[0].length };
  }
  return last;
}

/** The registered children a message names in clauses that act on them (none kept or denied), in the family's order. */
export function namedChildren(text: string, childNames: string[] = []): string[] {
  const simplified = toSimplified(text).toLowerCase();
  const acting = actingMentions(
    simplified,
    mentionsIn(simplified, childNames).filter((m) => m.name !== undefined),
  ).filter((m) => !m.kept);
  return childNames.filter((name) => acting.some((m) => m.name === name));
}

/**
 * The child a request is about: a registered child's name in the message
 * (either script, any case; a name in a clause that keeps its plans is
 * skipped), else a birth-order word (哥哥/妹妹 too, in a family of several)
 * in a clause that acts.
 */
/**
 * "the other kid", "另一个孩子", "另外那个娃": the sibling not in focus. ("the other one" and a bare 另一个 are as often a
 * session or a point, so a child word must be said — or 也 right after it: "另一个也要 同一场", "另外一个也帮我约" add a
 * child to what was just done, where a session or a point would be "换另一个".)
 */
const OTHER_CHILD =
  /(?<![a-z])(?:the|my|our) other (?:kid|child|boy|girl|twin|son|daughter|little one)(?![a-z])|另(?:外)?一个(?:孩子|娃|宝宝|小孩)|另外(?:那|这)个(?:孩子|娃|宝宝|小孩)|另(?:外)?一个\s*也(?:要|约|去|报|帮|一起|一样|给|订)/;

/** "只帮哥哥约", "just Mia", "only for Leo": the child picked out of several. */
const ONLY_BEFORE = /(?:只|只有|只要|仅|就)(?:帮|给|为|替|约|订|要|让)?\s*$|(?<![a-z])(?:just|only)\s+(?:for\s+|book\s+)?$/;

/**
 * "Emma's little brother needs a spot", "朵朵的妹妹周日去": in a family of two, the sibling of the child named is the other
 * child, not the one whose name is said (round 54).
 */
function siblingOfNamed(simplified: string, childNames: string[]): string | undefined {
  if (childNames.length !== 2) return undefined;
  for (const n of childNames) {
    const name = toSimplified(n)
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const latin = /^[a-z]/.test(name);
    const re = latin
      ? new RegExp(`(?<![a-z])${name}'?s (?:(?:little|baby|younger|big|older|elder|twin) )?(?:brother|sister|sibling)(?![a-z])`)
      : new RegExp(`${name}的?(?:弟弟|妹妹|哥哥|姐姐|姊姊)`);
    if (re.test(simplified)) return childNames.find((c) => c !== n);
  }
  return undefined;
}

export function findChildMention(text: string, childNames: string[] = []): ChildMention | undefined {
  const simplified = toSimplified(text).toLowerCase();
  const sibling = siblingOfNamed(simplified, childNames);
  if (sibling) return { name: sibling };
  const all = mentionsIn(simplified, childNames);
  // "no the other kid, sorry", "不对 是另一个孩子": no child named, the other one of a family of several.
  if (all.length === 0 && childNames.length > 1 && OTHER_CHILD.test(simplified)) return { other: true };
  // "妹妹那天要回诊 只帮哥哥约就好": the one child singled out is the one, whoever else the message names.
  const only = all.filter((m) => ONLY_BEFORE.test(simplified.slice(Math.max(0, m.start - 8), m.start)));
  if (only.length === 1 && all.length > 1) return only[0]!.name ? { name: only[0]!.name } : { birthOrder: only[0]!.birthOrder! };
  // A sibling word is another child's mention too, and ends the words of the name before it: in "朵朵周六要去外婆家 她那个取消掉
  // 哥哥照样去" the 照样 is 哥哥's, not 朵朵's.
  const named = actingMentions(simplified, all).filter((m) => m.name !== undefined);
  const actingNames = [...new Set(named.filter((n) => !n.kept).map((n) => n.name!))];
  if (actingNames.length === 1) return { name: actingNames[0]! };
  // "不是朵朵", "not Mia": a child only denied is not the one meant — in a family of two, the other is; in a larger
  // family none can be told.
  if (named.length > 0 && named.every((n) => n.denied)) {
    const deniedName = toSimplified(named[0]!.name!).toLowerCase();
    if (named.some((n) => toSimplified(n.name!).toLowerCase() !== deniedName)) return undefined;
    // "算了 果果不去了", "Leo isn't coming anymore, cancel it": a child who is not going, in a message that changes plans, is
    // the one whose booking goes — not the sibling.
    if (CHANGE_WORDS.test(simplified)) return { name: named[0]!.name! };
    if (childNames.length !== 2) return undefined;
    const other = childNames.find((c) => toSimplified(c).toLowerCase() !== deniedName);
    return other ? { name: other } : undefined;
  }
  // "不对 是安安 乐乐那天要打疫苗", "Leo please, Mia has her shots that day": of several children named, the one with other
  // plans that day is why the other goes — unless the message cancels, when that child's booking is what goes.
  if (actingNames.length > 1 && !CHANGE_WORDS.test(simplified)) {
    const busy = new Set(named.filter((n) => n.busy).map((n) => n.name!));
    const free = actingNames.filter((n) => !busy.has(n));
    if (free.length === 1) return { name: free[0]! };
  }
  const namedOnce = [...new Set(named.map((n) => n.name!))];
  // "周六的帮他取消 朵朵照样去", "哥哥照常去 禮拜天的幫她取消": in a family of two, cancelling while keeping one child's
  // plans is about the other child.
  const changing = childNames.length === 2 && CHANGE_WORDS.test(simplified);
  if (changing && actingNames.length === 0 && namedOnce.length === 1 && named.every((n) => n.kept)) {
    const other = childNames.find((c) => toSimplified(c).toLowerCase() !== toSimplified(namedOnce[0]!).toLowerCase());
    if (other) return { name: other };
  }
  // "周六那两个都取消 三三周日的留着" (three children): a cancel whose only named child is kept is about the others.
  const keptWhileChanging = CHANGE_WORDS.test(simplified) && named.length > 0 && named.every((n) => n.kept);
  if (actingNames.length === 0 && namedOnce.length === 1 && !keptWhileChanging) return { name: namedOnce[0]! };
  if (actingNames.length > 1) return undefined;
  const orders = actingMentions(simplified, all).filter((m) => m.birthOrder !== undefined);
  const acting = orders.filter((m) => !m.kept);
  // "不是小的", "not the baby": the one birth order denied, in a family of two, is the other child.
  if (acting.length === 0 && orders.length > 0 && orders.every((m) => m.denied)) {
    const order = orders[0]!.birthOrder!;
    if (orders.some((m) => m.birthOrder !== order)) return undefined;
    // "小的那个不去了 帮她取消吧", "the little one isn't going, cancel hers": as with a name, the child not going, in a
    // message that changes plans, is the one whose booking goes — not the sibling.
    if (CHANGE_WORDS.test(simplified)) return { birthOrder: order };
    if (childNames.length !== 2) return undefined;
    return { birthOrder: order === 1 ? -1 : 1 };
  }
  if (changing && acting.length === 0 && orders.length === 1 && (orders[0]!.birthOrder === 1 || orders[0]!.birthOrder === -1))
    return { birthOrder: orders[0]!.birthOrder === 1 ? -1 : 1 };
  // "不對 妹妹那天要打預防針 換哥哥去": of two children named by birth order or sibling word, the one with other plans that
  // day is why the other goes (as with names above) — unless the message cancels.
  if (new Set(acting.map((m) => m.birthOrder)).size > 1 && !CHANGE_WORDS.test(simplified)) {
    const free = [...new Set(acting.filter((m) => !m.busy).map((m) => m.birthOrder!))];
    const busy = acting.some((m) => m.busy);
    if (busy && free.length === 1) return { birthOrder: free[0]! };
  }
  const chosen = acting[0] ?? (orders.length === 1 ? orders[0] : undefined);
  return chosen ? { birthOrder: chosen.birthOrder! } : undefined;
}

/**
 * The registered children a message says are not going while it picks out another ("actually just Ava, Noah has a
 * doctor's appointment", "只有朵朵去 果果那天要打疫苗", "Leo stays home, just Mia"): busy, unwell or declined by name.
 * Empty unless exactly one other child is the one picked. The dialogue decides what it means: with both already
 * booked that day, the booking of the child not going is the one to cancel.
 */
export function childrenNotGoing(text: string, childNames: string[] = []): string[] {
  if (childNames.length < 2) return [];
  const simplified = toSimplified(text).toLowerCase();
  const named = actingMentions(
    simplified,
    mentionsIn(simplified, childNames).filter((m) => m.name !== undefined),
  );
  const out = [...new Set(named.filter((n) => n.busy || (n.denied && NOT_RIGHT_AFTER.test(simplified.slice(n.end)))).map((n) => n.name!))];
  const picked = findChildMention(text, childNames);
  if (out.length === 0 || !picked?.name || out.includes(picked.name)) return [];
  return out;
}

/** The birth orders a message names in clauses that act ("老大老三 周日下午一起去"): each once, in the order written. */
export function birthOrdersIn(text: string, childNames: string[] = []): number[] {
  const simplified = toSimplified(text).toLowerCase();
  const acting = actingMentions(simplified, mentionsIn(simplified, childNames)).filter((m) => m.birthOrder !== undefined && !m.kept);
  return [...new Set(acting.map((m) => m.birthOrder!))];
}

/** "the two older ones", "兩個大的", "the younger two", "两个小的": two children of several, counted from one end. */
const OLDER_TWO =
  /(?<![a-z])(?:the )?(?:two (?:older|oldest|eldest|big) (?:ones|kids|children)|(?:older|oldest|eldest|big) two)(?![a-z])|两个大的|大的两个|两个大孩子|老大(?:和|跟|与)老二/;
const YOUNGER_TWO =
  /(?<![a-z])(?:the )?(?:two (?:younger|youngest|little|small) (?:ones|kids|children)|(?:younger|youngest|little) two|two little ones)(?![a-z])|两个小的|小的两个|两个小孩子|两个小宝/;

/**
 * The birth orders of "the two older / younger ones" (1, 2 or -2, -1: counted from the eldest or the youngest), for a
 * family of three or more; undefined when the message names no such pair.
 */
export function pairByAge(text: string, familySize: number): number[] | undefined {
  if (familySize < 3) return undefined;
  const simplified = toSimplified(text).toLowerCase();
  if (OLDER_TWO.test(simplified)) return [1, 2];
  if (YOUNGER_TWO.test(simplified)) return [-2, -1];
  return undefined;
}
