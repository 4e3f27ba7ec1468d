import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 46, par46e (test/fixtures/eval-tuning/par46e.jsonl): expat and mixed-language parenting questions answered from their sections. */
describe('round 46 parenting questions (par46e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_546_500;
  it.each([
    ['we have a spare room now, is it fine for our newborn to sleep in there or should he stay with us?', /first six months/i, 'parenting-safe-sleep'],
    ["how much active play should my 18 month old get a day? some days we don't go out at all", /180 minutes/i, 'parenting-family-life'],
    ['my son is 13 months and has no teeth at all yet, is that normal?', /12–18 months/i, 'parenting-teething-oral-care'],
    ["baby is on formula and her poo's gone dark green this week, she's happy though. normal?", /green poo is usually normal/i, 'parenting-newborn-care'],
    [
      "the GP prescribed a steroid cream for her eczema but grandma says it'll ruin her skin. who do we listen to?",
      /applied thinly for a short time/i,
      'parenting-common-concerns',
    ],
    ['我们刚回国 想给宝宝换国产奶粉 国产的安全吗 有什么标准', /注册/, 'parenting-formula-feeding'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('a bad-air day with a mask question is answered, not searched', async () => {
    const out = await chatAs(app, ++user)('今天AQI 200 女儿2岁 出门要戴口罩吗 还是在家');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/口罩/);
    expect(citedDocs(out)).toContain('parenting-weather-travel');
  });

  it("grandparents' weekday care told with a TV question hears what to do instead, not the points' weekday services", async () => {
    const out = await chatAs(
      app,
      ++user,
    )('my in-laws look after our 20 month old on weekdays and the tv is on all afternoon. what easy things can they do with her instead?');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/temporary care|trial class/i);
    expect(out.reply).toMatch(/picture books|songs|walk/i);
    expect(citedDocs(out)).toContain('parenting-family-life');
  });
});
