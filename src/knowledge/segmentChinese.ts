import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ZH_USER_WORDS } from './lexicon/zhUserDict.ts';

/**
 * Chinese word segmentation for retrieval: jieba's search mode (a long
 * word also yields the dictionary words inside it, so 爱邻护幼 gives 爱邻,
 * 护幼 and 爱邻护幼) with the domain dictionary, HMM off. Without HMM a span
 * jieba does not know stays single characters instead of becoming an
 * invented word: a voice-typing slip like 发少 (for 发烧) then still shares
 * 发 with the document rather than being one term nothing else contains.
 */

// User words outrank the general dictionary's splits of them.
const USER_WORD_FREQUENCY = 20_000;
const require = createRequire(import.meta.url);
const JIEBA_VERSION: string = (require('@node-rs/jieba/package.json') as { version: string }).version;

let jieba: Jieba | undefined;
/** Loading the dictionary takes ~250 ms: done once, on first use. */
function segmenter(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(dict);
    j.loadDict(Buffer.from(ZH_USER_WORDS.map((w) => `${w} ${USER_WORD_FREQUENCY} n`).join('\n')));
    jieba = j;
  }
  return jieba;
}

/** Words of a run of Han characters (no spaces or punctuation inside), in order, with repeats. */
export function segmentChinese(run: string): string[] {
  return segmenter().cutForSearch(run, false);
}

/**
 * Changes whenever segmentation can: jieba's version, the user dictionary,
 * the mode. Part of the lexicon fingerprint, so stale chunks re-index.
 */
export const SEGMENTER_FINGERPRINT: string = createHash('sha256')
  .update(JSON.stringify(['cutForSearch', 'hmm=false', JIEBA_VERSION, USER_WORD_FREQUENCY, ZH_USER_WORDS]))
  .digest('hex')
  .slice(0, 12);
