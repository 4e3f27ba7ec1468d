import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 53, parz53 (test/fixtures/eval-tuning/parz53.jsonl): Chinese parenting questions answered from their sections, worded apart from the probe. */
describe('round 53 parenting questions (parz53)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_553_200;
  it.each([
    // The parent's own anger at the feeding is no topic: the picky-eating answer, not "not covered" (round49par49z's case
    // broke on round 52's branch).
    ['三岁了只吃米饭 青菜一点不碰 喂得我都要生气了', /挑食/, 'parenting-behaviour-social'],
    // A breakfast barely touched: once does not matter, nothing to make up at lunch.
    ['儿子早饭只吃了几口就不吃了 午饭要不要多喂他一点补上', /少吃一顿没关系/, 'parenting-behaviour-social'],
    // Food held in the mouth, in Traditional: its own section, not first aid.
    ['女兒吃飯老是把飯含在嘴裡不吞 一口含好久', /含在嘴裡/, 'parenting-behaviour-social'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
