import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 32 (lead): sweets and sugar for toddlers had no section — "两岁吃糖到底有什么影响" found only grandparents' rules and
 * tantrum sections that mention sweets in passing. Worded apart from the section's question lines. (A lollipop given to
 * soothe — "奶奶总拿棒棒糖哄孙子" — finds the tantrum section's "no sweets to stop the crying" first, which answers that too.)
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('sweets for toddlers (round 32)', () => {
  it.each([
    ['两岁的孩子吃糖果对身体有什么不好', 'zh'],
    ['how much candy is ok for a two year old', 'en'],
  ] as const)('%s → the sweets section', async (q, lang) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe('parenting-toddler-nutrition');
    expect(top?.headingPath).toMatch(/吃糖|sweets/);
  });

  it('says the same in zh and en: no added sugar before 2, the teeth, hard sweets before 4', () => {
    const doc = (lang: string) => readFileSync(`knowledge/${lang}/parenting-toddler-nutrition.md`, 'utf8');
    for (const f of ['2岁以内不给加了糖的食物和饮料', '吃糖的次数比吃了多少更伤牙', '4岁以前不要给']) expect(doc('zh')).toContain(f);
    for (const f of ['No foods or drinks with added sugar before 2', 'how often sugar is eaten matters more', 'before 4']) expect(doc('en')).toContain(f);
  });
});
