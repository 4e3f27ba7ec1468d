import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 44 (the lead's probes, test/fixtures/eval-tuning/lead44.jsonl).
describe('round 44 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  const searches = (o: { tools: Array<{ name: string; args?: unknown }> }) =>
    o.tools.filter((t) => t.name === 'search_slots').map((t) => t.args as { partOfDay?: string; dateFrom?: string; date?: string });

  it('"算了 下午吧 他上午要补觉" during a morning search searches the afternoon', async () => {
    const say = chatAs(app, 9_544_001);
    await say('这周六上午集美有位吗');
    const out = await say('算了 下午吧 他上午要补觉');
    const [args] = searches(out);
    expect(args?.partOfDay).toBe('afternoon');
    expect(out.reply).toMatch(/下午|14:30/);
  });

  it('three no-shows in colloquial words get the no-show rule with its numbers', async () => {
    const out = await chatAs(app, 9_544_002)('要是放了三次鸽子 是不是以后就不能约了');
    expect(searches(out)).toEqual([]);
    expect(out.reply).toMatch(/30\s*天/);
    expect(out.reply).toMatch(/14\s*天/);
  });

  it('the first Saturday of January is said not to be open yet, and this Saturday is not listed', async () => {
    const out = await chatAs(app, 9_544_003)('一月份第一个周六 思明有半日托吗');
    expect(out.reply).toMatch(/1月2日/);
    expect(out.reply).toMatch(/还没开放预约/);
    expect(out.reply).not.toMatch(/11月28日/);
  });

  it('night feeds every 2–3 hours at 6 weeks are normal; "actually 10 weeks" is answered again for 10 weeks', async () => {
    const say = chatAs(app, 9_544_004);
    const first = await say("how often should a 6 week old be feeding at night? she's up every 2-3 hours");
    expect(first.reply).toMatch(/every 2–3 hours at night to feed is normal/);
    const out = await say("sorry she's actually 10 weeks, not 6");
    expect(out.reply).toMatch(/at 10 weeks/);
    expect(out.reply).toMatch(/feed/);
    expect(out.reply).not.toMatch(/outside what I can help/);
  });

  it('"will he grow out of it?" after stuttering is answered with how many children do', async () => {
    const say = chatAs(app, 9_544_005);
    await say('my son is 2 and a half and keeps getting stuck on the first word, like I-I-I-I want juice. is that normal?');
    const out = await say('will he grow out of it?');
    expect(out.reply).toMatch(/three in four/);
    expect(out.reply).toMatch(/speech therapist/);
  });

  it('"口吃长大了会不会自己好" is answered with how many children do', async () => {
    const out = await chatAs(app, 9_544_006)('两岁半说话老结巴 口吃长大了会不会自己好');
    expect(out.reply).toMatch(/四分之三/);
  });
});
