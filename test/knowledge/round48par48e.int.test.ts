import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 48, par48e (test/fixtures/eval-tuning/par48e.jsonl): English and mixed-language parenting questions answered from their sections. */
describe('round 48 parenting questions (par48e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_548_500;
  it.each([
    ['crusty yellow flakes all over my newborn’s scalp, looks gross, what is it', /cradle cap/i, 'parenting-newborn-care'],
    ['she screams on her tummy, 9 weeks, can we just skip tummy time?', /chest|lap/i, 'parenting-motor-milestones'],
    ["should we raise the head of her cot so her milk doesn't come up at night? she's 2 months", /raise the head of the cot/i, 'parenting-common-concerns'],
    ['what age can my baby go in a highchair? 5 months, sits if propped', /harness/i, 'parenting-starting-solids'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('a toddler who points and grunts is asked about talking, not sent to 120 or to the care points', async () => {
    const out = await chatAs(app, ++user)('my 14 month old points at things and grunts at them, no words yet, is that ok?');
    expect(out.reply.split('\n')[0]).not.toMatch(/120/);
    expect(citedDocs(out).every((d) => d?.startsWith('parenting-') === true)).toBe(true);
  });

  it('"at this point" after a sleep answer is about the child, not the care point', async () => {
    const say = chatAs(app, ++user);
    await say('my 18 month old used to go down fine, now screams as soon as I leave the room at bedtime');
    const out = await say('should we just let him sleep in our bed at this point');
    expect(citedDocs(out).every((d) => d?.startsWith('parenting-') === true)).toBe(true);
  });
});
