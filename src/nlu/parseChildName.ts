import { KIN_NOUNS_ZH, RELATIVES_CHILD_ZH, alternation } from './lexicon/childWords.ts';
/**
 * A child's name: "孩子叫乐乐", "给小米报名", "my son Tom", "her name is Amy".
 * Chinese names are 1–4 characters cut at the first word that is clearly
 * not part of a name (出生, 今年, a number with 岁…). A bare 叫 before a pronoun or a child word tells
 * someone to do something ("叫他穿鞋出门就哭"), it does not name anyone; nor does 叫醒 after 他/她
 * ("要把他叫醒吗": wake him, asked after a knock), unless more of a name follows ("她叫醒醒"); nor 叫起来 / 叫过来
 * ("半夜把他叫起来尿尿": wake him to pee, a question about night-time nappies). A bare 叫不醒 / 叫不应 after a space ("每天半夜 scream 叫不醒") is
 * a child who cannot be woken or does not answer, not one named 不醒.
 */
const ZH_AFTER =
  /(?:孩子|宝宝|小孩|娃|儿子|女儿|闺女|小朋友|宝贝)(?:的)?(?:名字|小名|大名)?(?:叫做?|是(?![^，。,？?]{0,6}(?:哪|什么|几|吗|么|怎么|多少|谁)))|(?:名字|小名|大名|姓名)\s*(?:叫做?|是(?!不是|否|谁|什么|啥|哪)|[:：])|(?:他|她)(?:的(?:名字|小名|大名))?叫做?(?!什么|啥|谁|哪|起(?:来|床)|(?:过|回|出|下|上)来|醒(?:吗|么|嘛|吧|了|过来|不)?(?![\u4e00-\u9fa5]))(?=[\u4e00-\u9fa5])|(?:哥哥|姐姐|弟弟|妹妹|老大|老二|老三|老幺|大宝|二宝|三宝|小宝|第[一二三四五]个(?:孩子|宝宝|娃|宝贝)?)(?:的(?:名字|小名|大名))?叫做?(?!什么|啥|谁|哪)(?=[\u4e00-\u9fa5])|(?:^|[\s,，。])叫(?!他|她|它|你|我|人|孩子|宝宝|小孩|娃|儿子|女儿|老大|老二|不(?:醒|应|起|动|答应))(?:做)?(?=[\u4e00-\u9fa5])|(?:给|帮|为|替)(?=[\u4e00-\u9fa5]{1,4}(?:报名|预约|预定|预订|约|订|登记|取消|排队|候补))/g;
const ZH_CUT =
  /出生|生日|今年|明天|今天|后天|周[一二三四五六日末]|下周|这周|本周|报名|预约|预定|预订|登记|取消|排队|候补|约|订|的|是|想|要|在|现在|已经|刚|男|女|，|[0-9零一二两三四五六七八九十]+(?:岁|个月|周岁|年)|\d/;
const ZH_NOT_NAME = new Set([
  '我',
  '我家',
  '我们',
  '他',
  '她',
  '它',
  '孩子',
  '宝宝',
  '小孩',
  '娃',
  '儿子',
  '女儿',
  '一下',
  '一个',
  '什么',
  '谁',
  '多少',
  '大宝',
  '二宝',
  '老大',
  '老二',
  '我儿子',
  '我女儿',
  '我孩子',
  '我宝宝',
  '我家宝宝',
  // Grandparents and relatives booking name the child by kinship first ("帮孙子约周日…他叫豆豆"): no name.
  ...KIN_NOUNS_ZH,
  ...RELATIVES_CHILD_ZH,
  '小孙子',
  '小孙女',
  '小朋友',
  '宝贝',
]);

const EN_RE =
  /(?<![a-z])(?:(?:my|our) (?:son|daughter|boy|girl|kid|child|baby|toddler|little one|(?:first|second|third|eldest|oldest|youngest|older|younger|middle|other|new)(?: (?:one|child|kid|son|daughter|boy|girl|baby))?)(?:'s name is|,)? (?:(?:she|he)(?:'s| is) )?(?:is (?:called|named) |called |named )?|(?:she|he)(?:'s| is) (?:called|named) |(?:his|her|child's|kid's|baby's|the child's) name is |(?:child|kid|baby|son|daughter) (?:called|named) |name(?: is|:)\s*)([a-z][a-z'-]{1,19})(?![a-z])/i;
