import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 12b: a parent worried that a baby feeding themselves will choke is answered from the
 * first-aid document's self-feeding section (gagging vs choking, safe pieces, upright and watched),
 * not the emergency section. Messages worded apart from the question lines and the tuning set.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('choking worries while learning to eat', () => {
  it.each([
    ['宝宝十个月 自己拿着吃软的香蕉块 会不会噎到', 'zh', '自己抓着吃'],
    ['让宝宝自己抓着吃手指食物 怕卡喉咙怎么办', 'zh', '自己抓着吃'],
    ['worried my 8 month old will choke if she feeds herself finger foods', 'en', 'feed herself'],
  ] as const)('%s', async (q, lang, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe('parenting-first-aid');
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });

  it('the facts stand in zh and en', () => {
    const zh = readFileSync('knowledge/zh/parenting-first-aid.md', 'utf8');
    const en = readFileSync('knowledge/en/parenting-first-aid.md', 'utf8');
    for (const s of ['干呕很常见', '一捏就扁', '纵向切成四瓣', '全程看着']) expect(zh).toContain(s);
    for (const s of ['gagging is common', 'squash between your thumb and finger', 'quarter them lengthways', 'always watch']) expect(en).toContain(s);
  });
});
