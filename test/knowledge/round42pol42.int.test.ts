import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 42 (pol42) knowledge changes on the real documents: a reminder's timing and content, a wrong date of birth, who
 * tells the family when a point closes, a father bringing the baby alone. Each question is worded apart from its probe
 * file (test/fixtures/eval-tuning/pol42.jsonl) and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 600_000);

const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // a reminder: when it comes and what it says
  ['约了以后你们会不会提醒我 一般什么时候发', 'zh', 'service-how-to-book', '收到什么'],
  ['what time does the reminder arrive and what is in it?', 'en', 'service-how-to-book', 'confirmation'],
  // a date of birth entered wrongly
  ['孩子的出生日期登记错了 要怎么改过来', 'zh', 'service-how-to-book', '登记'],
  ["I typed my son's date of birth wrong when I registered, can it be corrected?", 'en', 'service-how-to-book', 'register'],
  // a point closed: who tells the family
  ['服务点要是临时关门 会有人告诉我吗 还是我得自己盯着', 'zh', 'service-change-cancel', '取消了场次'],
  ['if the centre closes that day will someone let me know, or do I need to keep checking?', 'en', 'service-change-cancel', 'point cancels'],
  // a father bringing the baby alone
  ['我先生想一个人带女儿去 不用我陪可以吗', 'zh', 'service-faq', '陪同'],
  ['can my husband take our daughter by himself, or must mum be there?', 'en', 'service-faq', 'stay'],
];

describe('round 42 (pol42) questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
