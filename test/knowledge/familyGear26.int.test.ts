import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 26 (cov26b): family life (a day at each age, handing over to a grandparent or ayi, a new baby, parents who
 * argue or parent differently, dads, pets) and gear and outings (rear-facing seats and laps in taxis, e-bikes,
 * carriers and hips, prams, escalators, disinfecting) had no section of their own and were answered by a neighbour
 * (first solids for a 9-month-old's day, teething for parents arguing) or not at all. Worded apart from the
 * documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 26 family-life and gear questions find the section that answers them', () => {
  it.each([
    ['九个月大的宝宝 白天要睡几次 一天喂几顿辅食', 'zh', 'parenting-family-life', '9个月'],
    ['产假结束了 宝宝要交给外婆带 怎么慢慢过渡', 'zh', 'parenting-family-life', '回去上班'],
    ['how do I get my toddler ready for a baby brother', 'en', 'parenting-family-life', 'second baby'],
    ['我和孩子爸爸老是吵架 宝宝都看到了', 'zh', 'parenting-family-life', '吵架'],
    ['my 15 month old is still rear facing and her feet hit the back seat, should we switch to forward facing', 'en', 'parenting-gear-outings', 'rear-facing'],
    ['騎電動車載小孩 要戴安全帽嗎', 'zh', 'parenting-gear-outings', '电动车'],
    ['will a baby carrier give my son hip dysplasia', 'en', 'parenting-gear-outings', 'hip'],
    ['推车能不能推上商场的自动扶梯', 'zh', 'parenting-gear-outings', '商场'],
    ['两岁孩子几岁可以用枕头', 'zh', 'parenting-sleep-routines', '枕头'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});

describe('round 26 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('rear-facing until the seat limit; never a child on a lap', () => {
    expect(doc('en', 'parenting-gear-outings')).toMatch(/Never hold a child on your lap in any car, taxi or ride-hail/);
    expect(doc('zh', 'parenting-gear-outings')).toMatch(/坐车（包括出租车、网约车）绝对不能抱着孩子/);
  });
  it('no e-bike for babies under 12 months', () => {
    expect(doc('en', 'parenting-gear-outings')).toMatch(/Babies under 12 months.*should not ride an e-bike/);
    expect(doc('zh', 'parenting-gear-outings')).toMatch(/1岁以内.*不要坐电动车/);
  });
  it('sunscreen from 6 months, reapplied every 2 hours', () => {
    expect(doc('en', 'parenting-weather-travel')).toMatch(/reapply every 2 hours/);
    expect(doc('zh', 'parenting-weather-travel')).toMatch(/每2小时补一次/);
  });
});
