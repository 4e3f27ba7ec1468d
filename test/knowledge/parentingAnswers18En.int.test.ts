import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 18 (parenting answers, English and mixed): everyday questions from parents who write English as a second
 * language that met a neighbouring section or none — honey for a cough before 1, a mosquito coil burning in the
 * bedroom, a child never left before starting weekend care, a steroid cream from abroad for eczema. Worded apart from the tuning sets and from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 18 questions find the section that answers them', () => {
  it.each([
    ['my 10 month old is coughing, is a spoon of honey in warm water ok?', 'en', 'parenting-starting-solids', 'honey'],
    ['my mum lights a mosquito coil in the nursery every evening, is the smoke bad for the baby?', 'en', 'parenting-weather-travel', 'mosquitoes'],
    ['外婆天天晚上在宝宝房间点蚊香 烟有没有影响', 'zh', 'parenting-weather-travel', '防蚊'],
    ['we light 蚊香 in the baby room at night, is that ok?', 'en', 'parenting-weather-travel', 'mosquitoes'],
    ['he has never been away from me, how do I prepare him for his first time at the care point?', 'en', 'parenting-separation-anxiety', 'settle into'],
    ['the cream from the pharmacy back home has steroid in it, can I put it on my baby?', 'en', 'parenting-common-concerns', 'eczema'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 18 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    ['parenting-weather-travel', ['75—137支香烟', '不要在孩子睡觉或玩耍的密闭房间里点'], ['75–137 cigarettes', "don't burn coils in a closed room"]],
    ['parenting-common-concerns', ['激素药膏', '只有医生给孩子开了才用'], ['steroid cream', 'only when a doctor has prescribed it']],
    [
      'parenting-separation-anxiety',
      ['先在家练习短暂分开', '离开房间时说一声'],
      ['Practise short separations at home', 'When you leave the room, say briefly'],
    ],
    ['parenting-behaviour-social', ['让孩子坐在餐桌旁和大人一起吃'], ['sit them at the table and eat with them']],
  ] as const)('%s', (id, zh, en) => {
    for (const f of zh) expect(doc('zh', id)).toContain(f);
    for (const f of en) expect(doc('en', id)).toContain(f);
  });
});
