import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// "果果 2024年3月出生", "Leo, born March 2024": a birth month without the day is not dropped as out of scope and not
// registered with an invented day — the parent is asked which day, and "15号" / "the 3rd" completes it. A name
// introduced with 我女儿 / 我儿子 is stored without the 我.
describe('a birth month told without the day', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it.each([
    [9_510_001, '果果 2024年3月出生', /果果是2024年3月几号出生/, '15号', /已登记：果果（2岁8个月）/],
    [9_510_002, '我儿子果果2024年3月出生', /果果是2024年3月几号出生/, '十五號', /已登記：果果/],
    [9_510_003, 'Leo, born March 2024', /Which day in March 2024 was Leo born/, 'the 3rd', /Registered: Leo \(2 y 8 m\)/],
  ])('%s: %s → asks the day → %s', async (userId, first, asked, day, registered) => {
    const say = chatAs(app, userId);
    const out = await say(first);
    expect(out.reply).toMatch(asked);
    expect(out.tools.map((t) => t.name)).not.toContain('register_child');
    const done = await say(day);
    expect(done.reply).toMatch(registered);
  });

  it('after "name and birth date?", a month keeps the booking it was for', async () => {
    const say = chatAs(app, 9_510_004);
    await say('这周六上午湖里有位吗');
    const ask = await say('约第1个');
    expect(ask.reply).toMatch(/出生日期/);
    expect((await say('果果 2024年3月出生')).reply).toMatch(/几号出生/);
    const done = await say('15号');
    expect(done.reply).toMatch(/已登记：果果/);
    expect(done.tools.map((t) => t.name)).toContain('book_session');
  });

  it.each([
    [9_510_005, '我女儿朵朵 2024-05-01出生', '已登记：朵朵（'],
    [9_510_006, '我闺女乐乐，2024年5月1日生', '已登记：乐乐（'],
  ])('%s: %s → the name without 我', async (userId, text, registered) => {
    const out = await chatAs(app, userId)(text);
    expect(out.reply).toContain(registered);
  });

  it('a birth month in a search gives the age for the search', async () => {
    const out = await chatAs(app, 9_510_007)('my son was born in March 2024, is there a slot this saturday?');
    const search = out.tools.find((t) => t.name === 'search_slots');
    expect(search?.args).toMatchObject({ childAgeMonths: 32 });
  });
});
