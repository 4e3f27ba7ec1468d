/**
 * Folds the spellings parents actually type onto the forms our patterns use:
 * traditional characters from Taiwan/HK keyboards, internet slang (木有, 肿么),
 * and common homophone typos (后补 for 候补). Only used for matching, never shown.
 */
const CHAR_MAP: Record<string, string> = Object.fromEntries(
  '預预 約约 訂订 週周 個个 號号 歲岁 時时 間间 嗎吗 請请 謝谢 們们 兒儿 寶宝 區区 裡里 裏里 點点 後后 幫帮 沒没 還还 額额 禮礼 陽阳 麼么 這这 兩两 說说 話话 語语 務务 託托 課课 動动 樂乐 處处 聯联 繫系 電电 歡欢 燒烧 發发 醫医 報报 隊队 補补 體体 驗验 繪绘 書书 會会 鐘钟 氣气 開开 關关 幾几 給给 讓让 嬰婴 驚惊 喚唤 應应 難难 誤误 藥药 頭头 嘔呕 燙烫'
    .split(' ')
    .map((p) => [p[0]!, p[1]!]),
);

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
  // 上五/下五: the pinyin IME's slip for 上午/下午, beside a day word.
  [/(周[一二三四五六日末]|[今明后]天|号|日|sat|sun)\s*([上下])五(?![\d一二三四五六七八九十个岁月点楼层年])/g, '$1$2午'],
];

export function canonicalizeChinese(text: string): string {
  let out = '';
  for (const ch of text) out += CHAR_MAP[ch] ?? ch;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
