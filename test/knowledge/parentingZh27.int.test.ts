import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 27 (par27a): everyday parenting questions in Simplified and Traditional Chinese that met a neighbouring section —
 * a phone the child "can't do without" met the comfort-object section, an itchy rash asked "is it allergy?" met heat rash,
 * a new sibling told as the older child's wish to be a baby met nothing. Worded apart from the probe file (par27a.jsonl)
 * and from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 27 questions find the section that answers them', () => {
  it.each([
    ['宝宝刷手机上瘾了 现在离不开 一拿走就哭 怎么戒', 'zh', 'parenting-screen-time', '屏幕'],
    ['女儿背上突然起了好多风团 痒得直哭 没发烧', 'zh', 'parenting-common-concerns', '荨麻疹'],
    ['孩子脸上身上起红疙瘩 特别痒 是不是吃错东西过敏了', 'zh', 'parenting-common-concerns', '荨麻疹'],
    ['身上一塊一塊紅腫 很癢 是不是過敏 要看醫生嗎', 'zh', 'parenting-common-concerns', '荨麻疹'],
    ['my son suddenly got itchy welts all over his tummy, no fever', 'en', 'parenting-common-concerns', 'hives'],
    ['二宝刚出生 老大天天说自己也是宝宝 要喝奶瓶', 'zh', 'parenting-behaviour-social', '老大吃醋'],
    ['宝宝离不开奶瓶 一岁八个月了', 'zh', 'parenting-toddler-nutrition', '奶瓶'],
    ['阿嬤不同意我們不餵 一直追著餵飯', 'zh', 'parenting-family-life', '追着喂饭'],
    ['白天会自己尿尿了 那晚上的尿布也要一起拿掉吗', 'zh', 'parenting-toilet-learning', '尿床'],
  ] as const)('%s', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });

  it('heat rash asked in its own words still finds the heat-rash section', async () => {
    const [top] = await kb.search('天太热了 宝宝脖子后面一片小红点 是不是捂出痱子了', { lang: 'zh', k: 3 });
    expect(top?.headingPath).toMatch(/痱子/);
  });

  it('a comfort blanket the child cannot do without still finds the comfort-object sections', async () => {
    const [top] = await kb.search('孩子离不开那条小毯子 睡觉一定要抱着', { lang: 'zh', k: 3 });
    expect(top?.headingPath).toMatch(/安抚/);
  });
});
