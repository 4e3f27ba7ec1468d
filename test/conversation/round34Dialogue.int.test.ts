import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 34 (the lead's probes, test/fixtures/eval-tuning/lead34.jsonl): whole booking conversations judged by how they
// end. The test clock is Wed 25 Nov 2026, 10:00 in Xiamen: Saturday is 28 Nov, next Saturday 5 Dec.
describe('round 34 dialogue: which child, which booking, which day', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  const book1 = /^(预约|預約|Book) 1$/;

  it('two children at two slots in one message: each child is booked at their own slot', async () => {
    const say = chatAs(app, 9_534_001);
    await say('my kids: Mia born 2024-02-10, Noah born 2025-06-01');
    const both = await say('Book Mia for Saturday morning in Huli and Noah for Sunday morning in Jimei');
    expect(both.reply).toMatch(/Mia, Sat 28 Nov morning/);
    expect(both.reply).toMatch(/Noah, Sun 29 Nov morning/);
    const first = await say({ button: buttonData(both, /^Book 1$/) });
    await say({ button: buttonData(first, /^Book 1$/) });
    expect((await heldBookings(app, 9_534_001, 'district')).sort()).toEqual(['Mia 2026-11-28 huli', 'Noah 2026-11-29 jimei']);
  });

  it('"周日让豆豆去代替果果" gives 果果\'s Sunday place to 豆豆 and cancels 果果\'s', async () => {
    const say = chatAs(app, 9_534_002);
    await say('果果2024年1月1日出生 豆豆2025年1月1日出生');
    const list = await say('帮果果约周日上午海沧');
    await say({ button: buttonData(list, book1) });
    const swap = await say('周日让豆豆去代替果果 果果要去奶奶家');
    expect(swap.reply).toMatch(/适合豆豆的场次/);
    await say({ button: buttonData(swap, book1) });
    expect(await heldBookings(app, 9_534_002, 'district')).toEqual(['豆豆 2026-11-29 haicang']);
  });

  it('"把思明那个取消了吧" among two bookings asks about the Siming one only', async () => {
    const say = chatAs(app, 9_534_003);
    await say('我家朵朵2024年5月1日出生');
    const sat = await say('周六上午湖里有位吗');
    await say({ button: buttonData(sat, book1) });
    const sun = await say('周日下午思明有位吗');
    await say({ button: buttonData(sun, book1) });
    const ask = await say('把思明那个取消了吧');
    expect(ask.reply).toMatch(/确定要取消/);
    expect(ask.reply).toMatch(/11月29日/);
    await say({ button: buttonData(ask, /确认取消/) });
    expect(await heldBookings(app, 9_534_003, 'district')).toEqual(['朵朵 2026-11-28 huli']);
  });

  it('a child who turns 3 before the session hears the day, and books the weekend before', async () => {
    const say = chatAs(app, 9_534_004);
    await say('my daughter Ella was born 2023-12-01');
    const late = await say('Can Ella come on the 5th? Huli morning');
    expect(late.reply).toMatch(/Ella turns 3 on Tue 1 Dec/);
    expect(late.reply).not.toMatch(/no free places/i);
    expect(late.buttons.flat().map((b) => b.text)).not.toContain('Next weekend');
    const early = await say('what about this Saturday then?');
    expect(early.reply).toMatch(/Sat 28 Nov/);
    await say({ button: buttonData(early, /^Book 1$/) });
    expect(await heldBookings(app, 9_534_004, 'district')).toEqual(['Ella 2026-11-28 huli']);
  });

  it('a parenting story about a 3-year-old read as an unsure booking is answered from the knowledge base, not the age rule', async () => {
    const say = chatAs(app, 9_534_006);
    const out = await say('個仔三歲 瞓咗一個鐘就突然喊到好大聲 眼又擘大 叫佢又唔應 第二朝問佢又話唔記得 係咪發惡夢');
    expect(out.citations.map((c) => c.docId)).toContain('parenting-sleep-routines');
    expect(out.reply).not.toMatch(/滿3歲以後就不能預約/);
  });

  it('"Saturday the 6th" says which day was searched and the other reading', async () => {
    const say = chatAs(app, 9_534_005);
    await say('my son Leo was born 2024-04-01');
    const out = await say('Saturday the 6th, Jimei, afternoon');
    expect(out.reply).toMatch(/"Saturday the 6th" as Sun 6 Dec/);
    expect(out.reply).toMatch(/Sat 5 Dec/);
  });
});
