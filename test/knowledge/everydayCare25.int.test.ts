import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 25 (cov25a): everyday feeding, sleep and body-care questions that had no section of their own and were answered
 * by a neighbour (nail biting → cutting nails, a public pool → drowning, honey for a cough after 1 → "no honey under 1",
 * a mother's cold → a child's cold) or not at all (cups, earwax, snacks). Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 25 everyday questions find the section that answers them', () => {
  it.each([
    ['宝宝快周岁了 杯子一递过去就呛 还洒得到处都是 要怎么练', 'zh', 'parenting-toddler-nutrition', '杯子'],
    ['my kid is 15 months and coughing at night, can he have a spoon of honey in warm water', 'en', 'parenting-toddler-nutrition', 'honey'],
    ['喂奶妈妈发烧38度 还可以继续喂吗', 'zh', 'parenting-breastfeeding', '生病'],
    // (Nail-biting is answered in two documents written the same round: common concerns and toddlers' habits.)
    ['three year old chews her fingernails until they bleed, how do we stop it', 'en', 'parenting-behaviour-habits', 'nail'],
    ['宝宝耳朵里好多黄色的耳垢 要不要清', 'zh', 'parenting-newborn-care', '耳屎'],
    ['寶寶便便綠綠的 要緊嗎', 'zh', 'parenting-newborn-care', '大便'],
    ['is it ok to take a 6 month old to the swimming pool before all her jabs', 'en', 'parenting-weather-travel', 'swimming'],
    ['孩子最近睡前老说床底下有东西 很害怕', 'zh', 'parenting-sleep-routines', '怕黑'],
    ['10个月宝宝两顿饭中间要不要给点饼干吃', 'zh', 'parenting-starting-solids', '零食'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

describe('round 25 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('honey is fine from 12 months and may soothe a cough; never under 12 months', () => {
    expect(doc('en', 'parenting-toddler-nutrition')).toMatch(/From 12 months honey is fine/);
    expect(doc('zh', 'parenting-toddler-nutrition')).toMatch(/满1岁（12个月）以后就可以吃蜂蜜/);
  });
  it('no cotton buds in the ear', () => {
    expect(doc('en', 'parenting-newborn-care')).toMatch(/don't put cotton buds/);
    expect(doc('zh', 'parenting-newborn-care')).toMatch(/不要把棉签/);
  });
  it('babies can swim at any age; no neck floats', () => {
    expect(doc('en', 'parenting-weather-travel')).toMatch(/Don't use baby neck floats/);
    expect(doc('zh', 'parenting-weather-travel')).toMatch(/不要用婴儿“脖圈”/);
  });
});
