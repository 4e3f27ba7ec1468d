import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 26 (pol26): service questions parents ask with booking words in them that were answered by a neighbour
 * (a trial class asked about → half-day vs temporary care, potty training for drop-off → when to start potty training,
 * who runs the points → who provides the premises) or not at all (the age cutoff told as "2 years 11 months").
 * Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 26 service questions find the section that answers them', () => {
  it.each([
    ['体验课和半日托到底哪个适合我 我想周六出去办点事', 'zh', 'service-kinds', '体验课和半日托'],
    ['is the one hour class something I can leave her at, or is that the half day thing?', 'en', 'service-kinds', 'trial class and half-day'],
    ['周六早上的场次怎么一放出来就没了 下午倒是空的', 'zh', 'service-practical-questions', '上午总是约满'],
    ['why do saturday morning sessions always book up so fast?', 'en', 'service-practical-questions', 'mornings always full'],
    ['孩子还用纸尿裤 送托的话需要先戒掉吗', 'zh', 'service-what-to-bring', '上厕所'],
    ['she is nearly three, the cutoff is exactly her birthday right?', 'en', 'service-eligibility', 'how old'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});

describe('round 26 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('a trial class is an hour with a parent; half-day care is drop-off of about 3 hours', () => {
    expect(doc('zh', 'service-kinds')).toMatch(/体验课是家长陪着上的1小时课，半日托是把孩子交给保育人员、家长可以离开的约3小时送托/);
    expect(doc('en', 'service-kinds')).toMatch(/A trial class is a 1-hour class you stay for with your child; half-day care is about 3 hours of drop-off care/);
  });
  it('the free care never requires buying classes or a card', () => {
    expect(doc('zh', 'service-faq')).toMatch(/也不用买课、办卡或充值才能继续预约/);
    expect(doc('en', 'service-faq')).toMatch(/you never have to buy classes, take a membership card or top up an account to keep booking/);
  });
  it('children in nappies can come to drop-off care', () => {
    expect(doc('zh', 'service-what-to-bring')).toMatch(/不需要：还穿纸尿裤、不会自己上厕所的孩子都可以送托/);
    expect(doc('en', 'service-what-to-bring')).toMatch(/No: children in nappies are welcome at drop-off care/);
  });
});
