import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 34 (par34t): Taiwan and Hong Kong parents' parenting questions that found no section or a neighbouring one —
 * mouthing (口腔期), body safety, coffee while breastfeeding, neck floats, a 2-year-old and 幼幼班, K1 interview classes
 * (new sections in zh and en), and Taiwan or Cantonese wording of existing ones. Worded apart from the question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 34 Traditional and Cantonese parenting questions find the section that answers them', () => {
  it.each([
    ['十個月的兒子 什麼東西都拿來咬 連地上的頭髮都撿起來放嘴巴 口腔期要讓他咬嗎', 'parenting-home-safety-choking', '口腔期'],
    ['女兒兩歲 要怎麼跟她講 別人不能摸她的私處', 'parenting-behaviour-social', '身体界线'],
    ['哺乳期間 每天一杯美式咖啡 會影響寶寶睡覺嗎', 'parenting-breastfeeding', '咖啡'],
    ['寶寶三個月 可以戴頸圈在家裡浴缸游泳嗎', 'parenting-weather-travel', '脖圈'],
    ['我家兩歲半還沒上幼幼班 會不會輸在起跑點', 'parenting-choosing-care', '托班'],
    ['個仔兩歲半 要唔要去面試班準備K1面試', 'parenting-choosing-care', '面试'],
    ['一歲七個月 便便硬到流血 可以喝黑棗汁嗎', 'parenting-common-concerns', '便秘'],
  ])('%s → %s (%s)', async (question, docId, heading) => {
    await expectTopSection(kb, question, 'zh', docId, heading);
  });
});

describe('round 34 English twins are found', () => {
  it.each([
    ['my baby chews everything she finds on the floor, should I stop her', 'parenting-home-safety-choking', 'mouth'],
    ['is coffee ok when breastfeeding', 'parenting-breastfeeding', 'coffee'],
    ['are neck floats safe for babies', 'parenting-weather-travel', 'neck float'],
  ])('%s → %s (%s)', async (question, docId, heading) => {
    await expectTopSection(kb, question, 'en', docId, heading);
  });
});
