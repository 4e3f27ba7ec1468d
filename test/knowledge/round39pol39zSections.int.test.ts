import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 39 (pol39z): question lines added to existing service sections, on the real documents —
 *  - a child a month past three asked whether they "still count" (found the free-care section, for "免费托");
 *  - a carer's own phone number or WeChat asked for (found what to tell the carers at drop-off);
 *  - a grandparent booking for the child, a 保母 dropping off, a Taiwan 托嬰中心 compared, weekday drop-off while at work,
 *    this week's snack menu, a child's name typed wrong (neighbouring sections before).
 * Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['女儿三岁零一个月了 还能去免费的周末托吗', 'zh', 'service-eligibility', '多大的孩子'],
  ['my daughter is 3 years and 1 month now, does she still count for the free care?', 'en', 'service-eligibility', 'how old'],
  ['能把带班老师的电话给我吗', 'zh', 'service-practical-questions', '老师叫什么名字'],
  ["could you give me the carer's phone number so I can ask her how he ate?", 'en', 'service-practical-questions', "carer's name"],
  ['我当奶奶的 可以替孙女预约吗', 'zh', 'service-faq', '爷爷奶奶或保姆'],
  ['和台湾的托婴中心是一回事吗', 'zh', 'service-overview', '普通托育机构'],
  ['服务点这礼拜的点心菜单是什么', 'zh', 'service-practical-questions', '管饭'],
  ['is there a weekly snack menu I can look at?', 'en', 'service-practical-questions', 'lunch'],
  ['约的时候宝宝名字打错了 可以改吗', 'zh', 'policy-privacy', '信息有误'],
];

describe('round 39 service questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
