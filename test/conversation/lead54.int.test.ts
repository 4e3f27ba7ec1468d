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

  it('"果果也约一个一样的" books 果果 into 朵朵\'s session', async () => {
    const say = chatAs(app, 9_554_005);
    await say('我女儿朵朵 2024-06-18出生');
    await say('还有儿子果果 2025-07-09出生');
    await say('给朵朵约周六上午嘉莲');
    expect((await say('预约 1')).reply).toMatch(/预约成功/);
    const out = await say('果果也约一个一样的');
    expect(out.reply).toMatch(/预约成功[\s\S]*果果 · 11月28日（周六） 09:00–12:00[\s\S]*嘉莲/);
  });
});
