import * as OpenCC from 'opencc-js';

/**
 * Simplified and Traditional Chinese. Many families in Xiamen come from
 * Taiwan and write Traditional; everything the assistant understands or looks
 * up works on Simplified, and what it says goes back in the writer's script.
 * Reading uses OpenCC's Taiwan tables with Taiwan phrases (軟體 → 软件); replies
 * use Taiwan characters without phrase changes, so names stay as they are
 * (社区 stays 社區, not 社群).
 */
export type ChineseScript = 'Hans' | 'Hant';

const toHans = OpenCC.Converter({ from: 'twp', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Traditional (and Taiwan phrasing) to Simplified; other text passes through unchanged. */
export function toSimplified(text: string): string {
  return text ? toHans(text) : text;
}

/**
 * Place names written the same in both scripts that OpenCC would still change: Huli District is 湖里區 in Traditional
 * too (里 as in 鄉里, not 裡 "inside"), so "湖里" alone ("湖里", the answer to "哪個區？") is no sign of Simplified.
 */
const SAME_IN_BOTH_SCRIPTS = /湖里/g;

/**
 * Characters OpenCC leaves as Taiwan writers would not: 喂 is only "hello" in Traditional, while every 喂 the
 * assistant writes is "feed" (亲喂 → 親餵, 喂完 → 餵完; OpenCC changes 喂奶 alone), and 干 in 按干 (pat dry) is 乾, not 幹.
 */
const TAIWAN_CHARACTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/喂/g, '餵'],
  [/按幹/g, '按乾'],
];

/** Simplified to Traditional with Taiwan phrasing. */
export function toTraditional(text: string): string {
  return text ? TAIWAN_CHARACTERS.reduce((t, [re, to]) => t.replace(re, to), toHant(text)) : text;
}

const SHARED_IN_HOKKIEN = /佇/g;

/**
 * The script a message is written in: Traditional when converting it to
 * Simplified changes characters, i.e. it holds characters that exist only in
 * Traditional, and they are not outnumbered by Simplified-only ones. Undefined when nothing tells
 * (no Han characters, or only characters shared by both scripts).
 */
export function detectScript(text: string): ChineseScript | undefined {
  if (!/\p{Script=Han}/u.test(text)) return undefined;
  // Characters Simplified writers keep from Hokkien writing ("阮户口佇泉州", 佇 = at) say nothing of the script.
  const told = text.replace(SHARED_IN_HOKKIEN, '').replace(SAME_IN_BOTH_SCRIPTS, '');
  const hans = toSimplified(told);
  const traditionalOnly = countDiff(told, hans);
  // (OpenCC's own table: the reply fixes in toTraditional are no sign of either script.)
  const simplifiedOnly = countDiff(told, toHant(told));
  if (traditionalOnly === 0 && simplifiedOnly === 0) return undefined;
  // Taiwan writers also use a few shared variants (台, 周) that OpenCC would
  // turn into 臺, 週: a Traditional-only character weighs twice.
  return traditionalOnly > 0 && traditionalOnly * 2 >= simplifiedOnly ? 'Hant' : 'Hans';
}

function countDiff(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}
