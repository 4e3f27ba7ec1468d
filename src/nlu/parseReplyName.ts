import { KIN_NOUNS_ZH, alternation } from './lexicon/childWords.ts';
import { KIN_WORDS } from './lexicon/kinshipWords.ts';
import type { Slots } from './types.ts';

/** A name right after a kinship word, ending where the birth date or a pause begins. */
const KIN_NAMED = new RegExp(
  String.raw`(?:^|[\s，,我])(?:大|小|二|三)?(?:${alternation(KIN_NOUNS_ZH)})(?:叫做?|名字叫|是)?\s?((?:(?![岁月生出的了吗呢在去要想会和跟与也都今去前明这那周礼星])[\u4e00-\u9fa5]){2,3})(?=$|[\s，,。\d]|出生|生于|生的|[0-9])`,
);

/** Replies that are never a child's name. */
const NOT_NAMES =
  /^(好的?|好吧|好呀|可以|行|嗯+|对|是的?|确认|确定|谢谢|多谢|收到|没问题|ok|okay|yes|yeah|yep|sure|thanks|thank you|confirm|fine|no|不|不要|不用|算了|hi|hello|你好|在吗|还有|另外)$/i;

/**
 * The child's name from a short reply to "name and birth date?", e.g.
 * "乐乐 2024-05-03" or "Leo, born 3 May 2024": what is left once dates,
 * numbers, birth-order words and filler words are removed ("还有老二宁宁" → 宁宁).
 */
export function parseReplyName(text: string, s: Slots): string | undefined {
  if (s.district || s.neighbourhood || s.kind) return undefined;
  // "大儿子小宝 2023年8月8号", "我女儿朵朵": the word right after a kinship word is the name, even a name such as 小宝
  // that is also a birth-order word.
  const kin = KIN_NAMED.exec(text);
  if (kin && !NOT_NAMES.test(kin[1]!)) return kin[1];
  let t = text
    .replace(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/g, ' ')
    .replace(/(?:\d{2,4}\s*[-/.年]|[今去前]年)\s*\d{1,2}\s*月?/g, ' ')
    .replace(/(?<!\d(?:st|nd|rd|th)?\s*)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}|this year|last year)\b/gi, ' ')
    .replace(/\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/gi, ' ')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b/gi, ' ')
    // "大儿子小宝", "小女儿糖糖": the kinship word with its 大 / 小 goes whole, so no lone 大 is left as a name.
    .replace(KIN_WORDS, ' ')
    .replace(
      /(出生日期|出生|生日|生的|名字|登记|添加|注册|一下|帮我|我的|我家|我要|我想|叫做|叫|是|宝宝|孩子|小孩|女儿|儿子|闺女|一个|新的|还有|另外|再加|大宝|二宝|三宝|小宝|老大|老二|老三|老幺|[两俩三四几]个|都想|都要|(?<!娃)娃(?!娃))/g,
      ' ',
    )
    .replace(
      /\b(born|birthday|name|is|my|son|daughter|baby|on|register|add|child|kid|please|the|called|named|a|an|another|new|i|want|to|would|like|and|also|two|three|kids|children|both|twins|d|his|her|their|our|big|little|older|younger|elder|sister|brother)\b/gi,
      ' ',
    )
    .replace(/[,，。:：;；!！?？]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // "我女儿朵朵", "我闺女乐乐 2024年5月1日生": once 女儿 and the date are gone, a lone 我 or 生 is what framed the name;
    // "她是2025年4月20號生的": a lone 她 / 他 is the child told about, never its name.
    .replace(/(^|\s)[我生的她他它](?=\s|$)/g, ' ')
    .trim();
  // "my second is Mimi", "the older one Leo", "老二 甜甜": an ordinal or sibling word says which child, it is no part
  // of the name (kept only when nothing else is left, so a child called 妹妹 still registers).
  const ordinal = t
    .replace(/\b(first|second|third|eldest|oldest|youngest|older|younger|middle|other|little|one|sister|brother|twin|he|she|his|her|was|were|too)\b/gi, ' ')
    .replace(/第[一二三四五]个|哥哥|姐姐|弟弟|妹妹|小的|大的/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (ordinal) t = ordinal;
  // "she was born 2025-01-15", "he's 2": only pronouns and verbs left is no name (the name asked about stays).
  else if (/^(?:(?:he|she|his|her|it|they|was|were|is|s|too)\s*)+$/i.test(t.replace(/'/g, ' '))) return undefined;
  if (!t || t.length > 12 || /\d/.test(t)) return undefined;
  if (NOT_NAMES.test(t)) return undefined;
  // "Yes please, both", "ok both of them", "no, all": an answer to the list, with no name in it.
  if (/(?<![a-z])(?:yes|yeah|yep|yup|sure|ok|okay|no|nope|both|all|thanks|thx)(?![a-z])/i.test(t)) return undefined;
  if (!/^[\p{L}·\s'-]+$/u.test(t) || !/\p{L}/u.test(t)) return undefined;
  // English names come back capitalised (the text was lowercased for matching).
  return t.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase());
}
