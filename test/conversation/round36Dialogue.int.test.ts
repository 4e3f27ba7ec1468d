import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 36 (the lead's probes, test/fixtures/eval-tuning/lead36.jsonl): bare follow-ups after a knowledge answer.
describe('round 36 dialogue: a bare follow-up asks the question before of what it names', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"那 afternoon 呢" after when the half-day care starts says the afternoon times alone, with no search', async () => {
    const say = chatAs(app, 9_536_001);
    const first = await say('周六 morning 的半日托几点开始');
    expect(first.reply).toMatch(/09:00–12:00/);
    const again = await say('那 afternoon 呢');
    expect(again.reply).toMatch(/半日托：周末 14:30–17:30/);
    expect(again.reply).not.toMatch(/09:00–12:00|想约哪一天/);
  });

  it('"and the temporary care?" after the half-day times says the temporary care times', async () => {
    const say = chatAs(app, 9_536_002);
    await say('what time does the half-day care start on Saturday?');
    const again = await say('and the temporary care?');
    expect(again.reply).toMatch(/temporary care: weekends \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(again.reply).not.toMatch(/half-day care:/);
  });

  it('"那咳嗽呢" after when a child may go back after a fever is whether a coughing child may come, from the health check', async () => {
    const say = chatAs(app, 9_536_003);
    await say('孩子发烧退了 多久可以去托育点');
    const cough = await say('那咳嗽呢');
    expect(citedDocs(cough)).toContain('policy-health-check');
    expect(cough.reply).toMatch(/咳嗽/);
  });

  it('"那 water 呢" after how much milk a two-year-old drinks is the water section', async () => {
    const say = chatAs(app, 9_536_004);
    await say('two year old 一天要喝多少 milk');
    const water = await say('那 water 呢');
    expect(citedDocs(water)).toEqual(['parenting-toddler-nutrition']);
    expect(water.reply).toMatch(/喝水/);
    expect(water.reply).not.toMatch(/英文资料/);
  });
});
