import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 28 (par28b, test/fixtures/eval-tuning/par28b.jsonl): English and mixed parenting questions answered as asked.
// The test clock is Wed 25 Nov 2026, 10:00 in Xiamen.
describe('round 28 English and mixed parenting conversations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('"今天 AQI 180 可以带孩子出去玩吗" is answered from air quality, not a search for today\'s places', async () => {
    const out = await chatAs(app, 9_528_201)('今天 AQI 180 可以带孩子出去玩吗 2岁');
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.reply).toMatch(/AQI|空气质量/);
    expect(out.reply).toMatch(/室内|减少/);
  });

  it("the other mum's anger about a biting toddler gets the biting answer, not a complaint ticket", async () => {
    const say = chatAs(app, 9_528_202);
    const out = await say('daycare told me my 18 month old bit another kid AGAIN today, third time this week. the other mum is furious. how do I stop it');
    expect(out.tools.map((t) => t.name)).not.toContain('escalate_to_staff');
    expect(out.reply).toMatch(/biting/i);
    expect(out.reply).not.toMatch(/passed your feedback/i);
  });

  it('"我们家 speak 中文和英文" is a question about two languages, not a switch to Chinese', async () => {
    const out = await chatAs(app, 9_528_203)('宝宝2岁 还不怎么 talk 只会几个词 我们家 speak 中文和英文 会不会 confuse 他');
    expect(out.reply).not.toMatch(/之后我用中文回复/);
    expect(out.reply).toMatch(/语言|说话/);
  });

  it('repellent for a 6-week-old: none under 2 months, nets instead', async () => {
    const out = await chatAs(app, 9_528_204)('can I use mosquito spray on my 6 week old?');
    expect(out.reply).toMatch(/under 2 months/i);
    expect(out.reply).toMatch(/net/i);
  });
});
