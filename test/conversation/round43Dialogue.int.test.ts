import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, ticketsOf, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 43 (the lead's probes, test/fixtures/eval-tuning/lead43.jsonl).
describe('round 43 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('two points on one Saturday, asked about, get the weekly-limit rule (both parts of a day allowed), not a list of places', async () => {
    const out = await chatAs(app, 9_543_001)('周六上午想带娃去湖里的点 下午再去思明那边另一个点 一天约两个地方可以吗');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/上午、下午各约一场/);
    expect(citedDocs(out)[0]).toBe('service-how-to-book');
  });

  it('"anything free in huli this saturday morning? also … snacks" searches and answers the snack question', async () => {
    const out = await chatAs(app, 9_543_002)("anything free in huli this saturday morning? also can she bring her own snacks, she's allergic to egg");
    expect(searched(out)).toBe(true);
    expect(out.reply).toMatch(/snack|allerg/i);
  });

  it('"how much, he is two" after rehydration salts is about the salts, with no millilitres of milk', async () => {
    const say = chatAs(app, 9_543_003);
    await say('宝宝拉肚子 要不要喝口服补液盐');
    const out = await say('要喝多少啊 他两岁');
    expect(out.reply).toMatch(/补液盐/);
    expect(out.reply).toMatch(/少量多次/);
    expect(out.reply).not.toMatch(/\d+\s*毫升/);
  });

  it.each([
    ["she's had a runny nose for two days. no cough, no fever, still eating and playing normally. anything to worry about?", /cold/i, /urine|has a fever —/i],
  ])('a runny nose with no cough and no fever is a cold: %s', async (text, says, never) => {
    const out = await chatAs(app, 9_543_004)(text);
    expect(out.reply).toMatch(says);
    expect(out.reply).not.toMatch(never);
    expect(firstLine(out)).not.toMatch(/120|doctor today|今天.*看医生/);
  });

  it.each([
    ['my 2 year old will only eat rice and noodles, he wont touch any vegetables', 'is it ok if i just hide the veg in his food?', /hiding alone/],
    ['两岁只吃白饭 青菜一口不吃', '那把菜剁碎藏在饺子里行吗', /只靠“藏”/],
  ])('hiding vegetables, asked after picky eating, gets its own answer: %s', async (first, second, says) => {
    const say = chatAs(app, 9_543_005);
    await say(first);
    const out = await say(second);
    expect(out.reply).toMatch(says);
  });

  it('a bite at a kindergarten toddler class gets wound first aid and no complaint ticket', async () => {
    const out = await chatAs(app, 9_543_006)('孩子在幼儿园托班被小朋友咬了一口 没破皮 就是有个牙印 回来要怎么处理');
    expect(out.reply).toMatch(/洗/);
    expect(out.reply).not.toMatch(/服务点受了伤|投诉/);
    expect(await ticketsOf(app, 9_543_006)).toEqual([]);
  });

  it("a child coming back to the parents' bed after 分床 gets walking him back, every time", async () => {
    const say = chatAs(app, 9_543_007);
    await say('老大三岁了 想让他自己睡一张床 分床要怎么弄');
    const out = await say('现在他半夜醒了就跑回我们床上 怎么办');
    expect(out.reply).toMatch(/送回自己的床/);
    expect(out.reply).toMatch(/坚持/);
  });

  it.each([
    ["my mum is going to take him on saturday but she doesn't have wechat, is that a problem?", /no WeChat/],
    ['外婆没有微信 她送孩子过去有影响吗', /不需要微信/],
  ])('a grandparent without WeChat may bring the child: %s', async (text, says) => {
    const out = await chatAs(app, 9_543_008)(text);
    expect(out.reply).toMatch(says);
    expect(searched(out)).toBe(false);
  });

  it('moving to another district needs no new registration', async () => {
    const out = await chatAs(app, 9_543_009)("we're moving to xiang'an next month, do we have to register again or anything?");
    expect(out.reply).toMatch(/don't need to register again|no new registration/);
    expect(searched(out)).toBe(false);
  });
});
