import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 40, par40z: Chinese parenting as parents and grandparents type and voice-type it — background TV, how long
 * vitamin D drops go on and cod liver oil, a 2-year-old's attention span (new section), a dummy licked clean, getting
 * ready for 托班, the first spoonful, a whole egg, a grandmother the baby cries at, brand questions and sun under
 * 6 months. Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['爷爷看电视 孩子在边上玩积木 电视一直响着 对孩子不好吗', 'zh', 'parenting-screen-time', '几岁可以看'],
  ['we keep the telly on in the background all day while she plays, is that bad?', 'en', 'parenting-screen-time', 'At what age'],
  ['维D滴剂吃到多大就不用吃了', 'zh', 'parenting-common-concerns', '吃到几岁'],
  ['婆婆买了鱼肝油 说比维生素D滴剂更好', 'zh', 'parenting-common-concerns', '维生素D'],
  ['my mum brought cod liver oil from home for the baby, can it replace his vitamin D?', 'en', 'parenting-common-concerns', 'vitamin D'],
  ['两岁多上课总是坐不住到处跑 会不会是多动症', 'zh', 'parenting-development-early-learning', '专注力'],
  ['my 26 month old only plays with anything for a minute or two, should I worry about ADHD?', 'en', 'parenting-development-early-learning', 'ADHD'],
  ['安抚奶嘴掉地上了 外婆舔干净又给宝宝 这样卫生吗', 'zh', 'parenting-teething-oral-care', '安抚奶嘴'],
  ['下周开始去托班 孩子特别黏我 这几天在家能做点什么', 'zh', 'parenting-separation-anxiety', '第一次去托育点'],
  ['宝宝的第一顿辅食 米粉好还是鸡蛋黄好', 'zh', 'parenting-starting-solids', '第一口辅食'],
  ['七个月宝宝能吃一整个鸡蛋吗 还是只能吃蛋黄', 'zh', 'parenting-starting-solids', '鸡蛋'],
  ['一岁宝宝见到很久没见的外婆就哭 外婆很难过', 'zh', 'parenting-behaviour-social', '认生'],
  ['想换奶粉 到底哪个牌子好一点', 'zh', 'parenting-formula-feeding', '怎么选'],
];

describe('round 40 par40z questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
