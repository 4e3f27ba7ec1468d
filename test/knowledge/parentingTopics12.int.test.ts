import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 12 parenting topics the documents did not answer before (parenting12): night terrors and
 * sleep after a trip, bow legs and first shoes, flat heads and shaping pillows, lactose intolerance
 * vs cow's milk allergy, clinginess after starting childcare. The messages below are worded apart
 * from the documents' question lines and from the tuning set.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('parenting topics added in round 12', () => {
  it.each([
    ['两岁宝宝半夜大哭 叫不醒', 'zh', 'parenting-sleep-routines', '夜惊'],
    ['my toddler screams at night and does not know me, should I wake him', 'en', 'parenting-sleep-routines', 'night terror'],
    ['放假出去玩了一周 孩子作息乱了 怎么调', 'zh', 'parenting-sleep-routines', '出门旅行'],
    ['宝宝后脑勺有点扁 要紧吗', 'zh', 'parenting-safe-sleep', '扁'],
    ['my 3 month old has a flat spot on the back of his head, do we need a helmet', 'en', 'parenting-safe-sleep', 'flat'],
    ['O型腿要不要去医院看', 'zh', 'parenting-motor-milestones', 'O型腿'],
    ['should my 1 year old wear shoes at home', 'en', 'parenting-motor-milestones', 'shoes'],
    ['孩子上托育一周了 回家总要抱 晚上也老醒', 'zh', 'parenting-separation-anxiety', '黏人'],
    ['乳糖不耐受和牛奶过敏是一回事吗', 'zh', 'parenting-starting-solids', '乳糖不耐受'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 12 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    ['parenting-sleep-routines', ['不要去叫醒', '15分钟', '120'], ["don't try to wake", '15 minutes', '120']],
    ['parenting-motor-milestones', ['约3岁', '绑腿', '光脚'], ['by about 3', 'Binding', 'barefoot']],
    ['parenting-safe-sleep', ['不要用定型枕', '轮流'], ["Don't use a head-shaping", 'Alternate']],
    ['parenting-starting-solids', ['免疫系统', '乳糖', '先问医生'], ['immune system', 'lactose', 'Ask a doctor']],
    ['parenting-separation-anxiety', ['黏人', '两三周'], ['clingier', 'two or three weeks']],
  ] as const)('%s', (id, zh, en) => {
    for (const s of zh) expect(doc('zh', id)).toContain(s);
    for (const s of en) expect(doc('en', id)).toContain(s);
  });
});
