import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 23 (fix23e): coffee or tea for a baby, milia and baby acne, and a baby standing in the cot had no home section;
 * worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 23 questions find the section that answers them', () => {
  it.each([
    ['nonna gives my 11 month old a little caffelatte every morning, is coffee bad for him?', 'en', 'parenting-toddler-nutrition', 'coffee'],
    ['孩子一岁多了 可以给他喝点茶吗', 'zh', 'parenting-toddler-nutrition', '咖啡'],
    ['white pinpoint dots all over my 2 week old nose, should I pop them', 'en', 'parenting-newborn-care', 'milia'],
    ['宝宝两个月脸上长了好多红痘痘 要涂什么吗', 'zh', 'parenting-newborn-care', '痤疮'],
    ['he pulls up on the crib rails every night and then cries because he cannot sit back down', 'en', 'parenting-sleep-routines', 'stand'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

describe('round 23 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('no coffee or tea under 5, cited', () => {
    expect(doc('en', 'parenting-toddler-nutrition')).toMatch(/No coffee or tea for babies and young children/);
    expect(doc('zh', 'parenting-toddler-nutrition')).toMatch(/婴幼儿不要喝咖啡和茶/);
  });
  it('milia and baby acne clear on their own; no squeezing', () => {
    expect(doc('en', 'parenting-newborn-care')).toMatch(/Don't squeeze, pick or scrub/);
    expect(doc('zh', 'parenting-newborn-care')).toMatch(/不要挤、不要挑/);
  });
});
