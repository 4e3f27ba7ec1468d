import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 51, pol51 (test/fixtures/eval-tuning/pol51.jsonl): service questions answered from their sections, worded apart from the probe. */
describe('round 51 service questions (pol51)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_551_100;
  it.each([
    // The age asked with 娃 / no topic word: the age rule, not the residence rule.
    ['请问多大的娃可以去托', /0—3岁|36个月/, 'service-eligibility'],
    ['how old do kids have to be for the half day?', /0 to 3|36 months/, 'service-eligibility'],
    // Pouring rain: the weather answer, no search.
    ["what if it's pouring on saturday, is the session still on?", /rain/i, 'service-faq'],
    // Two children of different ages at one session.
    ['两个孩子 大的两岁小的一岁多 能同一个时段一起送吗', /名额/, 'service-how-to-book'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
