import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 41 (the lead's probes, test/fixtures/eval-tuning/lead41.jsonl).
describe('round 41 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('a question marked after a story about last week’s booking is answered, with no search', async () => {
    const out = await chatAs(
      app,
      9_541_001,
    )('we booked a saturday slot last week which went fine. anyway my question: how much water should a 1 year old drink a day?');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/water/i);
    expect(citedDocs(out)[0]).toMatch(/^parenting-/);
  });

  it('thanks for last Sunday’s picture-book class, in mixed words, is thanked for', async () => {
    const out = await chatAs(app, 9_541_002)('thanks for last sunday, 他超喜欢那个绘本课');
    expect(out.reply).not.toMatch(/已经过去|already passed/);
    expect(out.reply).toMatch(/开心|glad/i);
    expect(searched(out)).toBe(false);
  });

  it('whether grandpa may book is answered from the section on grandparents, with no booking flow', async () => {
    const out = await chatAs(app, 9_541_003)("can grandpa book the session for our daughter? he's the one taking her");
    expect(citedDocs(out)[0]).toBe('service-faq');
    expect(out.reply).toMatch(/grand/i);
  });

  it('blood after a mucus story, told with "today", is no search for today’s places', async () => {
    const say = chatAs(app, 9_541_004);
    await say("there was some mucus in my toddler's poo yesterday");
    const out = await say("today there's a streak of blood in it too");
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/doctor/i);
  });

  it('a cooling patch for a fever of 38 (Traditional) and 退烧贴 or 美林 (mixed) get the home-care section', async () => {
    const hant = await chatAs(app, 9_541_005)('女兒發燒38度 可以貼退熱貼嗎');
    expect(citedDocs(hant)[0]).toBe('parenting-fever-illness');
    expect(hant.reply).toMatch(/退(?:熱|燒)貼/);
    const mixed = await chatAs(app, 9_541_006)('宝宝fever 38.9 可以用退烧贴吗 还是直接吃美林');
    expect(mixed.reply).toMatch(/退烧贴/);
    expect(mixed.reply).not.toMatch(/水痘/);
  });

  it('crying and clinging at the kindergarten gate is separation, not "no reliable answer"', async () => {
    const out = await chatAs(app, 9_541_007)('女兒兩歲半 剛上幼兒園小班 每天在門口哭著抱著我不放 要不要晚一年再讀');
    expect(citedDocs(out)[0]).toBe('parenting-separation-anxiety');
  });

  it('"how long does this stage normally last?" after stranger anxiety is not the mouthing stage', async () => {
    const say = chatAs(app, 9_541_008);
    await say('my 10 month old bursts into tears whenever a stranger even looks at him, like at the supermarket');
    const out = await say('how long does this stage normally last?');
    expect(out.reply).toMatch(/stranger/i);
    expect(out.reply).not.toMatch(/mouth/i);
  });

  it('tips for a first half-day session find settling in, not how to search', async () => {
    const out = await chatAs(app, 9_541_009)("it's her first time at half-day care this saturday, any tips?");
    expect(citedDocs(out)[0]).toBe('parenting-separation-anxiety');
    expect(searched(out)).toBe(false);
  });

  it('an age corrected after a talking answer is answered again for that age, not "no reliable answer"', async () => {
    const say = chatAs(app, 9_541_010);
    const first = await say('宝宝两岁了 会说的就十来个词 不会说两个字连起来的话 是不是说话晚');
    const again = await say('不好意思我说错了 是一岁八个月');
    expect(citedDocs(again)[0]).toBe(citedDocs(first)[0]);
    expect(again.reply).not.toMatch(/没有可靠/);
  });
});
