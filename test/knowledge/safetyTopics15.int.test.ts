import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 15 (safety15): everyday health questions the documents did not answer — a second dose when the fever has not
 * come down, ibuprofen with chickenpox, a baby's blocked nose, a tick in the skin, anti-diarrhoea medicine. Worded apart
 * from the documents' question lines and from the tuning set.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('safety topics added in round 15', () => {
  it.each([
    ['退烧药吃下去40分钟了 体温一点没降 可以马上再给一次吗', 'zh', 'parenting-fever-illness', '再喂一次'],
    ['can I give paracetamol and ibuprofen together for a high fever', 'en', 'parenting-fever-illness', 'another dose'],
    ['宝宝长水痘了 发烧能吃美林吗', 'zh', 'parenting-fever-illness', '水痘'],
    ['is nurofen ok with chicken pox', 'en', 'parenting-fever-illness', 'chickenpox'],
    // (Since round 25 a newborn's blocked nose has its own section in the newborn-care document.)
    ['满月宝宝鼻子不通气 呼噜呼噜的', 'zh', 'parenting-newborn-care', '鼻子'],
    ['头皮上发现一只蜱虫 叮着不掉', 'zh', 'parenting-first-aid', '蜱虫'],
    ['how to remove a tick from a toddler', 'en', 'parenting-first-aid', 'tick'],
    ['孩子拉肚子 可以给他吃止泻药吗', 'zh', 'parenting-common-concerns', '拉肚子'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 15 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-fever-illness',
      ['30—60分钟', '不要同时给两种退烧药', '不要自己给孩子吃布洛芬', '生理盐水'],
      ['30–60 minutes', "Don't give two fever medicines", "don't give ibuprofen", 'Saline'],
    ],
    ['parenting-first-aid', ['镊子', '不要用烟头', '水宝宝'], ['tweezers', "Don't squeeze its body", 'Water beads']],
    ['parenting-common-concerns', ['不要自己给孩子吃止泻药'], ["don't give anti-diarrhoea medicine"]],
    ['parenting-home-safety-choking', ['把推车整个盖住', '哪怕只有几分钟'], ["Don't drape a blanket", 'not even for a few minutes']],
  ] as const)('%s', (id, zh, en) => {
    for (const f of zh) expect(doc('zh', id)).toContain(f);
    for (const f of en) expect(doc('en', id)).toContain(f);
  });
});
