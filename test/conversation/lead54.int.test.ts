import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 54, lead54: care asked at a point that runs classes only says so and lists the district's care; two questions in
// one English sentence get both answers; a fever at the point means a phone call to collect, not medicine.
describe('honest availability and two requests (round 54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"厦港那个点 周六上午能把孩子放那边吗" says Xiagang has no care and lists Siming care', async () => {
    const say = chatAs(app, 9_554_001);
    const out = await say('厦港那个点 周六上午能把孩子放那边吗');
    expect(out.reply.split('\n')[0]).toMatch(/厦港社区爱邻护幼服务点不提供半日托/);
    expect(out.reply).toMatch(/嘉莲社区爱邻护幼服务点[\s\S]*半日托/);
    expect(out.reply).not.toMatch(/绘本课/);
  });

  it('a class asked for at Xiagang is still listed', async () => {
    const say = chatAs(app, 9_554_002);
    const out = await say('厦港点周六上午有什么课');
    expect(out.reply).toMatch(/厦港社区爱邻护幼服务点[\s\S]*绘本课/);
  });

  it('the start time and what to bring, asked together, are both answered', async () => {
    const say = chatAs(app, 9_554_003);
    const out = await say('what time does the saturday morning session start, and what should she bring with her?');
    expect(out.reply).toMatch(/09:00/);
    expect(out.reply).toMatch(/nappies|diapers|spare clothes|change of clothes/i);
  });

  it('"will the staff give him calpol if he gets a fever there" says they phone you to collect', async () => {
    const say = chatAs(app, 9_554_004);
    const out = await say("if he spikes a fever while he's there, will the staff give him calpol?");
    expect(out.reply).toMatch(/phones you to collect/);
    expect(out.reply).not.toMatch(/\d+(\.\d+)?\s*(mg|ml)(?![a-z])/i);
  });
});
