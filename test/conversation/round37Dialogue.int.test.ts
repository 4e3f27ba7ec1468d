import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 37 (the lead's probes, test/fixtures/eval-tuning/lead37.jsonl, and round 36's leftovers): a follow-up is asked
// of the answer that was given, and a "not covered" line quotes the parent's own last message.
describe('round 37 dialogue: follow-ups stay with the answer just given', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"那水杯呢" after what to bring to half-day care is the packing list that was answered, not wet pants in potty training', async () => {
    const say = chatAs(app, 9_537_001);
    const first = await say('去托育点要不要自己带尿不湿和换洗衣服');
    expect(citedDocs(first)).toContain('service-what-to-bring');
    const cup = await say('那水杯呢');
    expect(citedDocs(cup)).toEqual(['service-what-to-bring']);
    expect(cup.reply).toMatch(/水杯/);
    expect(cup.reply).not.toMatch(/尿裤子/);
  });

  it('"那过了生日以后呢" after a child turning 3 next week is the age rule read for the birthday, not "not covered"', async () => {
    const say = chatAs(app, 9_537_002);
    await say('我家闺女下礼拜二就满3周岁了 这个周六还能去吗');
    const after = await say('那过了生日以后呢');
    expect(citedDocs(after)).toEqual(['service-eligibility']);
    expect(after.reply).toMatch(/生日当天及以后/);
    expect(after.reply).not.toMatch(/没有直接回答/);
  });

  it('a follow-up the documents do not answer is quoted by its own words, not joined to the question before', async () => {
    const say = chatAs(app, 9_537_003);
    await say('一个老师最多带几个宝宝');
    const other = await say('那老师的工资是多少');
    expect(other.reply).toMatch(/没有直接回答“那老师的工资是多少”/);
    expect(other.reply).not.toMatch(/一个老师最多带几个宝宝/);
  });

  it("teething pain that spoils sleep: children's paracetamol or ibuprofen from 3 months, quoted when ibuprofen is asked", async () => {
    const say = chatAs(app, 9_537_004);
    const night = await say('宝宝 teething 晚上一直哭睡不好');
    expect(citedDocs(night)).toEqual(['parenting-teething-oral-care']);
    const medicine = await say('那可以吃 ibuprofen 吗');
    expect(medicine.reply).toMatch(/布洛芬/);
    expect(medicine.reply).toMatch(/3个月以上/);
    const en = await chatAs(app, 9_537_005)('teething is bad, can I give her ibuprofen?');
    expect(en.reply).toMatch(/children's paracetamol or children's ibuprofen/);
  });

  it('"ok 那什么时候要去医院" after a fever answered in English is the fever section on going to hospital, in Chinese', async () => {
    const say = chatAs(app, 9_537_006);
    await say('孩子发烧39度 我婆婆 want to 捂汗 with thick blanket, is that ok?');
    const when = await say('ok 那什么时候要去医院');
    expect(citedDocs(when)).toEqual(['parenting-fever-illness']);
    expect(when.reply).toMatch(/孩子发烧了要去医院吗/);
    expect(when.reply).not.toMatch(/没有直接回答/);
  });

  it('a mother low since the birth hears the human tone and then the section on postnatal depression, not only a hard day', async () => {
    const say = chatAs(app, 9_537_007);
    const low = await say('生完孩子三个月了 每天都想哭 什么都不想做 觉得自己是个失败的妈妈');
    expect(low.reply).toMatch(/12356/);
    expect(low.reply).toMatch(/会不会是产后抑郁/);
    expect(low.reply).toMatch(/看医生/);
    const tired = await chatAs(app, 9_537_008)('每天带娃带到崩溃 感觉自己是个很失败的妈妈');
    expect(tired.reply).not.toMatch(/会不会是产后抑郁/);
  });
});
