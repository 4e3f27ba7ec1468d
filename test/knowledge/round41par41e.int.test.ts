import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 41 par41e's knowledge changes on the real documents (probe file test/fixtures/eval-tuning/par41e.jsonl): English
 * parenting questions as expat and code-switching parents write them, with the Chinese twins of the content changes.
 * Each question is worded apart from its probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['how loud can the white noise machine be in the nursery, we keep it on the whole night', 'en', 'parenting-sleep-routines', 'white noise'],
  ['白噪音机开一整晚 对宝宝耳朵有没有影响', 'zh', 'parenting-sleep-routines', '白噪音'],
  ['my mother in law fills a bottle with apple juice for our 1 year old every day', 'en', 'parenting-toddler-nutrition', 'juice'],
  ['which finger foods are good for an 8 month old who wants to feed himself', 'en', 'parenting-starting-solids', 'finger foods'],
  ['potty training is going ok but she panics and cries whenever the toilet flushes', 'en', 'parenting-toilet-learning', 'toilet-train'],
  ['练如厕 她一听到冲水声就吓哭', 'zh', 'parenting-toilet-learning', '具体怎么做'],
  ['how do I stop my toddler being so rough with the newborn, he pokes her and lies on her', 'en', 'parenting-behaviour-social', 'new baby'],
  ['老大老是压在妹妹身上 戳她眼睛 怎么教他', 'zh', 'parenting-behaviour-social', '二宝'],
  ['my 2 year old only plays next to other children and not with them, is that normal', 'en', 'parenting-behaviour-social', 'share'],
  ['my son hits his grandmother and she just laughs, now he does it all the time', 'en', 'parenting-behaviour-social', 'hits other kids'],
  ['getting my 2 year old dressed in the morning is a battle, she yells no and runs off', 'en', 'parenting-tantrums', '"no"'],
  ['my mum says not to trim the baby nails in the first month but she scratches herself', 'en', 'parenting-newborn-care', 'nails'],
  ['my toddler only takes her naps in the pushchair or the car, never in her cot', 'en', 'parenting-sleep-routines', 'rocked or held'],
  ['孩子只在推车里睡午觉 一放床上就醒', 'zh', 'parenting-sleep-routines', '抱着摇着'],
];

describe('round 41 par41e questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
