import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 54, pare54: English-writing expat parents and code-mixing parents asking parenting questions — a move told with its
 * day, eczema care and a refused nap in mixed words, a new helper, grandparents' rules, dummy weaning after "we tried that".
 */
describe('round 54 English and mixed parenting answers (pare54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_554_200;

  it('a move next Saturday told before the question: an answer about the move, no search', async () => {
    const out = await chatAs(
      app,
      ++user,
    )("We're moving to a new apartment in Huli next Saturday. Our 2 year old is quite sensitive to change. What can we do to make the move easier for her?");
    expect(searchedSlots(out)).toBe(false);
    expect(out.reply).toMatch(/routine|familiar|comfort/i);
  });

  it('eczema care asked in mixed words: the eczema section, moisturising', async () => {
    const out = await chatAs(app, ++user)('wanna ask 湿疹 的 daily care，宝宝6个月，洗澡 how often 比较好，要不要每天擦 cream');
    expect(citedDocs(out)).toContain('parenting-common-concerns');
    expect(out.reply).toMatch(/保湿|润肤/);
  });

  it('a refused nap in mixed words: the nap answer', async () => {
    const out = await chatAs(app, ++user)('他 refuses 午睡 now，2岁3个月，每天中午在床上翻来翻去一个小时也不睡，是不是 ready to drop the nap了？');
    expect(citedDocs(out)).toContain('parenting-sleep-routines');
    expect(out.reply).toMatch(/午睡/);
  });

  it('a new ayi starting Monday: the handover section, no search', async () => {
    const out = await chatAs(
      app,
      ++user,
    )(
      'Our new ayi starts on Monday and our 18-month-old is super clingy with me. The last one quit after a week because he cried every time I left. How do I help him get used to a new helper?',
    );
    expect(searchedSlots(out)).toBe(false);
    expect(out.reply).toMatch(/week|gradual|together|goodbye/i);
  });

  it("grandparents' different rules: the section on raising it with the grandparent", async () => {
    const out = await chatAs(
      app,
      ++user,
    )(
      'My parents are over from India for two months and they let our 2 year old have sweets whenever he cries and the iPad at meals. Every rule we had is gone. How do I handle this without a family fight?',
    );
    expect(out.reply).toMatch(/matter most|two or three/i);
  });

  it('dummy weaning after "we tried cold turkey": still the dummy answer', async () => {
    const say = chatAs(app, ++user);
    await say("When should we take our 20 month old's dummy away? She has it for naps and at night.");
    const out = await say('we tried taking it away cold turkey last month and it was 3 nights of hell, we gave in');
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
  });
});
