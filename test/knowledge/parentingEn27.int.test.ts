import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { stemWord } from '../../src/knowledge/extractTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 27 (par27b): English and mixed English/Chinese parenting questions. "How much water should a 1 year old drink
 * per day" was answered with the milk amounts (the only section giving amounts for 1–3-year-olds was the milk one; the
 * water section said "no set amount"); water now has its own section with amounts by age, and milk questions must keep
 * the milk section. Finger foods, porridge for sleep and screens at meals had no section of their own. Questions are
 * worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 27 English and mixed parenting questions find the section that answers them', () => {
  it.each([
    ['how many ml of water per day for my one year old', 'en', 'parenting-toddler-nutrition', 'how much water'],
    ['my 20 month old hardly drinks any water, how much should she have daily', 'en', 'parenting-toddler-nutrition', 'how much water'],
    ['how much milk per day for a 1 year old', 'en', 'parenting-toddler-nutrition', 'how much milk'],
    ['一岁半的孩子每天喝多少毫升白开水', 'zh', 'parenting-toddler-nutrition', '喝多少水'],
    ['ideas for finger food for my 9 month old, how do I cut grapes', 'en', 'parenting-starting-solids', 'finger foods'],
    [
      'my helper says a bowl of rice porridge at bedtime will make my 5 month old sleep through, is she right',
      'en',
      'parenting-starting-solids',
      'sleep through',
    ],
    ['is it ok to let my toddler watch cartoons on the ipad during dinner', 'en', 'parenting-screen-time', 'while eating'],
    ['孩子吃饭一定要看动画片 不然不吃', 'zh', 'parenting-screen-time', '吃饭'],
    ['our baby sleeps in the big bed between me and my husband, is that dangerous', 'en', 'parenting-safe-sleep', 'our bed'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});

describe('English words parents use are read as the documents say them', () => {
  it('reads teething-gel brands and lugaw as gel and porridge', () => {
    expect(stemWord('bonjela')).toBe(stemWord('gel'));
    expect(stemWord('orajel')).toBe(stemWord('gel'));
    expect(stemWord('lugaw')).toBe(stemWord('porridge'));
  });

  it('reads spank and assessed inside a Chinese message', () => {
    expect(readCodeSwitched('那要不要打 my dad says spank him')).toContain('打屁股');
    expect(readCodeSwitched('要去哪里查 where to get him assessed?')).toContain('评估');
  });
});

describe('a heading about another drink is a neighbour', () => {
  it('reads which drink a question or heading names', async () => {
    const { drinksNamed, aboutAnotherDrink } = await import('../../src/knowledge/drinkSubject.ts');
    expect([...drinksNamed('how much water should a 1 year old drink per day')]).toEqual(['water']);
    expect([...drinksNamed('一岁半的孩子每天喝多少毫升白开水')]).toEqual(['water']);
    // Grandma, sugar water and drool are no drink of the three.
    expect(drinksNamed('奶奶说要喝红糖水').size).toBe(0);
    expect(drinksNamed('宝宝流口水 长水痘了').size).toBe(0);
    expect(aboutAnotherDrink('How much milk should a 1–3-year-old drink a day?', 'how much water should a 1 year old drink per day')).toBe(true);
    expect(aboutAnotherDrink('How much milk should a 1–3-year-old drink a day?', 'how much milk and water for a toddler')).toBe(false);
    expect(aboutAnotherDrink('How much milk should a 1–3-year-old drink a day?', 'how much should a toddler eat')).toBe(false);
  });
});
