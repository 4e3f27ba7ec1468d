import { toSimplified } from '../text/chineseScript.ts';

/**
 * A change to a child already registered: a new name ("名字改成小汤圆", "不叫宝宝 叫米米", "打错了 是小蛮 不是小满",
 * "change Baby to Ava") or a corrected birth date ("果果生日登记错了 应该是2024年11月11日", "Noah's birthday is wrong,
 * it should be 15 January 2024"). Read only when the family has children: a new child is registered, not renamed.
 */
export interface ChildUpdate {
  /** The registered child's name as the parent wrote it, when named ("宝宝", "Baby"). */
  oldName?: string;
  newName?: string;
  /** True when the message corrects the birth date (the date itself is the message's birth date). */
  birthDate?: boolean;
  /** The year of the birth date corrected, said alone ("sorry typo, 2024 not 2025", "是2024年 不是2025年"). */
  birthYear?: number;
}

/** Words that say a name is being changed or was written wrong. */
const RENAME_ZH =
  /名字.{0,6}(?:改|换|错)|改(?:个)?名|改(?:一下|下)?名字|改叫|(?:以后|现在|今后|从今天起|从现在起)(?:就)?(?:叫|改叫)|不叫.{1,6}(?:了)?[\s,，。]*(?:叫|是)/;
