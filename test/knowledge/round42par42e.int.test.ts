import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 42 (par42e): English parenting as expat and code-switching parents write it, with the Chinese twins of the
 * knowledge changes (probe file test/fixtures/eval-tuning/par42e.jsonl). Each question is worded apart from the probe
 * file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // a long train or car journey with a toddler (new section)
  ['any advice for a five hour bullet train ride with a toddler on my own?', 'en', 'parenting-weather-travel', 'long train'],
  ['自己一个人带孩子坐五个小时动车 怎么熬过去', 'zh', 'parenting-weather-travel', '长途高铁'],
  // blaming a baby sibling (lying at nearly three)
  ["she's almost three and lies about spilling things, blaming her baby brother — what do I do?", 'en', 'parenting-behaviour-guidance', 'lies'],
  ['快三岁了 自己做错事总说是弟弟做的', 'zh', 'parenting-behaviour-guidance', '说谎'],
  // a dummy that falls out at night
  ['every time the pacifier drops out at night he wakes up crying', 'en', 'parenting-teething-oral-care', 'pacifier'],
  // pear or prune purée for hard poos after starting solids
  ['is prune puree ok for my 6 month old with hard poos', 'en', 'parenting-common-concerns', 'constipated'],
  // how long heat rash lasts
  ['how long will the prickly heat on her back last', 'en', 'parenting-first-aid', 'heat rash'],
  // a dad who feels left out while mum breastfeeds
  ['as the dad of a breastfed baby I feel useless, how do I bond with her?', 'en', 'parenting-family-life', 'dad'],
  // an itchy, swollen mosquito bite
  ['the mosquito bite on his arm is so itchy and puffy, what can I do', 'en', 'parenting-first-aid', 'mosquito'],
];

describe('round 42 (par42e) questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
