import { DISTRICT_INFO, DISTRICTS } from '../domain/xiamenPlaces.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { CHILD_NOUNS_EN, CHILD_NOUNS_ZH } from './lexicon/childWords.ts';

/**
 * A further child the parent asks to add by name, before any birth date is told ("另外还有个小的叫圆圆 也帮我加上",
 * "還有一個小的叫芊芊 也幫我加進去", "oh and there's his little sister Mia too, can you add her", "please add Mia too").
 * The name is the child's; the words around it (还有 / 另外 / 小的 / sister) never are. The dialogue then asks the birth date
 * for that name — the child is not registered without one, and the sentence is no question for the knowledge base.
 */

/** Asking to add or register someone: 加上, 加进去, 登记, 登上, 录上, 算上 / add, register, put … down. */
const ADD_ZH = /加上|加进去|加进来|加一下|加一个|也加|添加|登记|登上|登进去|录上|录入|算上|也要登/;
const ADD_EN = /(?<![a-z])(?:add|register|put (?:her|him|them) (?:down|in|on)|sign (?:her|him) up)(?![a-z])/i;

/** "叫圆圆", "叫做芊芊": the name after 叫, up to a particle, a space or the next clause. */
const NAMED_ZH = /(?<!不)叫做?\s*([\u4e00-\u9fa5]{1,4}?)(?=\s|也|的|吧|呀|啊|哦|，|,|。|！|!|帮|幫|请|麻烦|$)/;
/** "called Mia", "named Mia", "sister Mia", "brother Sam", "add Mia": an English name, capitalised as written. */
const NAMED_EN = /(?<![A-Za-z])(?:called|named|name is|sister|brother|son|daughter|baby|twin|add|register)\s+([A-Z][a-z'-]{1,19})(?![A-Za-z])/;

/**
 * Words that read as names after those lead-ins but are not ("add Saturday", "叫什么", "register Huli"): the lexicon's
 * child words, the districts as written in English, weekdays, pronouns and question words.
 */
const NOT_NAMES = new Set<string>([
  ...CHILD_NOUNS_ZH,
  ...CHILD_NOUNS_EN,
  ...DISTRICTS,
  ...Object.values(DISTRICT_INFO).map((d) => d.en.toLowerCase()),
  ...['什么', '啥', '谁', '哪', '名字', '她', '他', '它', '一下'],
  ...['the', 'a', 'an', 'my', 'our', 'her', 'him', 'them', 'me', 'us', 'it', 'another', 'one'],
  ...['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
]);

/** The further child's name, or undefined. `t` is the prepared message, `original` as written (for English capitals). */
export function furtherChildNamed(t: string, original: string, childNames: string[] = []): string | undefined {
  let name: string | undefined;
  if (ADD_ZH.test(t)) name = NAMED_ZH.exec(t)?.[1];
  if (!name && ADD_EN.test(original)) name = NAMED_EN.exec(original)?.[1];
  if (!name || NOT_NAMES.has(name.toLowerCase())) return undefined;
  const folded = toSimplified(name).toLowerCase();
  return childNames.some((c) => toSimplified(c).toLowerCase() === folded) ? undefined : name;
}