/** "打错了", "写错了": a slip that is a name's only when a registered child is named ("打错了 是小蛮 不是小满"). */
const SLIP_ZH = /(?:登记|打|写|输|拼|填)错了?/;
/** A day, a time or a place is what a slip corrected, not a name ("打错了 是周日"). */
const NOT_NAME_WORDS = /^(?:这|下|本)?(?:周|週|星期|礼拜)|上午|下午|早上|中午|晚上|[0-9]|区$|^(?:湖里|思明|集美|海沧|同安|翔安|明天|后天|今天)/;
const RENAME_EN =
  /(?<![a-z])(?:rename|change (?:\w+'s |his |her |their |the (?:child's |baby's |kid's )?)?name|change \w+ to|name (?:is |was )?(?:wrong|misspelt|misspelled|spelt wrong|spelled wrong|a typo)|(?:it's|its|it is) spel(?:t|led)|typo|picked a name|chose a name|(?:call|calling) (?:him|her|them) (?!at|back|on)|update (?:the |his |her )?name)(?![a-z])/i;

/** Words that say a birth date was written wrong. */
const BIRTH_FIX =
  /(?:生日|出生日期|出生|生的).{0,8}(?:错|不对|改|应该是|其实是|实际上?是)|(?:日期|生日|出生日期)(?:写|填|登记|打|输|弄|搞)?错|(?:错|改).{0,6}(?:生日|出生日期)|(?<![a-z])(?:birthday|birth ?date|date of birth|dob|born)(?![a-z]).{0,30}(?<![a-z])(?:wrong|incorrect|mistake|should be|actually|not right|typo)(?![a-z])|(?<![a-z])(?:wrong|fix|change|update|correct)(?![a-z]).{0,30}(?<![a-z])(?:birthday|birth ?date|date of birth|dob)(?![a-z])/i;

/**
 * A slip owned and a date given in its place ("写错了 是2024年10月1日", "不好意思 是114年3月15日才對", "sorry, it's 4 March 2024"):
 * with a child registered and a birth date read, the date on record was wrong — not a new child called "写错了".
 */
const SLIP_THEN_DATE =
  /^(?:(?:哦|噢|啊|呃|欸|诶|哎呀|哎哟|哎呦|哎|唉|啊呀|呀)?\s*(?:(?:写|打|输|填|登记|记|说|讲|弄)错了?|不好意思|抱歉|对不起|不对|sorry|oops|my bad)[\s,，。.!！]*)+(?:是|应该是|其实是|it'?s|it was|should be)?\s*\S+|才对[\s。.!！]*$/i;

/**
 * A year put right on its own ("2024 not 2025", "2024年的 不是2025", "不是2025年 是2024年", "not 2025, it's 2024"): the
 * first group pair reads "new not old", the second "not old, new".
 */
const YEAR_FIX =
  /(?<!\d)((?:19|20)\d{2})\s*年?的?\s*[,，]?\s*(?:not|而?不是)\s*(?:19|20)\d{2}(?!\d)|(?<![a-z])(?:not|不是)\s*(?:19|20)\d{2}\s*年?的?\s*[,，]?\s*(?:it'?s|but|是|应该是|而是)?\s*((?:19|20)\d{2})(?!\d)/i;
/** A slip owned or the birth date named, without which two years are no correction of a child's. */
const YEAR_SLIP = /错|不对|不好意思|抱歉|生日|出生|(?<![a-z])(?:typo|sorry|oops|mistake|wrong|born|birth|birthday|dob)(?![a-z])/i;

/** "把果果的生日", "Leo's birthday": the name whose birthday is meant. */
const BIRTHDAY_OF =
  /((?:(?![把给給将將帮幫我的])[\u4e00-\u9fa5]){1,4}|(?<![A-Za-z])[A-Za-z][A-Za-z'-]{1,19})\s*(?:的|'s)\s*(?:生日|出生日期|出生年月|birthday|birth ?date|date of birth|dob)/i;
/** Who a birthday belongs to that is no name ("孩子的生日", "我女儿的生日"). */
const FAMILY_WORD = /^(?:我|我家|我们|孩子|小孩|宝宝|寶寶|宝贝|女儿|女兒|儿子|兒子|闺女|娃|老大|老二|大宝|二宝|my|our|the|his|her|baby|son|daughter)/i;
/** What introduces the new name: "改成", "叫", "是" (not "不叫", "不是"), "to", "is". */
const NEW_NAME_ZH = /(?:改成|改为|换成|改叫|(?<!不)叫做?|(?<!不)是)\s*(?:她|他|它)?\s*/g;
const NEW_NAME_EN = /(?<![a-z])(?:to|is|as|call (?:him|her|them)|calling (?:him|her|them))\s+([A-Z][A-Za-z'-]{1,19})(?![A-Za-z])/g;
const ZH_NAME = /^(?:[\u4e00-\u9fa5·]{1,4}|[A-Za-z][A-Za-z'-]{1,19})/;
const ZH_STOP = /^(?:登记|名字|孩子|宝宝的|出生|生日|今年|去年|一下|什么|谁|哪|错|对|这|那|个|我|的)/;
const NOT_A_NAME = new Set([
  '我',
  '她',
  '他',
  '它',
  '孩子',
  '小孩',
  '娃',
  '一下',
  '什么',
  '谁',
  '这个',
  '那个',
  '名字',
  '错了',
  '对的',
  'the',
  'a',
  'an',
  'it',
  'her',
  'him',
]);

const fold = (s: string) => toSimplified(s).toLowerCase().trim();

function isRegistered(name: string, childNames: string[]): boolean {
  const n = fold(name);
  return childNames.some((c) => fold(c) === n);
}

/** The first name after a word that introduces one, that is not a registered child's name. */
function newNameIn(t: string, original: string, childNames: string[]): string | undefined {
  for (const m of original.matchAll(NEW_NAME_EN)) {
    const w = m[1]!;
    if (!NOT_A_NAME.has(w.toLowerCase()) && !isRegistered(w, childNames)) return w;
  }
  for (const m of t.matchAll(NEW_NAME_ZH)) {
    const rest = t.slice(m.index! + m[0].length);
    if (ZH_STOP.test(rest)) continue;
    let cand = ZH_NAME.exec(rest)?.[0];
    if (!cand) continue;
    // "叫米米吧", "小蛮不是…": the name stops before a particle or the next clause.
    cand = cand.replace(/(?:吧|啦|了|呀|哦|啊|嘛|不是.*|不叫.*|以后.*|好了?)$/, '');
    if (/^[a-z]/i.test(cand)) {
      const inOriginal = new RegExp(`(?<![A-Za-z])${cand}(?![A-Za-z])`, 'i').exec(original)?.[0];
      if (inOriginal) cand = inOriginal;
    }
    if (cand.length === 0 || NOT_A_NAME.has(cand.toLowerCase()) || NOT_NAME_WORDS.test(cand) || isRegistered(cand, childNames)) continue;
    return cand;
  }
  return undefined;
}

/** The registered child named in the message (the longest name found, so "小米" is not found inside "小米粒"). */
function registeredNameIn(t: string, childNames: string[]): string | undefined {
  const hits = childNames.filter((c) => {
    const n = fold(c);
    return /^[a-z]/.test(n) ? new RegExp(`(?<![a-z])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`).test(t) : t.includes(n);
  });
  return hits.sort((a, b) => b.length - a.length)[0];
}

/**
 * A change to a registered child, or undefined. `t` is the prepared message (Simplified, lowercase),
 * `original` the message as written (for the case of Latin names), `hasBirthDate` whether a birth date was read.
 */
export function parseChildUpdate(t: string, original: string, childNames: string[] = [], hasBirthDate = false): ChildUpdate | undefined {
  if (childNames.length === 0) {
    // "帮我把果果的生日改成2025年6月20号" before any child is registered: a birthday, never a booking to move; the dialogue
    // registers the child with it (or asks the name).
    if (!hasBirthDate || !BIRTH_FIX.test(t)) return undefined;
    const named = BIRTHDAY_OF.exec(original)?.[1];
    return named && !NOT_A_NAME.has(named.toLowerCase()) && !FAMILY_WORD.test(named) ? { oldName: named, birthDate: true } : { birthDate: true };
  }
  const oldName = registeredNameIn(t, childNames);
  // A birth date corrected: the child named, else the one the conversation is about (the dialogue asks which when
  // several children and none in focus) — never a second child registered under the words around it.
  if (hasBirthDate && (BIRTH_FIX.test(t) || SLIP_THEN_DATE.test(t))) return { ...(oldName ? { oldName } : {}), birthDate: true };
  // "sorry typo, 2024 not 2025" just after registering: only the year of the date on record was wrong.
  const year = hasBirthDate ? undefined : YEAR_FIX.exec(t);
  if (year && YEAR_SLIP.test(t)) return { ...(oldName ? { oldName } : {}), birthYear: Number(year[1] ?? year[2]) };
  if (!RENAME_ZH.test(t) && !RENAME_EN.test(original) && !(oldName && SLIP_ZH.test(t))) return undefined;
  const newName = newNameIn(t, original, childNames);
  if (!newName) return undefined;
  // "不是朵朵 是果果" between two registered children is a choice of child, not a new name (handled above: both registered).
  if (!oldName && childNames.length > 1) return { newName };
  return { ...(oldName ? { oldName } : {}), newName };
}
