import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 31 (the lead's probes, test/fixtures/eval-tuning/lead31.jsonl): a booking picked by its number in "my
// bookings", a point turned down under a list, "should I cancel?" after an illness, the way to a listed point.
// The test clock is Wed 25 Nov 2026, 10:00 in Xiamen: Saturday is 28 Nov, Sunday 29 Nov.
describe('round 31 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"第二个取消" after "我的预约" asks to cancel the second booking listed, and only that one goes', async () => {
    const say = chatAs(app, 9_531_001);
    await say('我家朵朵2024年5月1日出生');
    const sat = await say('周六上午思明有位吗');
    await say({ button: buttonData(sat, /预约 1/) });
    const sun = await say('周日下午湖里有吗');
    await say({ button: buttonData(sun, /预约 1/) });
    await say('我的预约');
    const ask = await say('第二个取消');
    expect(ask.reply).toMatch(/11月29日（周日）/);
    expect(ask.reply).not.toMatch(/11月28日/);
    await say({ button: buttonData(ask, /确认取消/) });
    expect(await heldBookings(app, 9_531_001, 'district')).toEqual(['朵朵 2026-11-28 siming']);
  });

  it('a number said long after the bookings list is not read against it', async () => {
    const say = chatAs(app, 9_531_002);
    await say('my daughter Emma was born 2024-03-10');
    const sat = await say('saturday morning siming?');
    await say({ button: buttonData(sat, /Book 1/) });
    const sun = await say('sunday afternoon huli?');
    await say({ button: buttonData(sun, /Book 1/) });
    await say('my bookings');
    await say('how many naps should a toddler have a day?');
    const ask = await say('cancel the second one');
    // (Two bookings and no list on screen: which one is asked.)
    expect(ask.buttons.flat().filter((b) => /^Cancel /.test(b.text))).toHaveLength(2);
  });

  it('"江头那个太远了 还有别的吗" lists the district\'s other points, and the next refinement keeps it out', async () => {
    const say = chatAs(app, 9_531_003);
    await say('我家朵朵2024年5月1日出生');
    const list = await say('周六湖里有位吗');
    expect(list.reply).toMatch(/江头/);
    const others = await say('江头那个太远了 还有别的吗');
    expect(others.reply).not.toMatch(/江头/);
    expect(others.reply).toMatch(/五缘湾|殿前/);
    const sunday = await say('周日呢');
    expect(sunday.reply).toMatch(/11月29日/);
    expect(sunday.reply).not.toMatch(/江头/);
  });

  it('"should I cancel saturday?" after a fever is the drop-off rule with a cancel button; nothing is cancelled', async () => {
    const say = chatAs(app, 9_531_004);
    await say('my daughter Emma was born 2024-03-10');
    const sat = await say('saturday morning siming?');
    await say({ button: buttonData(sat, /Book 1/) });
    await say("emma has a fever of 38.3 since this morning, she's playing ok");
    const out = await say('should I cancel saturday?');
    expect(out.reply).toMatch(/24 hours/);
    expect(out.buttons.flat().some((b) => /^Cancel .*Emma/.test(b.text))).toBe(true);
    expect(await heldBookings(app, 9_531_004, 'district')).toEqual(['Emma 2026-11-28 siming']);
  });

  it('"要不要取消周六的" after a fever is not read as keeping the booking', async () => {
    const say = chatAs(app, 9_531_005);
    await say('我家朵朵2024年5月1日出生');
    const sat = await say('周六上午思明有位吗');
    await say({ button: buttonData(sat, /预约 1/) });
    await say('朵朵发烧了 38度');
    const out = await say('要不要取消周六的');
    expect(out.reply).toMatch(/24小时/);
    expect(out.reply).not.toMatch(/好的，没问题/);
    const ask = await say({ button: buttonData(out, /取消 .*朵朵/) });
    expect(ask.reply).toMatch(/确定要取消/);
  });

  it('"the second one - how do I get there?" gives that point\'s address', async () => {
    const say = chatAs(app, 9_531_006);
    await say('my daughter Emma was born 2024-03-10');
    const list = await say('saturday morning huli?');
    const second = /2\. ([^\n]+?) \(Huli\)/.exec(list.reply)?.[1];
    expect(second).toBeDefined();
    const out = await say('the second one - how do I get there?');
    expect(out.reply).toContain(second!);
    expect(out.reply).toMatch(/Address:/);
    expect(out.tools.map((t) => t.name)).not.toContain('search_knowledge');
  });
});
