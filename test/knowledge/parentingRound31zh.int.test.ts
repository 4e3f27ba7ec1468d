import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 31 (par31z): Chinese parenting questions that found no section or a neighbouring one — tongue-tie and growth
 * spurts (new sections), thrush told as "一块块白的 擦不掉", smoking on the balcony, goat-milk formula, lying, chores, a
 * tablet on a long train, W-sitting and tongue-tie named in English inside Chinese, a Cantonese parent whose girl clings
 * to mummy. Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 31 Chinese parenting questions find the section that answers them', () => {
  it.each([
    ['宝宝满月了 吃奶老是含不住 我乳头破了 护士说是舌系带的问题 会影响吃奶吗', 'parenting-breastfeeding', '舌系带'],
    ['寶寶三個月 這幾天突然食量大增 是進入猛長期嗎', 'parenting-breastfeeding', '猛长期'],
    ['两个月宝宝 舌头上白白一层 用纱布擦不掉 是奶块还是鹅口疮', 'parenting-newborn-care', '鹅口疮'],
    ['我公公烟瘾很大 每次去阳台抽 抽完回来就亲孙女 会影响宝宝吗', 'parenting-home-safety-choking', '抽烟'],
    ['听说羊奶粉比牛奶粉好消化 还不容易过敏 要换吗', 'parenting-formula-feeding', '羊奶粉'],
    ['女儿三岁 打碎了碗说是弟弟弄的 经常说谎 怎么办', 'parenting-behaviour-guidance', '说谎'],
    ['我家两岁半 可以让他帮忙做什么家务', 'parenting-behaviour-guidance', '家务'],
    ['过年要坐五个小时高铁回老家 一岁半能给她看平板吗', 'parenting-screen-time', '高铁'],
    ['宝宝20个月 老是W-sitting 要不要纠正', 'parenting-motor-milestones', 'W字坐'],
    ['医生说baby有tongue tie 要不要剪', 'parenting-breastfeeding', '舌系带'],
    ['我個女成日黐住媽咪 爸爸抱就喊 點算好', 'parenting-behaviour-social', '认生'],
  ])('%s → %s (%s)', async (question, docId, heading) => {
    await expectTopSection(kb, question, 'zh', docId, heading);
  });
});
