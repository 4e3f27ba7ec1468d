import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 47, par47z (test/fixtures/eval-tuning/par47z.jsonl): Chinese parenting questions answered from their sections, worded apart from the probe. */
describe('round 47 Chinese parenting questions (par47z)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 900_000);

  let user = 9_547_600;
  it.each([
    ['快一岁了 蜂蜜小蛋糕是烤熟的 能给她尝一口吗', /烘焙|耐热/, 'parenting-starting-solids'],
    ['三岁孩子半夜磨牙 是不是缺钙了', /缺钙/, 'parenting-teething-oral-care'],
    ['宝宝一岁半 睡着后满头大汗 老人说身子虚要补钙', /不是缺钙/, 'parenting-safe-sleep'],
    ['快三岁了还吸手指 婆婆要给他抹苦甲水', /不要涂苦味药水/, 'parenting-teething-oral-care'],
    ['刚出生一周 脸和眼白黄黄的 奶奶说抱去阳台晒太阳了就好', /晒太阳/, 'parenting-newborn-care'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out).some((d) => new RegExp(`^(${doc})$`).test(d ?? ''))).toBe(true);
  });
});
