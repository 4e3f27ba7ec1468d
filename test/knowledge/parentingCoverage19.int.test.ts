import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 19 (everyday parenting coverage): questions that had no home section — how much milk at 7–12 months and
 * how many solid meals, whether to let a baby cry it out (哭声免疫, sleep training) — and everyday wordings that met a
 * neighbouring section: a small appetite, stickers for the potty, tears on the first drop-off, pumping at work.
 * Worded apart from the tuning probe (cov19a.jsonl) and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 19 questions find the section that answers them', () => {
  it.each([
    ['九个多月的宝宝每天奶要喝到多少毫升才算够', 'zh', 'parenting-toddler-nutrition', '7—12个月'],
    ['my 10 month old takes about 500 ml of formula a day, is that enough?', 'en', 'parenting-toddler-nutrition', '7–12-month-old'],
    ['七个月的宝宝辅食每天喂几顿合适', 'zh', 'parenting-starting-solids', '第一口辅食'],
    ['婆婆说哭声免疫会让孩子没有安全感 到底能不能用', 'zh', 'parenting-sleep-routines', '哭声免疫'],
    ['is controlled crying ok for a 7 month old who wakes every night?', 'en', 'parenting-sleep-routines', 'cry it out'],
    ['孩子饭量很小 一顿就吃两三口 正常吗', 'zh', 'parenting-behaviour-social', '挑食'],
    ['is a sticker chart a good way to get him using the potty', 'en', 'parenting-toilet-learning', 'toilet-train'],
    ['第一天送去托育点 她扒着门哭着喊妈妈 怎么办', 'zh', 'parenting-separation-anxiety', '托育点'], // (goodbyes or tears: either answers)
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 19 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-toddler-nutrition',
      ['约600—800毫升', '每天一般不少于约600毫升', '约960毫升'],
      ['about 600–800 ml', 'at least about 600 ml a day', 'about 960 ml'],
    ],
    [
      'parenting-sleep-routines',
      ['6个月以前不做睡眠训练', '逐步撤离', '坚持1—2周'],
      ["Don't sleep-train before 6 months", 'Gradual retreat', 'consistent for 1–2 weeks'],
    ],
    ['parenting-toilet-learning', ['不要用糖果零食做奖励'], ["don't use sweets as rewards"]],
    ['parenting-motor-milestones', ['约5–13个月学会手膝爬行'], ['crawl on hands and knees at about 5–13 months']],
  ] as const)('%s', (id, zh, en) => {
    for (const s of zh) expect(doc('zh', id)).toContain(s);
    for (const s of en) expect(doc('en', id)).toContain(s);
  });
});
