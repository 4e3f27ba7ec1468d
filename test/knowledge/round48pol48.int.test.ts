import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched, ticketsOf } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 48, pol48 (test/fixtures/eval-tuning/pol48.jsonl): festival Saturdays, 12345 with a ticket open, class ages and days, booking questions told. */
describe('round 48 service questions (pol48)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_548_400;

  it.each([
    ['元旦那个周六想送孩子去 现在能约上吗', /1月2日.{0,20}还没开放.{0,40}12月19日/],
    ['聖誕節那個禮拜六想帶小孩去 現在約得到嗎', /12月26日.{0,20}還沒開放.{0,40}12月12日/],
  ])('a festival Saturday is one day, not open yet, with the day it opens: %s', async (text, says) => {
    const out = await chatAs(app, ++user)(text);
    expect(out.reply).toMatch(says);
  });

  it('12345 asked with a complaint already with staff is answered, and no second ticket', async () => {
    const say = chatAs(app, ++user);
    await say('上礼拜投诉的事到现在都没人理 我要找你们负责的领导');
    const out = await say('是不是我直接打12345还快点');
    expect(out.reply).toMatch(/12345/);
    expect(citedDocs(out)).toContain('policy-contact-complaints');
    expect(await ticketsOf(app, user)).toEqual(['complaint']);
  });

  it('"那不满一岁的呢" after a ratio question is the infant ratio, no complaint', async () => {
    const say = chatAs(app, ++user);
    await say('一岁多的娃 一个老师要看几个孩子');
    const out = await say('那不满一岁的呢');
    expect(out.reply).toMatch(/1:3/);
    expect(await ticketsOf(app, user)).toEqual([]);
  });

  it("a class named with the child's age gets the class's ages, not a list of points", async () => {
    const out = await chatAs(app, ++user)('音乐社交课那个呢 我们家宝宝才十个月 能上不');
    expect(citedDocs(out)).toContain('service-kinds');
    expect(out.tools.some((t) => t.name === 'find_points')).toBe(false);
  });

  it('which day a class runs is answered from the classes document', async () => {
    const out = await chatAs(app, ++user)('對了 音樂課是禮拜幾上啊');
    expect(out.reply).toMatch(/週末|工作日/);
    expect(citedDocs(out)).toContain('service-kinds');
  });

  it.each(['怎么现在下午也开了 以前不是只开上午吗', "hi, 周末晚上 is anyone there? need to ask about tomorrow's booking"])('no search: %s', async (text) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
  });

  it('"could someone check for us?" after a question hands it to staff', async () => {
    const say = chatAs(app, ++user);
    await say('my dad uses a wheelchair, can he get in to pick her up?');
    await say('could someone check for us?');
    expect(await ticketsOf(app, user)).toEqual(['human_requested']);
  });
});