const EN_NOT_NAME = new Set([
  'is',
  'was',
  'and',
  'has',
  'he',
  'she',
  'will',
  'would',
  'can',
  'could',
  'who',
  'the',
  'a',
  'an',
  'aged',
  'turned',
  'turns',
  'just',
  'for',
  'to',
  'at',
  'in',
  'on',
  'this',
  'next',
  'years',
  'year',
  'months',
  'month',
  'needs',
  'wants',
  'likes',
  'loves',
  'cries',
  'gets',
  'does',
  'did',
  'not',
  'also',
  'please',
  'again',
  'too',
  'now',
  'so',
  'but',
  'born',
  'still',
  'keeps',
  'had',
  'hates',
  'won',
  'goes',
  'went',
  'already',
  'have',
  'be',
  'been',
  'of',
  'with',
  'from',
  'sleeps',
  'eats',
  'i',
  'my',
  'me',
  'up',
  'into',
  'who',
  'aged',
  'age',
  'might',
  'should',
  'must',
  'got',
  'gets',
]);

/** Words that lead into a name written just before a birth date ("添加孩子 张子墨 20240606"). */
// 第一个/第二个 ("第二个叫小雪 2025年12月3日") orders the children; it is never part of the name.
// "还有豆豆 2025年8月3号": 还有 / 另外 / 再加 add a child to the family, they are never part of its name.
const ZH_LEAD =
  /^(?:还有|另外|再加上?|加上|以及|第[一二三四五]个|帮我|麻烦|请|我要|我想|再|一下|登记|添加|新增|录入|注册|绑定|我家|我的|的|孩子|宝宝|小孩|娃|儿子|女儿|闺女|二宝|大宝|老大|老二|名字|小名|大名|姓名|叫做?|是|一个|个)+/;
