import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The first characters of a reply, where the answer must lead. */
const lead = (reply: string) => reply.slice(0, 120);

/**
 * Round 54, pol54: the kinds of point asked with a drop-off word; whether Sunday has the kinds of care just compared;
 * what the weekdays hold; a session's length asked beside the booking window; what a child does "in there"; a child
 * with special needs described in other words (non-verbal, sensory processing).
 */
describe('round 54 service questions (pol54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_554_100;
  it('the two kinds of point, asked with "drop my child off": both named, no search', async () => {
    const out = await chatAs(app, ++user)("What are the two kinds of point in Xiamen's 2026 plan? Which one lets me drop my child off?");
    expect(out.reply).toMatch(/community shared/i);
    expect(out.reply).toMatch(/institution embedded/i);
    expect(citedDocs(out)).toContain('service-point-types');
    expect(searchedSlots(out)).toBe(false);
  });

  it('"那周日呢 也有这两种吗" after half-day vs temporary care: answered, not Sunday\'s list', async () => {
    const say = chatAs(app, ++user);
    await say('半日托和临时托有什么区别');
    const out = await say('那周日呢 也有这两种吗');
    expect(out.reply).toMatch(/周日|周末|星期天/);
    expect(searchedSlots(out)).toBe(false);
  });

  it('what the weekdays hold, asked on a day off: the week described, no list of one day', async () => {
    const out = await chatAs(app, ++user)('平日有什麼活動嗎 我週三休假');
    expect(out.reply).toMatch(/平日|週[一二三四五]|體驗課|課/);
    expect(out.reply).not.toMatch(/餘\d+個名額/);
  });

  it('how long Saturday temporary care lasts, asked beside the booking window: both answered, no search', async () => {
    const out = await chatAs(app, ++user)('週六的臨時托最多可以托多久 要提前幾天約');
    expect(lead(out.reply)).toMatch(/14天/);
    expect(out.reply).toMatch(/2小時/);
    expect(searchedSlots(out)).toBe(false);
  });

  it('what a child does "in there" all morning: the point\'s services lead, not a toddler routine at home', async () => {
    const out = await chatAs(app, ++user)('宝宝在里面一上午都干嘛 有没有吃点心 要不要午睡');
    expect(lead(out.reply)).toMatch(/服务点|托育/);
    expect(citedDocs(out)[0]).toMatch(/^service-/);
  });

  it.each([
    ['My son is autistic and mostly non-verbal. Could he still go?', /special needs/i],
    ['儿子是自闭症 基本不说话 还能去吗', /特殊需要/],
    ['孩子有感统失调 可以送去吗', /特殊需要/],
  ])('%s: the special-needs answer', async (text, heading) => {
    const out = await chatAs(app, ++user)(text);
    expect(lead(out.reply)).toMatch(heading);
    expect(citedDocs(out)).toContain('service-eligibility');
  });
});
