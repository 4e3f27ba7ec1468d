import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 43 (saf43): the first-aid document's additions — a knocked baby tooth turning grey, and unexplained bruises on a
 * baby who does not crawl yet (a doctor today; not accusing anyone before the doctor has seen the baby). Each question is
 * worded apart from the probe file (test/fixtures/eval-tuning/saf43.jsonl) and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

const SAYS: ReadonlyArray<readonly [string, 'zh' | 'en', string, RegExp]> = [
  ['上周摔到的门牙 这两天颜色发灰', 'zh', 'parenting-first-aid', /变灰[\s\S]*牙医/],
  ['会不会是阿姨把宝宝弄伤了 我该怎么做', 'zh', 'parenting-first-aid', /瘀青/],
  ["there are bruises on my baby's legs and she can't even roll yet", 'en', 'parenting-first-aid', /doctor today[\s\S]*accuse/],
];

describe('round 43 saf43 sections say what the question needs', () => {
  it.each(SAYS)('%s (%s) → %s says %s', async (question, lang, docId, says) => {
    const [top] = await kb.search(question, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.content).toMatch(says);
  });
});
