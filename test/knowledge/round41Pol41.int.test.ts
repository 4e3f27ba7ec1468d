import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 41 pol41's knowledge changes on the real documents (probe file test/fixtures/eval-tuning/pol41.jsonl). Each
 * question is worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // a session the point cancels because a carer is ill, and who tells the family
  ['老师生病了 课会不会取消 谁通知我', 'zh', 'service-faq', '台风'],
  ['if the carer is ill, is the session cancelled and who tells me?', 'en', 'service-faq', 'cancelled'],
  // the nearest point without sending a location
  ['不发定位的话 怎么查我家附近的点', 'zh', 'service-faq', '离我最近'],
  ["I don't want to send my location, can I still find a point near me?", 'en', 'service-faq', 'nearest'],
  // who stays with the child in a 1-hour class
  ['一小时的体验课 家长要在教室里陪着还是在外面等', 'zh', 'service-faq', '陪同'],
  // strangers at the point
  ['服务点会不会有外人随便进来 把孩子抱走', 'zh', 'policy-pickup-safety', '安全'],
];

describe('round 41 pol41 questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
