import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 47, pol47 (test/fixtures/eval-tuning/pol47.jsonl): praise, a child sent home ill, access and holidays answered, not searched. */
describe('round 47 service questions (pol47)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_547_400;

  it.each([
    ['前埔那边的陈阿姨特别有耐心 孩子现在天天说要去 真想好好谢谢她', /转达/],
    ['the carer at the Huli point was so patient with my son last saturday, please pass on our thanks', /pass your praise on/i],
  ])('praise for a carer is thanked for with how it reaches her: %s', async (text, says) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(out.reply).not.toMatch(/投诉|complaint/i);
  });

  it('a child sent home with a fever is answered, not handed to staff', async () => {
    const out = await chatAs(app, ++user)('周日孩子在托育点发烧了 老师打电话叫我去接 这次会不会记我没来');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/工单|已转给工作人员/);
  });

  // Getting into a point (accessAsked.ts) and the language of the classes (classLanguageAsked.ts), read by the lead after the merge.
  it.each([
    // ("my dad uses a wheelchair, can he get into the point to pick her up?" still ranks the pickup section first: left.)
    ['can my mum who is in a wheelchair collect him', /wheelchair/i, 'service-practical-questions'],
    ['婆婆坐轮椅 那个点有电梯吗', /轮椅/, 'service-practical-questions'],
    ['我坐轮椅 服务点门口有没有台阶', /轮椅/, 'service-practical-questions'],
    ['周末带班的老师上课讲英文吗 还是普通话', /普通话/, 'service-faq'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
