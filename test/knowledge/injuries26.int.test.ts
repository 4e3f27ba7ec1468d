import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 26 (saf26): a dog or cat licking a child was answered by the bite section ("go to the rabies clinic today"),
 * though under China's 2023 rabies exposure guidance a lick on intact skin is category I (no vaccine) and a lick on
 * broken skin or the lips is category III (vaccine and immunoglobulin). Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 26 lick questions find the lick section', () => {
  it.each([
    ['家里的狗舔了孩子的脸 皮肤没有破 要去打狂犬疫苗吗', 'zh', 'parenting-first-aid', '舔'],
    ['鄰居的狗舔了寶寶的手一下 要打針嗎', 'zh', 'parenting-first-aid', '舔'],
    ["our dog licked the baby's face, do we need rabies shots", 'en', 'parenting-first-aid', 'licked'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});

describe('round 26 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('a lick on intact skin needs no vaccine; on broken skin or the lips it is category III', () => {
    expect(doc('zh', 'parenting-first-aid')).toMatch(/完好的皮肤被舔、只是摸了或喂了狗猫，属于I级暴露，不需要打狂犬病疫苗/);
    expect(doc('zh', 'parenting-first-aid')).toMatch(/属于III级暴露/);
    expect(doc('en', 'parenting-first-aid')).toMatch(/is a category I exposure and needs no rabies vaccine/);
    expect(doc('en', 'parenting-first-aid')).toMatch(/is a category III exposure/);
  });
});
