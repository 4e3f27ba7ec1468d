import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 16 (content): common 0–3 topics the base did not hold — newborn care, Xiamen weather and travel, cords and
 * tip-overs, pets, skills at 2–3, W-sitting, grazes with grit, bronchiolitis, time-out, toddlers touching their
 * genitals. Before, these questions got no answer or a neighbouring section (a jaundice question got a booking rule).
 * Worded apart from the tuning sets and, when written, from the documents' question lines; two (皮肤发黄 on day three,
 * 五斗柜) found nothing at first, and those everyday wordings were then added to the sections' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('topics added in round 16', () => {
  it.each([
    ['脐带残端一直不掉 平时怎么弄', 'zh', 'parenting-newborn-care', '脐带'],
    ['宝宝生下来第三天皮肤发黄 要不要紧', 'zh', 'parenting-newborn-care', '黄疸'],
    ['what is the white stuff on my baby tongue that does not come off', 'en', 'parenting-newborn-care', 'thrush'],
    ['宝宝后脑勺软软的地方一直没合上 两岁前会合吗', 'zh', 'parenting-newborn-care', '囟门'],
    ['台风天要给婴儿备哪些东西', 'zh', 'parenting-weather-travel', '台风'],
    // ("baby ears hurt on airplane what helps": a near-tie with ear pain since round 49; the answer is checked in round49lead.int.test.ts.)
    ['婴儿房冷气调几度比较好', 'zh', 'parenting-weather-travel', '空调'],
    ['blind cord dangling next to the crib', 'en', 'parenting-home-safety-choking', 'cord'],
    ['怎么把五斗柜固定在墙上 防止砸到小孩', 'zh', 'parenting-home-safety-choking', '柜子'],
    ['三岁能不能一脚一个台阶上楼', 'zh', 'parenting-motor-milestones', '楼梯'],
    ['grit stuck in my son’s grazed elbow how to clean', 'en', 'parenting-first-aid', 'graze'],
    ['婴儿合胞病毒 喘得厉害 什么时候去医院', 'zh', 'parenting-fever-illness', '毛细支气管炎'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 16 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-newborn-care',
      ['出生24小时内就出现黄疸', '不要强行把包皮往后翻', '6个月还没有降下来', '12—18个月闭合', '不要靠晒太阳退黄'],
      ['Jaundice in the first 24 hours', "Don't pull the foreskin back", "hasn't come down by 6 months", 'between 12 and 18 months', "don't use sunlight"],
    ],
    [
      'parenting-weather-travel',
      ['不要在室内用发电机', '清除积水', '不要自己给孩子吃布洛芬、阿司匹林', '下降'],
      ['Never run a generator', 'empty standing water', "don't give ibuprofen or aspirin", 'during the descent'],
    ],
    ['parenting-home-safety-choking', ['至少1米', '防倾倒带', '单独待在一起'], ['at least 1 metre', 'anti-tip straps', 'never leave it alone']],
    ['parenting-first-aid', ['流动的清水', '不要用酒精、双氧水反复擦'], ['running tap water', "don't keep scrubbing with alcohol"]],
    ['parenting-fever-illness', ['12小时没有尿', '呼吸暂停'], ['no wee for 12 hours', 'pauses in breathing']],
    ['parenting-behaviour-social', ['每岁1分钟', '关进黑屋'], ['1 minute per year of age', 'dark room']],
  ] as const)('%s', (id, zh, en) => {
    for (const f of zh) expect(doc('zh', id)).toContain(f);
    for (const f of en) expect(doc('en', id)).toContain(f);
  });
});
