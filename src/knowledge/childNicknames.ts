import { toSimplified, toTraditional } from '../text/chineseScript.ts';
import { alternation, BIRTH_ORDER_TERMS, BIRTH_ORDER_TRADITIONAL, SIBLING_TERMS, words } from '../nlu/lexicon/childWords.ts';

/**
 * A child's name in a question ("果果最近晚上一直醒 怎么办", "小芽不爱吃蔬菜") is who the question is about, never its topic:
 * no document names the child, so the name only weighs against every section a question is matched with, and a plain
 * night-waking question found nothing. Names are read as the word the documents use for the child (宝宝, "my child").
 *
 * Chinese nicknames are most often a doubled character (果果, 朵朵, 乐乐). Parents double many other words too — baby talk
 * (趴趴, 抱抱, 尿尿) and descriptions (红红的, 软软的) — so only the characters nicknames are made of count. Registered
 * children's names, in any form, are given by the caller.
 */
const NICKNAME_CHARS = new Set([
  ...'果朵乐安豆妞糖米贝甜萌悦欣宁可月圆团多仔丁丫毛虎壮飞阳晨然琪琳菲诺依伊心馨暖瑞轩涵桐桃橙柚芽苗楠婷媛娜丹丽妮娇淼森淇笑哲恩希雅嘉佳俊杰浩宇泽睿琦瑶璐露蕾薇莉莎蓉蓓妍凡帆航朗乔童彤',
]);

/** A doubled character at the start of the message or of a clause, before more words: a nickname as the subject. */
const DOUBLED_SUBJECT = /(^|[\s，,。.!！?？；;]|我家|我们家|我的|家里|我家的)(\p{Script=Han})\2(?=\p{Script=Han})/gu;

/** 老大 / 二宝 / 三寶: a place said as the child's name. The youngest (小宝, 老幺) is as often a pet name, so it stays as said. */
const NAMED_BY_ORDER = alternation(words([...BIRTH_ORDER_TERMS, ...BIRTH_ORDER_TRADITIONAL].filter(([, order]) => order > 0)));

/**
 * A child named by birth order with an age after it ("我家老二 6 months 了 可以喝 water 了吗", "老二6个月了 可以喝水吗"): the
 * question is about that child, not about siblings — yet 老二 is the family-life documents' word for a second child, and it
 * drew a water question to them. Read as 宝宝 only when the message names no other child by birth order or kinship, so a
 * question about the two children together ("老大3岁 老二刚出生 老大总打老二") keeps its words.
 */
const BIRTH_ORDER_SUBJECT = new RegExp(
  String.raw`(^|[\s，,。.!！?？；;]|我家|我们家|我們家|家里|家裡|我家的)(${NAMED_BY_ORDER})(?=\s*(?:[\d一二两兩三四五六七八九十半]+)\s*(?:个月|個月|岁|歲|周|週|天|months?|mos?|years?|yrs?|weeks?)(?![a-z]))`,
  'gu',
);
const SIBLING_WORDS = new RegExp(`${NAMED_BY_ORDER}|${alternation(words(SIBLING_TERMS))}|两个孩子|兩個孩子|两个娃|兩個娃|俩孩子|倆孩子`, 'g');

/** Words a parent may have registered as a child's name that are also the documents' words for any child. */
const NOT_NAMES = new Set(['宝宝', '宝贝', '孩子', '小孩', '娃娃', '寶寶', '寶貝']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the child's names read as 宝宝 (in Chinese) or "my child" (a Latin name). `names`: registered children. */
export function withoutChildNames(text: string, names: readonly string[] = []): string {
  let out = text.replace(DOUBLED_SUBJECT, (m, before: string, c: string) => (NICKNAME_CHARS.has(c) ? `${before}宝宝` : m));
  if ((out.match(SIBLING_WORDS) ?? []).length === 1) out = out.replace(BIRTH_ORDER_SUBJECT, (_m, before: string) => `${before}宝宝`);
  for (const name of new Set(names.flatMap((n) => [n, toSimplified(n), toTraditional(n)]))) {
    if (!name.trim()) continue;
    if (/^[A-Za-z][A-Za-z' -]*$/.test(name)) {
      out = out.replace(new RegExp(`(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`, 'gi'), /\p{Script=Han}/u.test(out) ? '宝宝' : 'my child');
    } else if ([...name].length >= 2 && !NOT_NAMES.has(name)) {
      out = out.split(name).join('宝宝');
    }
  }
  return out;
}
