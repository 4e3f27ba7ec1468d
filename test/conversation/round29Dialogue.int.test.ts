import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 29 (the lead's probes, test/fixtures/eval-tuning/lead29.jsonl): siblings of different ages asked for together,
// one child of two not going after both were booked, two birth days for two birth months, a birthday "changed" before
// any child is registered, a move put as a question, and a child named for a booking before being registered.
// The test clock is Wed 25 Nov 2026, 10:00 in Xiamen.
describe('round 29 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('"给两个孩子都约上" with a baby one point does not take: a pick both can attend books both', async () => {
    const say = chatAs(app, 9_529_001);
    await say('大的叫朵朵 2024-05-01 小的叫小宝 2026-02-10');
    const lists = await say('周日上午集美 给两个孩子都约上');
    expect(lists.reply).toMatch(/适合朵朵的场次/);
    expect(lists.reply).toMatch(/适合小宝的场次/);
    const out = await say({ button: buttonData(lists, /^预约 1$/) });
    const booked = out.tools.filter((t) => t.name === 'book_session' && t.ok);
    expect(booked).toHaveLength(2);
    expect(out.reply).toMatch(/11月29日（周日）上午 · 朵朵/);
    expect(out.reply).toMatch(/11月29日（周日）上午 · 小宝/);
  });

  it("a pick the baby is too young for books the older child and lists the baby's own places again", async () => {
    const say = chatAs(app, 9_529_002);
    await say('大的叫朵朵 2024-05-01 小的叫小宝 2026-02-10');
    const lists = await say('周日上午集美 给两个孩子都约上');
    const xinglin = /(\d)\. 杏林/.exec(lists.reply)?.[1];
    expect(xinglin).toBeDefined();
    const out = await say({ button: buttonData(lists, new RegExp(`^预约 ${xinglin}$`)) });
    expect(out.tools.filter((t) => t.name === 'book_session' && t.ok)).toHaveLength(1);
    expect(out.reply).toMatch(/小宝.*9个月/);
    expect(out.reply).toMatch(/适合小宝的场次[\s\S]*侨英/);
    expect(out.buttons.flat().some((b) => /^预约 1$/.test(b.text))).toBe(true);
  });

  it('"actually just Ava, Noah has a doctor\'s appointment" after both were booked asks to cancel Noah\'s booking', async () => {
    const say = chatAs(app, 9_529_003);
    await say('twins Ava and Noah, born 2024-03-03');
    const list = await say('saturday morning siming for both');
    await say({ button: buttonData(list, /^Book 1$/) });
    const asked = await say("actually just Ava, Noah has a doctor's appointment that morning");
    expect(asked.reply).toMatch(/Cancel booking [A-Z0-9]+\?/);
    expect(asked.reply).toMatch(/Noah · Sat 28 Nov/);
    expect(asked.reply).not.toMatch(/Ava · Sat 28 Nov/);
    const done = await say({ button: buttonData(asked, /Yes, cancel/) });
    expect(done.tools.map((t) => t.name)).toContain('cancel_booking');
    const mine = await say('my bookings');
    expect(mine.reply).toMatch(/Ava/);
    expect(mine.reply).not.toMatch(/Noah · Sat 28 Nov/);
  });

  it('"10號跟20號" registers two children told with their birth months only', async () => {
    const say = chatAs(app, 9_529_004);
    const asked = await say('我有兩個小孩 哥哥叫安安 2023年12月生 妹妹叫樂樂 2025年3月生 幫我登記');
    expect(asked.reply).toMatch(/安安是2023年12月幾號出生/);
    const out = await say('10號跟20號');
    const registered = out.tools.filter((t) => t.name === 'register_child').map((t) => t.args);
    expect(registered).toEqual([
      { name: '安安', birthDate: '2023-12-10' },
      { name: '樂樂', birthDate: '2025-03-20' },
    ]);
  });

  it('a birthday "changed" before any child is registered registers the child with it', async () => {
    const say = chatAs(app, 9_529_005);
    const out = await say('帮我把果果的生日改成2025年6月20号');
    expect(out.tools.map((t) => t.args)).toContainEqual({ name: '果果', birthDate: '2025-06-20' });
    expect(out.reply).not.toMatch(/改约|没有可以改/);
  });

  it('"这周六 can\'t make it 了, 改 next Sunday 同一个时间 可以吗" moves the booking, offering its own point', async () => {
    const say = chatAs(app, 9_529_006);
    await say('Emma 2024-03-10');
    const list = await say('周六上午五缘湾');
    const wy = /(\d)\. 五缘湾/.exec(list.reply)?.[1];
    await say({ button: buttonData(list, new RegExp(`^预约 ${wy}$`)) });
    const move = await say("这周六 can't make it 了, 改 next Sunday 同一个时间 可以吗");
    expect(move.citations).toEqual([]);
    expect(move.reply).toMatch(/12月6日（周日）/);
    const done = await say('ok 好的');
    expect(done.reply).toMatch(/12月6日（周日）上午 · Emma/);
    expect(done.tools.map((t) => t.name)).toContain('cancel_booking');
  });

  it('"Book Sophie in…" with only Emma registered asks for Sophie\'s birthday, then lists places for Sophie', async () => {
    const say = chatAs(app, 9_529_007);
    await say('Emma 2024-03-10');
    const asked = await say('Book Sophie in for saturday morning in siming please');
    expect(asked.reply).toMatch(/Sophie/);
    expect(asked.tools.map((t) => t.name)).not.toContain('search_slots');
    const out = await say('she was born 2025-01-15');
    expect(out.tools.map((t) => t.args)).toContainEqual({ name: 'Sophie', birthDate: '2025-01-15' });
    expect(out.reply).toMatch(/Sessions for Sophie/);
  });

  it('an 11-month-old named but not registered is searched for by the age told', async () => {
    const say = chatAs(app, 9_529_008);
    const out = await say('my son Ben is 11 months, can he go to xinglin on sunday morning?');
    expect(out.reply).toMatch(/12 months/);
    expect(out.tools.map((t) => t.name)).toContain('search_slots');
  });
});
