import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 48, par48z (test/fixtures/eval-tuning/par48z.jsonl): Chinese parenting questions answered from their sections, worded apart from the probe. */
describe('round 48 parenting questions (par48z)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_548_200;
  it.each([
    ['想给女儿把睫毛剪短一点 说这样以后会更长 可以吗', /没有证据表明剪睫毛/, 'parenting-newborn-care'],
    ['宝宝两边脸颊里面鼓着两块 老人说是螳螂嘴 要不要挑掉', /脂肪垫/, 'parenting-newborn-care'],
    ['一次要打三针疫苗 宝宝的身体受得了吗', /免疫系统/, 'parenting-vaccination'],
    ['断奶的时候在奶头上抹点风油精可以吗', /风油精/, 'parenting-breastfeeding'],
    ['宝宝晚上出汗多 要不要带去查个微量元素', /微量元素检测/, 'parenting-common-concerns'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('spit-up with tummy sleeping asked names the sleep risk (Traditional)', async () => {
    const out = await chatAs(app, ++user)('寶寶常常溢奶 讓他趴著睡會不會比較好');
    expect(out.reply).toMatch(/猝死/);
    expect(out.reply).toMatch(/仰睡/);
  });

  // "抹点母乳" in a follow-up had drawn the breastfeeding answer ("is my baby getting enough breast milk"); only the
  // probe's "用母乳擦" wording found the drool-rash answer.
  it('wiping drool rash with breast milk, asked after the teething answer, is answered', async () => {
    const say = chatAs(app, ++user);
    await say('长牙流口水 下巴红了一片 怎么办');
    const out = await say('奶奶说抹点母乳就好 可以吗');
    expect(out.reply).toMatch(/不要用母乳擦/);
  });

  it('"可是他在里面玩得很开心" after the walker answer objects to it: no thanks for a session', async () => {
    const say = chatAs(app, ++user);
    await say('十个月 可以给他用学步车吗');
    const out = await say('可是他坐在里面玩得很开心 抱出来就哭');
    expect(out.reply).not.toMatch(/玩得开心就好/);
    expect(searched(out)).toBe(false);
  });
});
