import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// "周六上午约的那个 能不能改到下午": the booking pointed at is which booking the change is for — not a search or a booking of
// its own — and the part of the day after 改到 is the new one. With nothing booked, the parent is told so (a booking made
// by phone is changed at the point) and shown the new day's places; a general question about changing is still answered.
describe('a booking pointed at, then changed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('moves the morning booking to the afternoon, listing only the afternoon', async () => {
    const say = chatAs(app, 9_520_001);
    await say('我女儿朵朵 2024-05-01出生');
    await say('这周六上午湖里有位吗');
    expect((await say('约第1个')).reply).toMatch(/预约成功/);
    const out = await say('周六上午约的那个 能不能改到下午');
    expect(out.reply).toMatch(/改约朵朵原来/);
    expect(out.reply).toMatch(/周六）下午/);
    expect(out.reply).not.toMatch(/09:00–12:00/);
    expect(out.reply).not.toMatch(/另外，你还问了/);
    expect(out.tools.map((t) => t.name)).not.toContain('book_session');
  });

  it.each([
    [9_520_002, '周六上午约的那个 能不能改到下午', /没有查到你即将到来的预约/, /周六）下午的空位|下午.*空位/],
    [9_520_003, '我想把周六的预约改到周日', /没有查到你即将到来的预约/, /周日）/],
    [9_520_004, 'can I change my booking to Sunday?', /can't find an upcoming booking/, /Sun /],
  ])('%s: %s with nothing booked → said, and the new day offered', async (userId, text, none, offered) => {
    const out = await chatAs(app, userId)(text);
    expect(out.reply).toMatch(none);
    expect(out.reply).toMatch(offered);
    expect(out.reply).not.toMatch(/每周最多|at most 2/);
  });

  it('a general question about changing a booking is answered from the rules', async () => {
    const out = await chatAs(app, 9_520_005)('预约了还能改时间吗');
    expect(out.reply).not.toMatch(/没有查到/);
    expect(out.citations.map((c) => c.docId).join(' ')).toMatch(/service-change-cancel/);
  });
});

// "那帮我问一下吧" after an answer that could not say: staff get the question the parent asked before.
describe('asking the assistant to find out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('hands the earlier question to staff', async () => {
    const say = chatAs(app, 9_520_010);
    await say('殿前那个点有空调吗');
    const out = await say('那帮我问一下吧');
    expect(out.escalated).toBe(true);
    const ticket = out.tools.find((t) => t.name === 'escalate_to_staff');
    expect(String((ticket?.args as { question?: string })?.question)).toContain('殿前那个点有空调吗');
  });
});
