import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 47, the lead's merge fixes: a question about the point is not answered from a home section; near-ties answered right. */
describe('round 47 merge: answers', () => {
  let app: TestApp;
  let user = 9_547_900;
  beforeAll(async () => {
    app = await createTestApp();
  });
  const ask = (text: string) => chatAs(app, ++user)(text);

  it.each([
    ['可以带宠物去服务点吗', /资料里没有直接回答/],
    ['can we bring our dog to the point?', /don't answer/],
  ])('%s: the pets-at-home section is no answer about the point', async (text, notCovered) => {
    const out = await ask(text);
    expect(out.reply).toMatch(notCovered);
    expect(citedDocs(out)).not.toContain('parenting-home-safety-choking');
  });

  it.each([
    ['孩子第一次去服务点 一直哭怎么办', 'parenting-separation-anxiety'],
    ['can she bring her comfort blanket to the point?', 'parenting-separation-anxiety'],
    ['every time the pacifier drops out at night he wakes up crying', 'parenting-teething-oral-care'],
    ['爷爷看电视 孩子在边上玩积木 电视一直响着 对孩子不好吗', 'parenting-screen-time'],
  ])('%s → answered from %s', async (text, doc) => {
    const out = await ask(text);
    expect(searchedSlots(out)).toBe(false);
    expect(citedDocs(out)[0]).toBe(doc);
  });
});
