import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeringSection, contextAnswersAsWell, type Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { coverage, holds, keyWords, searchable } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { readSection } from '../helpers/knowledgeSection.ts';

/**
 * Round 12 (answers12): the section holding the fact is often retrieval's own first hit, and the answer's
 * re-ranking moved away from it to a section whose listed question shares the message's opening words.
 */
function passage(doc: string, heading: string, questionMatch: number): Passage {
  const { text, questions } = readSection('zh', doc, heading);
  return {
    docId: doc,
    title: doc,
    heading: `${doc} > ${heading}`,
    source: join('knowledge', 'zh', `${doc}.md`),
    language: 'zh',
    text,
    questions,
    questionMatch,
  };
}

describe('a four-character compound is held by a text holding both its halves', () => {
  it('"暂停预约" is held by "暂停只限制新的预约", not by a text with one half', () => {
    expect(holds(searchable('暂停只限制新的预约：暂停前已经约好的场次仍然有效'), '暂停预约')).toBe(true);
    expect(holds(searchable('怎样在本助手里预约'), '暂停预约')).toBe(false);
    expect(coverage(['暂停预约'], searchable('暂停只限制新的预约'))).toBe(1);
  });
  it('only four Chinese characters split so: a two-character word is held only as written', () => {
    expect(holds(searchable('暂 停'), '暂停')).toBe(false);
  });
});

describe("retrieval's first section stays when the other covers the question no better", () => {
  const question = '我们被暂停预约了 好烦 那之前已经约好的这周六那场还能去吗';
  it('keeps what happens to bookings made before a pause over how to appeal one', () => {
    expect(keyWords(question)).toContain('暂停预约');
    const pause = passage('service-no-show', '暂停期间已有的预约怎么办？', 0.46);
    const appeal = passage('service-no-show', '觉得记录有误，怎么申诉？', 0.58);
    expect(answeringSection(question, [pause, appeal])?.heading).toMatch(/暂停期间已有的预约/);
  });
  it('follows retrieval the other way round too: its first section is the answer, whichever it is', () => {
    const pause = passage('service-no-show', '暂停期间已有的预约怎么办？', 0.46);
    const appeal = passage('service-no-show', '觉得记录有误，怎么申诉？', 0.58);
    expect(answeringSection(question, [appeal, pause])?.heading).toMatch(/申诉/);
  });
});

describe('a follow-up whose own words find no close section, in the document the question before is answered from', () => {
  const before = '我兒子確診花生過敏 下禮拜第一次送托';
  const followUp = '那我要跟老師交代哪些事情';
  const context = `${before}\n${followUp}`;
  it('is answered from the section the question before finds, when that covers its words as well', () => {
    const own = [passage('service-what-to-bring', '送托时要交代什么？', 0.38)];
    const withContext = [passage('service-what-to-bring', '孩子有过敏（鸡蛋、牛奶、花生、药物等），送托时要告诉谁？', 0.33)];
    expect(contextAnswersAsWell(followUp, own, withContext, context)).toBe(true);
  });
  it('keeps its own section when its words find one listing a close question', () => {
    const own = [passage('service-what-to-bring', '送托时要交代什么？', 0.6)];
    const withContext = [passage('service-what-to-bring', '孩子有过敏（鸡蛋、牛奶、花生、药物等），送托时要告诉谁？', 0.33)];
    expect(contextAnswersAsWell(followUp, own, withContext, context)).toBe(false);
  });
  it('keeps its own section when that is as much about the question before ("外國籍的小孩 要帶什麼證件" after what to prepare)', () => {
    const before2 = '第一次預約要準備哪些資料？需要身分證嗎';
    const follow2 = '那我們家是外國籍的小孩 要帶什麼證件';
    const own = [passage('service-eligibility', '需要是本地居民或交社保吗？外籍家庭可以吗？', 0.36)];
    const withContext = [passage('service-eligibility', '预约需要准备什么信息？', 0.32)];
    expect(contextAnswersAsWell(follow2, own, withContext, `${before2}\n${follow2}`)).toBe(false);
  });
});
