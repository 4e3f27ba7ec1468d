import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 50, par50z (test/fixtures/eval-tuning/par50z.jsonl): Chinese parenting questions answered from their sections, worded apart from the probe. */
describe('round 50 parenting questions (par50z)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_550_200;
  it.each([
    // (A throwing-everything section was written and taken back with the other knowledge edits: they cost an unseen case.)
    ['外婆天天要给一个月的宝宝把尿 他一把就哭', /把尿/, 'parenting-folk-practices'],
    ['发烧了外公要给他穿三件毛衣发汗 行不行', /捂/, 'parenting-fever-illness'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('a toddler grabbing the bowl to feed herself is not a booking (no date picker)', async () => {
    // Its answer needs the self-feeding lines taken back with the knowledge edits; the reading stays.
    const out = await chatAs(app, ++user)('十四个月 老抢碗要自己舀 弄一身饭 要不要让她自己来');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/想约哪一天/);
  });

  it('a child who bites the grandparents gets the biting answer, not wound care', async () => {
    const out = await chatAs(app, ++user)('十三个月总咬人 外公手上一圈牙印 外公还乐呵呵的');
    expect(out.reply).not.toMatch(/伤口|肥皂/);
    expect(citedDocs(out)).toContain('parenting-behaviour-social');
  });

  it('pickup after a settling-in answer opens no date picker', async () => {
    const say = chatAs(app, ++user);
    await say('女儿刚开始去托育点 每次送过去都哭 我该不该留下来');
    const out = await say('那傍晚接她的时候我要说什么');
    expect(searched(out)).toBe(false);
    expect(out.reply).not.toMatch(/想约哪一天/);
  });
});
