import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 45, saf45 (test/fixtures/eval-tuning/saf45.jsonl): safety answers worded apart from the probe file. */
describe('round 45 safety answers (saf45)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('a tick and an elder who wants to burn it off with a cigarette: the tick answer, no 120', async () => {
    const out = await chatAs(app, 9_545_101)('孩子耳朵后面有只蜱虫 爷爷说拿烟头烫它一下就掉了 可以吗');
    expect(firstLine(out)).not.toMatch(/立即拨打\s*120/);
    expect(out.reply).toMatch(/镊子/);
    expect(citedDocs(out)).toContain('parenting-first-aid');
  });

  it('a black mark told after a shock from a socket is read with it, not outside the service', async () => {
    const chat = chatAs(app, 9_545_102);
    await chat('my daughter stuck a hairpin in the socket and got a little shock, she cried and now seems fine');
    const out = await chat('now I see a tiny black mark on her finger');
    expect(out.reply).not.toMatch(/outside what I can help/);
    expect(out.reply).toMatch(/burn/i);
    expect(searched(out)).toBe(false);
  });

  it('a chipped front tooth with a bleeding lip sends to the dentist', async () => {
    const out = await chatAs(app, 9_545_103)('孩子摔了一跤 门牙崩了一小块 嘴里有点出血');
    expect(out.reply).toMatch(/牙医|口腔科/);
  });

  it('a child who will not put any weight on a leg after a fall needs a doctor, not graze care', async () => {
    const out = await chatAs(app, 9_545_104)("he fell off the slide yesterday, nothing to see, but today he won't put any weight on his left foot");
    expect(out.reply).toMatch(/doctor|X-ray/i);
    expect(out.reply).not.toMatch(/Rinse a graze/);
  });
});
