import { toSimplified, toTraditional } from '../text/chineseScript.ts';

/**
 * A child's name in a question ("果果最近晚上一直醒 怎么办", "小芽不爱吃蔬菜") is who the question is about, never its topic:
 * no document names the child, so the name only weighs against every section a question is matched with, and a plain
 * night-waking question found nothing. Names are read as the word the documents use for the child (宝宝, "my child").
 *
 * Chinese nicknames are most often a doubled character (果果, 朵朵, 乐乐); doubled words that are not names (常常, 妈妈,
 * 星星, 宝宝) are kept. Registered children's names, in any form, are given by the caller.
 */
const DOUBLED_NOT_NAMES = new Set(
  [...'常刚慢天好偏往渐明稍轻悄早默纷仅恰白人家宝妈爸爷奶姥婆公叔伯舅姨哥姐弟妹娃星猫狗虫兔鸭鸡车球糖饭水觉抱亲拍摸看试走说想等谢哈嘿呵嘻哦嗯啊呀哇乖'].map(
    (c) => c + c,
  ),
);

/** A doubled character at the start of the message or of a clause, before more words: a nickname as the subject. */
const DOUBLED_SUBJECT = /(^|[\s，,。.!！?？；;]|我家|我们家|我的|家里|我家的)(\p{Script=Han})\2(?=\p{Script=Han})/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the child's names read as 宝宝 (in Chinese) or "my child" (a Latin name). `names`: registered children. */
export function withoutChildNames(text: string, names: readonly string[] = []): string {
  let out = text.replace(DOUBLED_SUBJECT, (m, before: string, c: string) => (DOUBLED_NOT_NAMES.has(c + c) ? m : `${before}宝宝`));
  for (const name of new Set(names.flatMap((n) => [n, toSimplified(n), toTraditional(n)]))) {
    if (!name.trim()) continue;
    if (/^[A-Za-z][A-Za-z' -]*$/.test(name)) {
      out = out.replace(new RegExp(`(?<![A-Za-z])${escape(name)}(?![A-Za-z])`, 'gi'), /\p{Script=Han}/u.test(out) ? '宝宝' : 'my child');
    } else if ([...name].length >= 2 && !DOUBLED_NOT_NAMES.has(name)) {
      out = out.split(name).join('宝宝');
    }
  }
  return out;
}
