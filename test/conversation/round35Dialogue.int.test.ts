import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 35 (the lead's probes, test/fixtures/eval-tuning/lead35.jsonl). The test clock is Wed 25 Nov 2026, 10:00 in
// Xiamen: Saturday is 28 Nov, Sunday 29 Nov.
describe('round 35 dialogue: a listed session asked about, both children asked after', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"what time does the second one finish?" under a list says that session\'s times and books nothing', async () => {
    const say = chatAs(app, 9_535_001);
    await say('my daughter Ava was born 2024-05-20');
    const list = await say('Sunday afternoon in Huli, anything?');
    const second = list.reply
      .split('\n')
      .find((l) => /^2\. /.test(l))!
      .replace(/^2\. /, '');
    const asked = await say('what time does the second one finish?');
    expect(asked.reply).toMatch(/^No\. 2 on the list: /);
    expect(asked.reply).toContain(second.replace(/ \(.*\)$/, '').trim());
    expect(asked.reply).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
    expect(await heldBookings(app, 9_535_001, 'district')).toEqual([]);
  });

  it('"两个孩子都约上了吗" names the child with nothing booked, and one tap books that child the same session', async () => {
    const say = chatAs(app, 9_535_002);
    await say('果果2024年3月15日出生 豆豆2025年1月1日出生');
    const list = await say('帮果果约周日上午湖里');
    await say({ button: buttonData(list, /^预约 1$/) });
    const both = await say('两个孩子都约上了吗');
    expect(both.reply).toMatch(/果果 · 11月29日/);
    expect(both.reply).toMatch(/豆豆目前没有即将到来的预约/);
    await say({ button: buttonData(both, /^也给豆豆约这一场$/) });
    expect((await heldBookings(app, 9_535_002, 'district')).sort()).toEqual(['果果 2026-11-29 huli', '豆豆 2026-11-29 huli']);
  });

  it('"Sunday instead, same area" after asking where a listed point is keeps the list\'s district and part of day', async () => {
    const say = chatAs(app, 9_535_003);
    await say('my son Leo was born 2024-04-01');
    await say('anything Saturday morning in Siming for Leo?');
    await say('where is the first one exactly?');
    const out = await say('hmm ok, Sunday instead, same area');
    expect(out.reply).toMatch(/^Sessions for Leo, Sun 29 Nov morning/);
    expect(out.reply).toMatch(/\(Siming\)/);
    expect(out.reply).not.toMatch(/\((?:Huli|Jimei|Haicang|Tong'an|Xiang'an)\)/);
  });

  it('"帮我约下周六 同一个点同一个时间" right after a cancellation searches the cancelled booking\'s point and time', async () => {
    const say = chatAs(app, 9_535_004);
    await say('果果2024年3月15日出生');
    const list = await say('帮果果约周六下午五缘湾');
    await say({ button: buttonData(list, /^预约 1$/) });
    const ask = await say('周六那个取消吧');
    await say({ button: buttonData(ask, /^确认取消$/) });
    const again = await say('帮我约下周六 同一个点同一个时间');
    expect(again.reply).toMatch(/12月5日（周六）/);
    expect(again.reply).toMatch(/^1\. 五缘湾社区爱邻护幼服务点/m);
    expect(again.reply).not.toMatch(/江头|殿前|侨英/);
  });

  it('several sessions at the point picked are offered by their day and times, not a cut label', async () => {
    const say = chatAs(app, 9_535_005);
    await say('壮壮2024年5月20日出生');
    await say('那湖里这周六下午有位吗');
    const which = await say('好 那就约江头的吧');
    const labels = which.buttons.flat().map((b) => b.text);
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(l).toMatch(/^11月28日（周六） \d{2}:\d{2}–\d{2}:\d{2}/);
  });

  it('"那晚上呢" after potty training is answered from that document\'s night section, not the first answer again', async () => {
    const say = chatAs(app, 9_535_006);
    const first = await say('兒子兩歲了 阿嬤說早就該戒尿布了 要怎麼開始');
    const night = await say('那晚上呢');
    expect(night.citations.map((c) => c.docId)).toContain('parenting-toilet-learning');
    expect(night.reply.split('\n')[0]).not.toBe(first.reply.split('\n')[0]);
    expect(night.reply).toMatch(/晚上|夜/);
  });
});
