import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 49, par49e (test/fixtures/eval-tuning/par49e.jsonl): English and mixed-language parenting, and what parents answer back. */
describe('round 49 parenting questions (par49e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_549_500;
  it.each([
    ['is the self-paid pneumococcal vaccine less important than the free ones?', /unimportant|recommends pneumococcal/i, 'parenting-vaccination'],
    ['when is a good age for swimming lessons for a toddler?', /age 1/i, 'parenting-weather-travel'],
    ['our nanny says the baby walker is safe because she watches him every second', /adult right there|metre a second/i, 'parenting-motor-milestones'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('her granny blaming the colds on thin clothes, after the nursery-colds answer, hears that colds come from viruses', async () => {
    const say = chatAs(app, ++user);
    await say('she has had one cold after another since starting daycare, is that normal?');
    const out = await say('her granny blames the colds on thin clothes');
    expect(out.reply).toMatch(/viruses, not from being cold/i);
    expect(citedDocs(out)).toContain('parenting-fever-illness');
  });

  it('a grandmother who "is convinced he will choke" on finger foods hears about gagging, not a 120 call', async () => {
    const say = chatAs(app, ++user);
    await say('should we start with finger foods or spoon feeding at 6 months?');
    const out = await say("my dad is convinced she'll choke on finger food");
    expect(out.reply.split('\n')[0]).not.toMatch(/120/);
    expect(out.reply).toMatch(/gag/i);
  });

  it('婆婆说产后把老大送走 is answered from the new-baby section, and no child is registered', async () => {
    const say = chatAs(app, ++user);
    await say('快生二胎了 老大三岁 怎么让他接受弟弟');
    const out = await say('我婆婆说 等生了就把老大送到外婆家住几个月');
    expect(out.reply).not.toMatch(/出生日期/);
    expect(out.reply).toMatch(/不建议|取代|安全感/);
  });

  it('an ayi’s word on honey water after the honey answer stays on honey (zh)', async () => {
    const say = chatAs(app, ++user);
    await say('宝宝9个月 可以喝蜂蜜水吗');
    const out = await say('保姆说她以前带的孩子都喝 没出过事');
    expect(out.reply).toMatch(/肉毒/);
    expect(citedDocs(out)).toContain('parenting-starting-solids');
  });
});
