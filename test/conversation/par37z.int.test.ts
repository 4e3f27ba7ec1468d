import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 37 (par37z, test/fixtures/eval-tuning/par37z.jsonl): follow-ups that lean on a parenting answer.
describe("round 37 dialogue: mainland parents' follow-ups", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"晚上呢" after at what age to start potty training is the night section, not the age section again', async () => {
    const say = chatAs(app, 9_537_001);
    const first = await say('孩子几岁可以开始如厕训练');
    expect(first.reply).toMatch(/几岁可以开始如厕训练/);
    const night = await say('晚上呢');
    expect(citedDocs(night)).toContain('parenting-toilet-learning');
    expect(night.reply).toMatch(/晚上|夜间|夜里/);
    expect(night.reply).not.toMatch(/几岁可以开始如厕训练？/);
  });

  it('"那几岁可以喝" after juice before one stays with juice (about 120 mL from one), not sweets', async () => {
    const say = chatAs(app, 9_537_002);
    await say('八个月能不能喝果汁 榨的鲜橙汁');
    const age = await say('那几岁可以喝');
    expect(age.reply).toMatch(/120毫升|果汁/);
    expect(age.reply).not.toMatch(/几岁可以吃糖/);
  });

  it('"那在家能做什么" after a late talker is answered from the language documents, not with the menu', async () => {
    const say = chatAs(app, 9_537_003);
    await say('孩子18个月还不会说话 only 说 mama');
    const home = await say('那在家能做什么');
    expect(home.reply).not.toMatch(/我可以帮你/);
    expect(home.reply).toMatch(/说话|读|绘本|聊天|回应/);
  });

  it('a three-year-old snoring loudly with pauses, in Traditional Chinese, is sent to a doctor', async () => {
    const say = chatAs(app, 9_537_004);
    const snore = await say('三歲女兒晚上睡覺打呼很大聲 有時候好像停一下才呼吸');
    expect(snore.reply).toMatch(/醫生|就醫|門診/);
    expect(snore.reply).toMatch(/打鼾|打呼/);
  });
});
