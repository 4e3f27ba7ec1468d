import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 25 (cov25b): everyday behaviour and development questions that had no home section — habits (nail-biting,
 * hair-pulling, head-banging), fears (the dark, dogs, loud noises) and moving house, praise, whining and smacking,
 * family rules, early English, colours and counting, flashcards, where in Xiamen to get development checked, and how
 * to choose a daycare. Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 25 behaviour and development questions find the section that answers them', () => {
  it.each([
    ['我家老二三岁 天天咬指甲 咬得都出血了', 'zh', 'parenting-behaviour-habits', '咬指甲'],
    ['toddler yanking her own hair out at nap time', 'en', 'parenting-behaviour-habits', 'hair'],
    ['两岁宝宝晚上怕黑 不让关灯', 'zh', 'parenting-behaviour-fears', '怕黑'],
    ['she freaks out at the hand dryer and the blender', 'en', 'parenting-behaviour-fears', 'noises'],
    ['孩子哼哼唧唧的 好好说话不行吗', 'zh', 'parenting-behaviour-guidance', '哼'],
    ['is a little smack on the hand ok when he runs off', 'en', 'parenting-behaviour-guidance', 'smack'],
    ['孩子上英语早教班会不会影响中文', 'zh', 'parenting-development-early-learning', '英语'],
    ['three year old cannot name any colours yet', 'en', 'parenting-development-early-learning', 'colours'],
    ['厦门哪家医院可以给孩子做发育评估', 'zh', 'parenting-development-early-learning', '厦门'],
    ['what to check when visiting a daycare centre', 'en', 'parenting-choosing-care', 'choose a good daycare'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
  it('thumb-sucking stays with the teeth document, not nail-biting', async () => {
    const [top] = await kb.search('女儿两岁了一直吸手指 睡觉也吸', { lang: 'zh', k: 3 });
    expect(top?.docId).toBe('parenting-teething-oral-care');
  });
});

describe('round 25 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('CDC milestones for colours and counting', () => {
    expect(doc('en', 'parenting-development-early-learning')).toMatch(/30 months \(2½\)\*\*: know at least one colour/);
    expect(doc('zh', 'parenting-development-early-learning')).toMatch(/30个月（2岁半）\*\*：能认出至少一种颜色/);
  });
  it('no smacking, cited to WHO and AAP', () => {
    expect(doc('en', 'parenting-behaviour-guidance')).toMatch(/advise against physical punishment/);
    expect(doc('zh', 'parenting-behaviour-guidance')).toMatch(/都建议不要体罚/);
  });
  it('every new document has the same sections in both languages', () => {
    for (const id of [
      'parenting-behaviour-habits',
      'parenting-behaviour-fears',
      'parenting-behaviour-guidance',
      'parenting-development-early-learning',
      'parenting-choosing-care',
    ]) {
      const count = (lang: string) => doc(lang, id).match(/^## /gm)?.length;
      expect(count('zh')).toBe(count('en'));
    }
  });
});
