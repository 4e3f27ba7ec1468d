import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 52, parz52 (test/fixtures/eval-tuning/parz52.jsonl): Chinese parenting questions answered from their sections, worded apart from the probe. */
describe('round 52 parenting questions (parz52)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_552_200;
  it.each([
    // A meal missed: it does not matter once, no milk or snacks to make up for it (round 51's leftover).
    ['孩子今天午饭几乎没吃 晚上要不要多冲一瓶奶给他补回来', /少吃一顿没关系/, 'parenting-behaviour-social'],
    // Food held in the mouth, then soup over rice.
    ['女儿吃饭老是把饭含在嘴里 不嚼也不咽 怎么办', /含在嘴里/, 'parenting-behaviour-social'],
    // round 51's known gap: the slap with a giggle (throwing everything stays open: its concept cost an unseen case).
    ['两岁的儿子打了奶奶一巴掌 还在那儿咯咯笑', /哈哈笑/, 'parenting-behaviour-social'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
