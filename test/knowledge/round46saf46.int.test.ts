import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 46, saf46 (test/fixtures/eval-tuning/saf46.jsonl): safety answers worded apart from the probe file. */
describe('round 46 safety answers (saf46)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('croup, then "tonight again?": answered, not a search for places', async () => {
    const chat = chatAs(app, 9_546_101);
    await chat('he woke up with a cough like a seal barking and a croaky voice');
    const out = await chat('is it going to come back again tonight?');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/places left|half-day care/);
  });

  it('a hair round a toe: how to get it off, not only what it is', async () => {
    const out = await chatAs(app, 9_546_102)('found a long hair twisted tight round my baby boy’s little toe, it looks puffy');
    expect(out.reply).toMatch(/unwind|snip|scissors/i);
    expect(citedDocs(out)).toContain('parenting-first-aid');
  });

  it('sea urchin spines in the foot: warm water and tweezers', async () => {
    const out = await chatAs(app, 9_546_103)('孩子在沙滩上踩到了海胆 脚底有几根刺');
    expect(out.reply).toMatch(/温热的水|热水/);
    expect(out.reply).toMatch(/镊子/);
  });

  it('a breath-holding spell asked in Chinese: lay on the side, not 120 first', async () => {
    const out = await chatAs(app, 9_546_104)('女儿一发脾气就憋住气 有一次嘴唇都发紫了 几秒钟没呼吸 要紧吗');
    expect(firstLine(out)).not.toMatch(/立即拨打\s*120/);
    expect(out.reply).toMatch(/侧躺|侧卧/);
  });

  it('heat exhaustion asked of a sweating toddler after the beach: cool down, not the 120 banner', async () => {
    const out = await chatAs(app, 9_546_105)('after 3 hours at the beach my son is red in the face, sweating a lot and whiny. heat exhaustion?');
    expect(firstLine(out)).not.toMatch(/call 120 now/i);
    expect(out.reply).toMatch(/cool|shade/i);
  });

  it("a dog's lick on a grazed hand, in English: wash for 15 minutes and the rabies clinic", async () => {
    const out = await chatAs(app, 9_546_106)("a dog at the park licked my daughter's grazed hand, is rabies a worry?");
    expect(out.reply).toMatch(/15 minutes/);
    expect(out.reply).toMatch(/rabies/i);
  });
});
