import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 40, par40e: English parenting as expat parents write it (with the Chinese twins of each change) — head-banging
 * at bedtime, mucus in the poo, telling the carers about a biting phase, no teeth at a year (zh), a
 * toddler who still takes only purées (new section), nappy brands, suppositories / 开塞露, hair shedding, night sweats,
 * not eating at the childcare point, whole peanuts and seeds.
 * Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['my one year old rocks and knocks his head on the crib every night to get to sleep', 'en', 'parenting-behaviour-habits', 'bangs his head'],
  ['孩子入睡前老用头去撞床 要紧吗', 'zh', 'parenting-behaviour-habits', '撞头'],
  ["there's slimy stuff in my baby's poo, is it mucus?", 'en', 'parenting-newborn-care', 'poo is green'],
  ['should the childcare staff be warned that my son bites?', 'en', 'parenting-behaviour-social', 'hits other kids'],
  ["my 17 month old refuses anything that isn't pureed and gags on lumps", 'en', 'parenting-starting-solids', 'over 15 months'],
  ['are some diaper brands better for rashes?', 'en', 'parenting-common-concerns', 'nappy rash'],
  ['纸尿裤哪个牌子不容易红屁股', 'zh', 'parenting-common-concerns', '红屁股'],
  ['宝宝好几天没拉 能用开塞露吗', 'zh', 'parenting-common-concerns', '几天不拉'],
  ['our baby is shedding lots of hair at 10 weeks', 'en', 'parenting-newborn-care', 'shave'],
  ['she refuses lunch at daycare but eats well at home', 'en', 'parenting-separation-anxiety', 'settle into a childcare point'],
  ['is it safe for a toddler to eat sunflower seeds and whole peanuts?', 'en', 'parenting-starting-solids', 'peanuts'],
];

describe('round 40 par40e questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