const EN_BEFORE_DATE = /([a-z][a-z'-]{1,19})[\s,:;-]*(?:(?:born|dob|d\.o\.b\.?|birthday|birth date|date of birth)(?: (?:is|on))?[\s,:;-]*)?$/i;
const EN_NOT_BEFORE_DATE = new Set([
  ...EN_NOT_NAME_LIST(),
  'born',
  'dob',
  'birthday',
  'date',
  'birth',
  'child',
  'kid',
  'son',
  'daughter',
  'baby',
  'register',
  'add',
  'name',
  'called',
  'named',
  'on',
  'is',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
function EN_NOT_NAME_LIST(): string[] {
  return [
    'is',
    'was',
    'and',
    'the',
    'a',
    'an',
    'my',
    'our',
    'his',
    'her',
    'i',
    'me',
    'of',
    'for',
    'to',
    'at',
    'in',
    'please',
    'pls',
    'boy',
    'girl',
    'toddler',
    'another',
    'one',
    'more',
    'new',
    'profile',
    'details',
  ];
}

/**
 * A name written right before a birth date: "张子墨 20240606", "糖糖 2024-02-20出生",
 * "Leo, born 2024-09-30". `birthStart` is where the date begins in `normalized`.
 */
/**
 * An age told between the name and the birth date ("Lily is 20 months (born …", "朵朵 20个月 2025年4月2日生的"):
 * the name is before it, and the age's unit is never the name.
 */
const AGE_BEFORE_DATE =
  /(?:(?:is|she's|he's|aged?)\s+)?(?:about\s+|almost\s+|nearly\s+)?\d+(?:\.\d+)?\s*(?:months?|mos?|mths?|years?|yrs?|weeks?|wks?)(?:\s+old)?[\s,(（:：;；、-]*$|(?:快|刚|才|已经)?(?:\d+|[一二三四五六七八九十两]+)(?:个半?月|岁半?|周)(?:大|了)?[\s,，(（:：;；、-]*$/i;

/** The words before a birth date without a trailing age, so the name is what is left at the end. */
export function withoutTrailingAge(before: string): string {
  const marker = /[\s,，:：;；、(（-]*(?:(?:(?:was|is|were)\s+)?born(?: on| in)?|dob|d\.o\.b\.?|birthday(?: is)?|date of birth(?: is)?)[\s,，:：;；、(（-]*$/i;
  const bare = before.replace(marker, '').replace(/[\s,，:：;；、(（-]+$/, '');
  const withoutAge = bare.replace(AGE_BEFORE_DATE, '');
  // ("Leo was born …": the verb is no name either.)
  if (withoutAge === bare && !/(?:was|is|were)\s+born(?: on| in)?[\s,:;-]*$/i.test(before)) return before.replace(/[\s,，:：;；、-]+$/, '');
  return withoutAge.replace(/[\s,，:：;；、(（-]+$/, '');
}

function nameBeforeBirthDate(normalized: string, original: string, birthStart: number): string | undefined {
  const before = withoutTrailingAge(normalized.slice(0, birthStart));
  const han = /([\u4e00-\u9fa5·]+)$/.exec(before)?.[1];
  if (han) {
    const name = han.replace(ZH_LEAD, '').replace(/(?:出生|生日|是)$/, '');
    if (name.length >= 1 && name.length <= 4 && !ZH_NOT_NAME.has(name) && !ZH_CUT.test(name)) return name;
    return undefined;
  }
  const en = EN_BEFORE_DATE.exec(before);
  if (en && !EN_NOT_BEFORE_DATE.has(en[1]!.toLowerCase()) && !EN_NOT_NAME.has(en[1]!.toLowerCase())) {
    const w = en[1]!;
    const inOriginal = new RegExp(`(?<![a-z])${w}(?![a-z])`, 'i').exec(original)?.[0] ?? w;
    return inOriginal[0]!.toUpperCase() + inOriginal.slice(1);
  }
  return undefined;
}

/**
 * After "给/帮/为/替" the words up to the booking verb are a name only when they hold no pronoun and no verb or filler:
 * "帮我排个候补", "帮忙约一下", "给他们订" ask for something; "帮朵朵排个候补" names 朵朵 (cut at 排).
 */
/** A kinship word where a name could stand ("给孙女报名", "帮外孙约"): no name (and 女 must not cut it to 孙). */
const KINSHIP = new RegExp(`^小?(?:${alternation([...KIN_NOUNS_ZH, ...RELATIVES_CHILD_ZH])})(?![\\u4e00-\\u9fa5]{0,1}叫)`);
const ZH_FOR_CUT = /排|个|一下|把|再|先|都|也|还|就|帮|给|留|看|查|找|去|来|直接|马上|赶紧|下周|周末/;
const ZH_PRONOUN_START = /^(?:我|你|您|他|她|它|咱|大家|忙|人家)/;

export function parseChildName(normalized: string, original: string, birthStart?: number): string | undefined {
  for (const m of normalized.matchAll(ZH_AFTER)) {
    const rest = normalized.slice(m.index! + m[0].length).trim();
    const cand = /^[\u4e00-\u9fa5·]{1,8}/.exec(rest)?.[0];
    if (!cand || KINSHIP.test(cand)) continue;
    // Names come from naming words; after "给/帮" a pronoun or a verb means no one is named.
    const forSomeone = /^(?:给|帮|为|替)$/.test(m[0]);
    if (forSomeone && ZH_PRONOUN_START.test(cand)) continue;
    const cut = ZH_CUT.exec(cand);
    let name = (cut ? cand.slice(0, cut.index) : cand).slice(0, 4);
    if (forSomeone) {
      const filler = ZH_FOR_CUT.exec(name);
      if (filler) name = name.slice(0, filler.index);
    }
    if (name.length >= 1 && !ZH_NOT_NAME.has(name) && !ZH_PRONOUN_START.test(name)) return name;
  }
  const e = EN_RE.exec(original);
  if (e) {
    const word = e[1]!;
    const introduced = /name|called|named/i.test(e[0]);
    const capitalised = word[0] === word[0]!.toUpperCase();
    if ((introduced || capitalised) && !EN_NOT_NAME.has(word.toLowerCase())) return word[0]!.toUpperCase() + word.slice(1);
  }
  const booked = EN_BOOK_NAMED.exec(original) ?? EN_FOR_NAMED.exec(original);
  if (booked && !EN_NOT_NAME.has(booked[1]!.toLowerCase()) && !NOT_A_PERSON.test(booked[1]!)) return booked[1];
  return birthStart !== undefined ? nameBeforeBirthDate(normalized, original, birthStart) : undefined;
}

/** "Book Sophie in for Saturday", "sign Max up": a capitalised word between the booking verb and its particle is who. */
const EN_BOOK_NAMED = /(?<![A-Za-z])(?:[Bb]ook|[Ss]ign|[Ee]nrol|[Ee]nroll|[Gg]et)\s+([A-Z][a-z'-]{1,19})\s+(?:in|up|into|for|on)(?![a-z])/;
/** "…Saturday morning in Siming for Sophie please": a capitalised word after "for" that ends the request. */
const EN_FOR_NAMED = /(?<![A-Za-z])for\s+([A-Z][a-z'-]{1,19})(?=\s*(?:[,.!?]|$|please|pls|thanks|too|as well))/;
/** Capitalised words that are days, months, places or points, not children. */
const NOT_A_PERSON =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Siming|Huli|Jimei|Haicang|Tongan|Xiangan|Xiamen|Qianpu|Jialian|Xiagang|Jiangtou|Wuyuan|Dianqian|Qiaoying|Xinglin|Xinyang|Datong|Xike|Xindian|Maxiang|Today|Tomorrow|Weekend|Next|This|Both|Me|Us|Them|Him|Her|It)$/;
