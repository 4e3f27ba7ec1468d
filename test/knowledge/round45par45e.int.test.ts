import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 45, par45e (test/fixtures/eval-tuning/par45e.jsonl): expat and mixed-language parenting questions answered from their sections. */
describe('round 45 parenting questions (par45e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_545_500;
  it.each([
    [
      'my 4 month old is drooling like crazy and has his fists in his mouth all day. is he teething already?',
      /first teeth come through around 6 months/i,
      'parenting-teething-oral-care',
    ],
    ["is it normal that my 3 month old's hands and feet are always cold? even with socks", /cool hands and feet are common/i, 'parenting-weather-travel'],
    [
      "my ayi puts him down for his nap in the 婴儿车 every day and leaves him in there 2 hours. is that ok? he's 5 months",
      /flat cot/i,
      'parenting-gear-outings',
    ],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('an exhausted parent who feeds back to sleep at every waking hears how to settle, with the offer of a person', async () => {
    const out = await chatAs(
      app,
      ++user,
    )("im exhausted. she's 8 months and wakes literally every hour all night, i feed her back to sleep every time. what do i do");
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/sounds exhausting/i);
    expect(out.reply).toMatch(/drowsy but (?:still |not yet )?(?:awake|asleep)/i);
    expect(citedDocs(out)).toContain('parenting-sleep-routines');
  });

  it('a flat spot, then the age corrected with an apology, is answered again, not refused', async () => {
    const say = chatAs(app, ++user);
    await say("noticed a flat spot on the back of my baby's head, she always lies looking to one side. what should we be doing? she's 2 months");
    const out = await say("sorry, i got that wrong, she's actually 5 months already");
    expect(out.reply).not.toMatch(/reliable answer|rather not guess/i);
    expect(out.reply).toMatch(/tummy time|sit/i);
    expect(citedDocs(out)).toContain('parenting-safe-sleep');
  });
});
