import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 40 (pol40e): service questions as expat and code-switching parents ask them, on the real documents — arriving
 * late because of another class, a missed booking after an illness, moving to another district, group sizes, a
 * grandmother who speaks a dialect, a point's weekly menu, whether points are 正规, a cold without fever, an allergy
 * and own snacks, a repeat weekly booking, praise after a class, waiting nearby the first time.
 * Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  [
    "my older son has football until 9 so we'll be about half an hour late to drop-off, will they give our place away?",
    'en',
    'service-practical-questions',
    'arrive late',
  ],
  ['she had a fever in the night so we never went and I forgot to cancel, is that a no-show on our record?', 'en', 'service-no-show', 'several no-shows'],
  ['宝宝夜里发烧 那天没去也没取消 算不算爽约', 'zh', 'service-no-show', '预约未到'],
  ["we've just moved from Siming to Jimei, can we keep going to our old point?", 'en', 'service-eligibility', 'one district'],
  ['我们刚从湖里搬到集美 还能继续去湖里那个点吗', 'zh', 'service-eligibility', '另一个区'],
  ['how many kids are in one group at the point?', 'en', 'policy-ratios-standards', 'groups'],
  ['一个班会有多少个孩子 人会不会太多', 'zh', 'policy-ratios-standards', '每班多少孩子'],
  ['his grandpa only speaks Hokkien, will the carers understand him when he collects?', 'en', 'service-faq', 'languages'],
  ['外公只会说闽南话 去接孩子老师听得懂吗', 'zh', 'service-faq', '语言'],
  ['could you share the food menu the point serves this week?', 'en', 'service-practical-questions', 'lunch'],
  ['这些托育点正规吗 有资质没有', 'zh', 'service-overview', '监管'],
  ['流鼻涕 不发烧 这个周日还能送去吗', 'zh', 'policy-health-check', '在家休息'],
  ['牛奶蛋白过敏的孩子 零食能不能自己带', 'zh', 'service-practical-questions', '零食'],
  ['can I get the same Sunday morning slot every week for the next two months?', 'en', 'service-faq', 'every weekend'],
  ['能不能长期固定每周日上午约同一个时间', 'zh', 'service-faq', '每个周末'],
  ['the music class was lovely, how can I pass on some feedback to the teacher?', 'en', 'policy-contact-complaints', 'praise'],
  ["it's his first time, can I wait in a café nearby during the session?", 'en', 'service-faq', 'stay with my child'],
  ['第一次送孩子 我可以在附近等着吗', 'zh', 'service-faq', '陪同'],
];

describe('round 40 (pol40e) questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
