import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 39 (the lead's probes, test/fixtures/eval-tuning/lead39.jsonl): a follow-up that leans on the answer and names
// nothing ("how long will that last?"), and one that stands alone but says "it", stay with the section just answered.
describe('round 39 dialogue: a follow-up naming nothing, or saying "it", stays with the answer just given', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"how long does that go on?" after stuttering is how long stuttering lasts, not separation anxiety', async () => {
    const say = chatAs(app, 9_539_001);
    await say('my son is almost 3 and he has begun to stutter, getting stuck on the first sound');
    const long = await say('how long does that go on?');
    expect(citedDocs(long)).toEqual(['parenting-language-milestones']);
    expect(long.reply).toMatch(/6 months/);
    expect(long.reply).not.toMatch(/separation/i);
  });

  it('"那要不要叫醒她" after a night terror is the night terror, not waking twins or a baby to feed', async () => {
    const say = chatAs(app, 9_539_002);
    await say('女儿两岁 晚上睡着不久就突然坐起来尖叫 眼睛睁着 怎么哄都没反应 早上起来什么都不记得');
    const wake = await say('那要不要叫醒她');
    expect(citedDocs(wake)).toEqual(['parenting-sleep-routines']);
    expect(wake.reply).toMatch(/不要叫醒/);
    expect(wake.reply).not.toMatch(/双胞胎|喂奶/);
  });

  it('"should I wake her when it happens?" after a night terror answers from the night terror, not "not covered"', async () => {
    const say = chatAs(app, 9_539_003);
    await say('my daughter, 2, sits up screaming about an hour after she falls asleep, eyes wide open, and does not know me');
    const wake = await say('should I wake her when it happens?');
    expect(citedDocs(wake)).toEqual(['parenting-sleep-routines']);
    expect(wake.reply).toMatch(/don't try to wake/);
  });

  it('a question that names its own topic is not held to the answer before: eggs after first foods', async () => {
    const say = chatAs(app, 9_539_004);
    await say('my 2 year old has begun to stutter on the first word');
    const eggs = await say('unrelated, but when can a baby have eggs?');
    expect(citedDocs(eggs)).not.toContain('parenting-language-milestones');
  });
});
