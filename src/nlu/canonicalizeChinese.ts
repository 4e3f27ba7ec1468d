import { foldDialectWords } from '../text/dialectWords.ts';

/**
 * Folds the spellings parents actually type onto the forms our patterns use:
 * internet slang (木有, 肿么) and common homophone typos (后补 for 候补), after
 * Traditional has been converted (prepareText). Only used for matching, never shown.
 */
const PHRASES: Array<[RegExp, string]> = [
  [/有木有/g, '有没有'],
  [/木有/g, '没有'],
  [/肿么/g, '怎么'],
  [/神马/g, '什么'],
  [/啥/g, '什么'],
  [/咋/g, '怎么'],
  [/后补/g, '候补'],
  [/侯补/g, '候补'],
  [/在么|在嘛|在不|在没/g, '在吗'],
  [/位子|座位|空位子/g, '位置'],
  [/星期天|星期日|礼拜天|礼拜日|周天|週日/g, '周日'],
  [/礼拜|星期/g, '周'],
  // Hokkien-flavoured 拜六/拜日 (Saturday/Sunday), as grandparents type them.
  [/(?<![礼周])拜([一二三四五六日天])/g, '周$1'],
  [/周天/g, '周日'],
  // The English verb inside Chinese, bound to 的/了 ("周六book的那个", "我这周都book了哪些"): the booking held, as 约的/约了 —
  // so every rule that knows a booking pointed at reads the mixed sentence the same. "booking" and "book一下" stay.
  [/(?<=[\u4e00-\u9fa5]\s?)book(?:ed)?\s*(?=[的了])/g, '约'],
  // Taiwan's 有約 for a booking held ("我禮拜六有約湖裡的", "週日下午有約臨托"): the booking made, as 约了 — so a question told
  // with it is read as one with 约了 is, not as a request to book. "有约吗", "有约满", "有约到" still ask (round 54).
  [/(?<=(?:我|我们|我家|周[一二三四五六日末]|[上下]午|早上|晚上|天|号|日))有约(?:了)?(?![满到吗么嘛不没得])/g, '约了'],
  // 上五/下五: the pinyin IME's slip for 上午/下午, beside a day word.
  // 上五/下五 (and 上无/下无/上舞/下舞, the same syllable): the pinyin IME's slip for 上午/下午, beside a day word.
  [/(周[一二三四五六日末]|[今明后]天|号|日|sat|sun)\s*([上下])(?:五|无|舞|吴|捂)(?![\d一二三四五六七八九十个岁月点楼层年])/g, '$1$2午'],
];

export function canonicalizeChinese(text: string): string {
  // Cantonese and Minnan words first (one table shared with retrieval and triage), then slang and typos.
  let out = foldDialectWords(text);
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
