import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 40, pol40z: service questions in Chinese on the real documents — feedback and suggestions after using the
 * service (a new section), a cold medicine handed to the carer, whether the carer phones when a child cannot be settled,
 * a temperature a little high in the morning, a parent waiting near the point the first time, why places go so fast.
 * Worded apart from the probe file (test/fixtures/eval-tuning/pol40z.jsonl) and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['这次托育结束了 想给你们提几点建议 去哪里说', 'zh', 'policy-contact-complaints', '意见或建议'],
  ['用過以後有一些意見 要在哪裡回饋', 'zh', 'policy-contact-complaints', '意见或建议'],
  ['after the session, where can I send some suggestions?', 'en', 'policy-contact-complaints', 'feedback or suggestions'],
  ['宝宝在吃感冒药 能把药交给老师中午帮着喂吗', 'zh', 'service-what-to-bring', '喂药'],
  ['could the carer give my son his cough medicine at noon?', 'en', 'service-what-to-bring', 'medicine'],
  ['送托以后宝宝哭个不停 老师会不会打电话通知我', 'zh', 'service-faq', '联系家长'],
  ['早上在家量了体温比平时高一点 还能送吗', 'zh', 'policy-health-check', '37.3'],
  ['头一次送托心里不踏实 可以在附近等她吗', 'zh', 'service-faq', '留下陪同'],
  ['为什么名额每次一放出来就被约光了', 'zh', 'service-practical-questions', '约满'],
];

describe('round 40 (pol40z) questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
