import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 34 (par34m): voice-typed, code-switched and English parenting questions that found a neighbouring section or
 * none — car sickness, mouthing everything, a dad bathing his daughter, biting while breastfeeding, a bedtime drifting
 * later, an early-intervention referral, leave and maternity allowance (who answers), public kindergarten enrolment.
 * Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 34 parenting questions find the section that answers them', () => {
  it.each([
    ['我儿子两岁多 每次开车出去半小时就吐一身 坐车有什么办法', 'zh', 'parenting-weather-travel', '晕车'],
    ['九个月了 地上捡到什么都往嘴巴里放 是不是缺锌', 'zh', 'parenting-home-safety-choking', '往嘴里塞'],
    ['女儿快三岁了 她爸爸给她洗澡合适吗', 'zh', 'parenting-behaviour-social', '洗澡'],
    ['宝宝出牙以后吃奶老咬我 疼死了 要不要断奶', 'zh', 'parenting-breastfeeding', '咬乳头'],
    ['我家老二最近都要快十二点才睡着 怎么让她早点睡', 'zh', 'parenting-sleep-routines', '越睡越晚'],
    ['医生开了转诊单让去做发育评估 我们想再观察半年可以吗', 'zh', 'parenting-development-early-learning', '早期干预'],
    ['单位只给98天产假 合法吗', 'zh', 'parenting-family-life', '产假'],
    ['孩子明年满三岁 公办幼儿园什么时候报名', 'zh', 'parenting-choosing-care', '幼儿园怎么报名'],
    ['he vomits every time we go on a long drive, any tips for a car sick 2 year old?', 'en', 'parenting-weather-travel', 'car sick'],
    ['at 9 months everything goes into her mouth, even shoes, is that ok?', 'en', 'parenting-home-safety-choking', 'mouth'],
    ['she has two teeth now and keeps biting me when she nurses', 'en', 'parenting-breastfeeding', 'bites'],
    [
      'we got a referral for early intervention for our 20 month old, should we wait and see?',
      'en',
      'parenting-development-early-learning',
      'early intervention',
    ],
  ])('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang as 'zh' | 'en', docId, heading);
  });
});
