import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 44, par44e (test/fixtures/eval-tuning/par44e.jsonl): parenting questions answered from their sections, nothing searched. */
describe('round 44 parenting questions (par44e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_544_100;
  it.each([
    [
      'my 3yo has an imaginary friend called Bobo. he says bobo spilled the milk not him. should we stop it',
      /imaginary friends? (?:are|is) common|healthy/i,
      'parenting-behaviour-guidance',
    ],
    ['三岁孩子有个想象中的朋友 正常吗', /想象中的朋友.{0,20}常见|健康/, 'parenting-behaviour-guidance'],
    ['my 3 year old asks why about literally everything, how do i handle it', /short|simple|what do you think/i, 'parenting-development-early-learning'],
    ['三岁孩子整天问为什么 怎么回答', /简短|你觉得呢/, 'parenting-development-early-learning'],
    ['is fish safe for my 1 year old with all the mercury stuff?', /shark|swordfish/i, 'parenting-toddler-nutrition'],
    ['宝宝6个月 给他read绘本有用吗 他就抓着书啃 根本不看', /绘本|读/, 'parenting-play-reading'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('an age reached next week in a question about rolling is no search (no class list)', async () => {
    const out = await chatAs(app, ++user)('my son is 5 months next week and still doesnt roll at all, not even tummy to back. is something wrong with him');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/trial class|too young for now/i);
  });
});
