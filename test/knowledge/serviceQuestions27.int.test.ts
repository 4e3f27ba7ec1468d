import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { understand } from '../../src/nlu/understand.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 27 (pol27): service questions parents ask before the first drop-off. The meal question was answered by the
 * safety section ("老師會不會餵孩子吃飯" met "老师会不会打孩子"); staying and crying went to the parenting page on
 * settling in; a neighbour collecting, two children of different ages, a 5-month-old and another district found no
 * section or a neighbour. Questions with booking words that ask a rule ("can she collect him", "can we still use the
 * free weekend care", "住海沧 能去思明的点吗") started a search.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 27 service questions find the section that answers them', () => {
  it.each([
    ['老師會不會餵孩子吃飯？', 'zh', 'service-practical-questions', '管饭'],
    ['老师会不会喂宝宝吃饭', 'zh', 'service-practical-questions', '管饭'],
    ['will the teachers feed him lunch there?', 'en', 'service-practical-questions', 'lunch'],
    ['孩子一直哭老师会打电话叫我吗', 'zh', 'service-faq', '一直哭'],
    ['will they call me if she keeps crying after I leave?', 'en', 'service-faq', 'cries non-stop'],
    ['第一次托 我可以在外面等嗎 還是要離開', 'zh', 'service-faq', '留下陪同'],
    ['小区楼下的邻居帮忙接可以吗', 'zh', 'service-faq', '保姆'],
    ['is there a bed for her nap?', 'en', 'service-practical-questions', 'nap'],
    ['a 2.5 year old and a 7 month old, can they go to the same session?', 'en', 'service-how-to-book', 'two children'],
    ['老二才5个月 可以约吗', 'zh', 'service-eligibility', '6个月以下'],
    ['我住海沧 可以去思明的点吗', 'zh', 'service-eligibility', '另一个区'],
  ] as const)('%s → %s', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });

  it('names a fever in the answer about illness during care', async () => {
    const [top] = await kb.search('如果孩子在那边发烧了 老师会怎么处理 会通知我吗', { lang: 'zh', k: 1 });
    expect(top?.docId).toBe('policy-health-check');
    expect(top?.content).toContain('发烧');
  });
});

describe('round 27 rule questions with booking words are questions', () => {
  const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
  it.each([
    'Our ayi usually does pickups on weekends. Can she collect him, and does she need anything?',
    "We're not Chinese citizens, just have residence permits. Can we still use the free weekend care?",
    'How far ahead does booking open? I want to plan next month',
    '那我住海沧 能去思明的点吗',
    '孩子一直哭 老师会打电话叫我吗',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('still searches when places are asked for beside the rule', () => {
    const u = understand('Can she collect him on Saturday? also any slots Sunday in Huli', ctx);
    expect(u.requests?.map((q) => q.intent)).toEqual(['knowledge', 'find_slots']);
  });

  it('asks staff when told "帮我问一下他们"', () => {
    expect(understand('那你帮我问一下他们', ctx).intent).toBe('human');
    expect(understand('让老师打电话给我', ctx).intent).toBe('human');
  });

  it('reads what a helper cannot speak as a fact, not a language request', () => {
    expect(parseLanguageRequest('平常都是菲佣带小孩 可以让她去接吗 她不会讲中文')).toBeUndefined();
    expect(parseLanguageRequest('我看不懂英文')).toBe('zh');
    expect(parseLanguageRequest('请说中文')).toBe('zh');
  });
});
