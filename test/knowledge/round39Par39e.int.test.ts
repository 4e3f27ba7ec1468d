import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 39 (par39e): English parenting questions as expat parents write them that found a neighbouring section or
 * nothing — hiccups during feeds, the "no" phase, hiding to poo, a falling weight percentile, a
 * doctor's advice questioned, Hong Kong vs mainland formula, the bedtime bottle — and the Chinese twins of the new
 * question lines. Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['my 1 month old hiccups a lot and looks bothered by it, is that a problem?', 'en', 'parenting-newborn-care', 'hiccups'],
  ['宝宝吃着吃着就打嗝 要停下来吗', 'zh', 'parenting-newborn-care', '打嗝'],
  ['my two year old answers no to every single thing, is this a phase?', 'en', 'parenting-tantrums', '"no"'],
  ['he always hides behind the door to poop in his diaper', 'en', 'parenting-toilet-learning', 'ready'],
  ['her weight dropped two percentile lines since the last check', 'en', 'parenting-growth-supplements', "weight hasn't gone up"],
  ['the ENT says my daughter needs grommets, is the doctor right?', 'en', 'parenting-fever-illness', 'Dr X'],
  ['医生说孩子要做手术 医生说的对不对', 'zh', 'parenting-fever-illness', '医生好不好'],
  ['is Hong Kong Aptamil better than the mainland one?', 'en', 'parenting-formula-feeding', 'choose an infant formula'],
  ['港版奶粉质量是不是更好', 'zh', 'parenting-formula-feeding', '怎么选'],
  ['how can we drop the bottle at bedtime without a meltdown', 'en', 'parenting-toddler-nutrition', 'stop using a bottle'],
];

describe('round 39 English parenting questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
