import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 39, par39z: Simplified Chinese parenting questions as parents and grandparents type them (and code-switched
 * ones) that found a neighbouring section or nothing — hiccups blamed on the cold, night waking blamed on calcium, 奶癣,
 * hidden vegetables, tummy-down crawling, water at six months, a fearless climber, a breastfed toddler who eats no food,
 * secondary lactose intolerance and breastfeeding, unclear speech near three, "说 no" to everything — and the new squint
 * section, with its English twin.
 * Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['娃一打嗝就是半天 是不是冻着了', 'zh', 'parenting-newborn-care', '打嗝'],
  ['十个月本来一觉到天亮 这阵子半夜总哭醒 外婆说缺钙', 'zh', 'parenting-sleep-routines', '夜里总是醒'],
  ['婆婆说宝宝脸上的奶癣是奶喝多了 要减奶', 'zh', 'parenting-common-concerns', '湿疹'],
  ['青菜剁碎混进饺子馅里给他吃 这样行吗', 'zh', 'parenting-behaviour-social', '挑食'],
  ['九个月 肚皮贴着地面往前挪 不是手脚爬 正常不', 'zh', 'parenting-motor-milestones', '会爬'],
  ['满六个月了 能开始给白开水喝吗', 'zh', 'parenting-toddler-nutrition', '喝水'],
  ['两岁儿子 she climbs onto the dining table and the windowsill 怎么防止摔下来', 'zh', 'parenting-home-safety-choking', '预防跌落'],
  ['快一岁半了 还是只喝母乳 饭菜不肯吃几口', 'zh', 'parenting-starting-solids', '只想喝奶'],
  ['宝宝一只眼睛老往外偏 是不是斜视 要去哪看', 'zh', 'parenting-common-concerns', '斗鸡眼'],
  ['孩子有点对眼 老人说长大就正了', 'zh', 'parenting-common-concerns', '斗鸡眼'],
  ['my 6 month old looks cross-eyed in photos, should we get it checked?', 'en', 'parenting-common-concerns', 'cross'],
  ['拉肚子以后乳糖不耐受 还能继续喂母乳吗', 'zh', 'parenting-starting-solids', '乳糖不耐受'],
  ['两岁半了讲话还是含含糊糊说不清 要紧吗', 'zh', 'parenting-language-milestones', '1到3岁'],
  ['女儿两岁 问她什么都说 no', 'zh', 'parenting-tantrums', '不要'],
];

describe('round 39 (par39z) parenting questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
