import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 40 (the lead's probes, test/fixtures/eval-tuning/lead40.jsonl).
describe('round 40 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('thanks for last Saturday is answered warmly, with no search and no booking', async () => {
    const say = chatAs(app, 9_540_001);
    const en = await say('thanks so much, she had a great time at the point last saturday!');
    expect(en.reply).toMatch(/glad/i);
    expect(en.tools.map((t) => t.name)).not.toContain('search_slots');
    const hant = await chatAs(app, 9_540_002)('謝謝你們上週六的照顧 女兒回來一直說很好玩');
    expect(hant.reply).toMatch(/開心/);
    expect(hant.reply).not.toMatch(/已經過去/);
  });

  it('"how many times 一天?" after brushing teeth stays on brushing, not the weekly booking limit', async () => {
    const say = chatAs(app, 9_540_003);
    await say("when should I start brushing my 1 year old's teeth and with what?");
    const often = await say('how many times 一天?');
    expect(citedDocs(often)).toEqual(['parenting-teething-oral-care']);
    expect(often.reply).toMatch(/twice a day/);
  });

  it('a story of a grandmother and chilli, told in anger, gets the chilli answer (the asking part searched when nothing found answers)', async () => {
    const en = await chatAs(app, 9_540_004)('my mother in law let our 1 year old lick 辣椒 at dinner, I was so angry. is chilli bad for her?');
    expect(citedDocs(en)[0]).toBe('parenting-toddler-nutrition');
    expect(en.reply).toMatch(/chilli/i);
  });

  it('whether the waitlist notifies is answered: a message in this chat, held 30 minutes', async () => {
    const out = await chatAs(app, 9_540_006)('候补的话 有位置了会notify我吗');
    expect(citedDocs(out)).toEqual(['service-waitlist']);
    expect(out.reply).toMatch(/通知/);
    expect(out.reply).toMatch(/30/);
  });

  it('a carer at the point on her phone while the child cried goes to staff as a complaint', async () => {
    const out = await chatAs(app, 9_540_007)('the ayi at the point was on her phone the whole morning and my son was crying alone in the corner');
    expect(out.tools.map((t) => t.name)).toContain('escalate_to_staff');
  });
});
