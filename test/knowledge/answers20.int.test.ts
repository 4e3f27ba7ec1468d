import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 20 (ans20): standard guidance that had no home section or met a neighbouring one — corrected age for babies
 * born early (milestones and solids), brown-sugar water, trimming an older baby's nails, a toddler's bedtime battles,
 * a young baby's startles in sleep, crying in the car seat, the comparison with a nursery class. Worded apart from the
 * probe file (ans20.jsonl), the outside set and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 20 questions find the section that answers them', () => {
  it.each([
    ['女儿34周就生了 现在9个月还不会爬 是按矫正月龄来看吗', 'zh', 'parenting-motor-milestones', '矫正月龄'],
    ['our twins came 6 weeks early, should we judge their development by adjusted age?', 'en', 'parenting-motor-milestones', 'corrected age'],
    ['早产两个月的宝宝 几个月开始吃辅食比较合适', 'zh', 'parenting-starting-solids', '早产宝宝'],
    ['is it ok to start purees for my premature son at 5 months actual age?', 'en', 'parenting-starting-solids', 'premature'],
    ['外婆说冲点红糖水给宝宝喝能补铁 靠谱吗', 'zh', 'parenting-toddler-nutrition', '红糖水'],
    ['can I sweeten my toddler’s water with a bit of sugar so she drinks more?', 'en', 'parenting-toddler-nutrition', 'sugar water'],
    ['孩子快两岁了 每次剪指甲都哭着把手缩回去 有什么办法', 'zh', 'parenting-newborn-care', '指甲'],
    ['宝宝3岁 每天晚上要我陪着躺到他睡着 一起身他就醒', 'zh', 'parenting-sleep-routines', '一次次下床'],
    ['my 3 year old comes out of her room over and over after lights out', 'en', 'parenting-sleep-routines', 'getting out of bed'],
    ['宝宝两个月 睡着后胳膊会突然一弹 把自己弄醒 是抽搐吗', 'zh', 'parenting-newborn-care', '抽筋'],
    ['my 2 month old flings his arms out and startles awake as he drifts off, is that a seizure?', 'en', 'parenting-newborn-care', 'seizure'],
    ['孩子一放进安全座椅就哭 开车的时候能不能抱在腿上', 'zh', 'parenting-home-safety-choking', '坐车'],
    ['跟我们台湾那边的幼幼班差不多吗 多大可以送', 'zh', 'service-eligibility', '多大的孩子'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 20 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-motor-milestones',
      ['都按矫正月龄，一般用到2岁左右', '按出生日期算的实际月龄接种'],
      ['usually until about 2 years old', 'they go by actual age'],
    ],
    ['parenting-starting-solids', ['矫正月龄至少满3个月'], ['at least 3 months corrected age']],
    ['parenting-toddler-nutrition', ['红糖也补不了血', '2岁以内的孩子不需要'], ["Brown sugar doesn't build blood", 'children under 2']],
    [
      'parenting-newborn-care',
      ['惊跳反射（拥抱反射、莫罗反射）', '立即拨打120', '趁他睡熟了剪'],
      ['startle (Moro) reflex', 'Call 120 now', "while they're fast asleep"],
    ],
    ['parenting-home-safety-choking', ['孩子在安全座椅里哭，也不要抱出来坐'], ["still don't take them out to hold them"]],
    [
      'service-eligibility',
      ['送托场次（半日托、临时托）从满6个月收到3岁', '送托（半日托、临时托）收满6个月到3岁的孩子'],
      ['take children from 6 months up to 3 years', 'takes children from 6 months to 3 years'],
    ],
  ] as const)('%s', (id, zh, en) => {
    for (const s of zh) expect(doc('zh', id)).toContain(s);
    for (const s of en) expect(doc('en', id)).toContain(s);
  });
});
