import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 38 (mix38): code-switched and colloquial parenting questions that found a neighbouring section or none — feeding
 * to sleep, how long teething hurts, whether night terrors harm the brain, rolling instead of crawling. Worded apart from
 * the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 38 parenting questions find the section that answers them', () => {
  it.each([
    ['每晚一定要含着奶才肯睡着 不吃就哭 怎样改', 'zh', 'parenting-sleep-routines', '抱着摇着'],
    ['宝宝 10 个月 每天晚上都要 nurse to sleep 不喂就不睡 怎么 break 这个 habit', 'zh', 'parenting-sleep-routines', '抱着摇着'],
    ['长牙的时候要难受多少天', 'zh', 'parenting-teething-oral-care', '出牙有哪些表现'],
    ['夜惊多了会伤到大脑吗', 'zh', 'parenting-sleep-routines', '夜惊'],
    ['baby 8 个月了 还不会 crawl 只会 roll 来 roll 去 正常吗', 'zh', 'parenting-motor-milestones', '会爬'],
    ['how many days does a tooth hurt when it is coming through', 'en', 'parenting-teething-oral-care', 'signs of teething'],
  ])('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang as 'zh' | 'en', docId, heading);
  });
});

describe('a Chinese message whose English words all read as Chinese ones', () => {
  it('does not fall back to the English documents on an English word alone ("那什么时候要 worry")', async () => {
    expect(await kb.search('那什么时候要 worry', { lang: 'zh', k: 3 })).toEqual([]);
  });
});
