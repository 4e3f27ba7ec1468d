import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 51, par51e (test/fixtures/eval-tuning/par51e.jsonl): English parenting questions answered from their sections, worded apart from the probe. */
describe('round 51 parenting questions (par51e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_551_500;

  it('getting rid of the bottles finds the bottle-to-cup section, not night feeds', async () => {
    const out = await chatAs(app, ++user)('our GP wants us to get rid of the bottles, he is 16 months and has 4 a day. how do we do it without a fight?');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/cup/i);
    expect(out.reply).not.toMatch(/night feeds? gently/i);
    expect(citedDocs(out)).toContain('parenting-toddler-nutrition');
  });

  it('a child fine all day at the centre and clingy in the evening gets settling in, not the full-day rule', async () => {
    const out = await chatAs(app, ++user)('the carers say she is fine all day at the centre but she is clingy and cries all evening at home. normal?');
    expect(out.reply).not.toMatch(/full-day|overnight/i);
    expect(citedDocs(out)).toContain('parenting-separation-anxiety');
  });

  it('whether swimming lessons are worth it is answered, not refused as an outside lesson', async () => {
    const out = await chatAs(app, ++user)('are baby swimming lessons worth it for a 1 year old?');
    expect(out.reply).toMatch(/swim/i);
    expect(out.reply).not.toMatch(/not something I can book/i);
    expect(citedDocs(out).some((d) => d?.startsWith('parenting-'))).toBe(true);
  });

  it('a toddler who bangs his head when angry gets the head-banging answer, not a complaint ticket', async () => {
    const out = await chatAs(app, ++user)('my 20 month old gets angry and bangs his head on the wall. what do I do?');
    expect(out.reply).not.toMatch(/ticket/i);
    expect(citedDocs(out)).toContain('parenting-behaviour-habits');
  });
});
