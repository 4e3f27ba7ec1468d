import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 27 (saf27): questions with no incident to triage find the new first-aid content — winter heating (carbon
 * monoxide, electric blankets, hot-water bottles), a groin bulge (inguinal hernia, in the urgent-signs section) and
 * cigarettes or e-cigarette liquid. Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 27 questions find the new sections', () => {
  it.each([
    ['燃气热水器装在浴室里 洗澡时关着窗会不会一氧化碳中毒 有什么症状', 'zh', 'parenting-first-aid', '冬天取暖'],
    ['is a hot water bottle in the cot ok for a 1 year old in winter', 'en', 'parenting-first-aid', 'Keeping warm in winter'],
    ['baby 的腹股沟这里鼓起来一个包 哭的时候更明显 不哭就小了 三个月', 'zh', 'parenting-first-aid', '睾丸'],
    ["there's a bulge in my baby's groin that gets bigger when he cries", 'en', 'parenting-first-aid', 'testicle'],
    ['家里电子烟的烟油要怎么放才安全 孩子舔了会怎样', 'zh', 'parenting-first-aid', '烟头'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});
