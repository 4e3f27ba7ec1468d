import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 43, pol43 (test/fixtures/eval-tuning/pol43.jsonl): service questions answered from their sections, nothing searched. */
describe('round 43 service questions (pol43)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it.each([
    ['我是奶奶 用我自己的手机能给孙子约吗', /自己的账号|自己的手机/, 'service-how-to-book'],
    ['can grandma book for him from her own phone?', /own (?:phone|account)/i, 'service-how-to-book'],
    ['调休上班的那个周六服务点开不开', /调休/, 'service-faq'],
    ['保育的老师都有保育员证吗', /保育人员.{0,40}(资质|证)|资质/, 'policy-ratios-standards'],
    ['I have a childcare certificate, are the points hiring?', /does not recruit|recruit/i, 'service-overview'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, 9_543_101)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
