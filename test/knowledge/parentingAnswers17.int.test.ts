import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 17 (parenting answers): everyday questions from outside writers that got "no reliable answer" or a
 * neighbouring section although the base held the answer — water for a young baby in the heat, layers and sweaty
 * backs, a breastfeeding mother told to cut foods for eczema, the first drop-off in tears, egg white before 1.
 * Worded apart from the tuning sets and from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 17 questions find the section that answers them', () => {
  it.each([
    ['两个多月的宝宝 天这么热 要不要另外喂点白开水', 'zh', 'parenting-breastfeeding', '要不要加水'],
    ['is it ok to give my 4 month old some water, it is really hot here', 'en', 'parenting-breastfeeding', 'need water'],
    ['老人总给孩子穿好几件 脖子后面湿湿的 到底穿多少合适', 'zh', 'parenting-weather-travel', '空调'],
    ['送托第一天女儿哭得很厉害 我在门外也跟着哭 以后还送吗', 'zh', 'parenting-separation-anxiety', '托育点'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 17 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-breastfeeding',
      ['水分来自按说明冲调的配方奶', '半杯到一杯', '米汤'],
      ['Formula-fed babies under 6 months get their fluid from formula', 'half a cup to a cup', 'Rice water'],
    ],
    ['parenting-weather-travel', ['不要扑爽身粉'], ["don't use talcum or baby powder"]],
    ['parenting-common-concerns', ['不需要因为宝宝湿疹盲目忌口'], ["doesn't need to cut seafood, eggs or milk"]],
    ['parenting-formula-feeding', ['至少要消毒到宝宝满12个月'], ['until your baby is at least 12 months old']],
    ['parenting-sleep-routines', ['身高约89厘米'], ['about 89 cm']],
    ['parenting-motor-milestones', ['约8—18个月会独立走路都在正常范围'], ['between about 8 and 18 months is normal']],
    ['parenting-parent-wellbeing', ['你不是一个人'], ['you are not alone']],
  ] as const)('%s', (id, zh, en) => {
    for (const f of zh) expect(doc('zh', id)).toContain(f);
    for (const f of en) expect(doc('en', id)).toContain(f);
  });
});
