import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 49, the lead's merge fixes. Near-ties in raw retrieval after five branches' knowledge edits (the right section
 * within a thousandth of another): the answer still quotes the section that answers. The fontanelle and neck-float questions find their own sections again.
 */
describe('round 49 merge: answers', () => {
  let app: TestApp;
  let user = 9_549_900;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);
  const ask = (text: string) => chatAs(app, ++user)(text);

  it.each([
    ['she refuses lunch at daycare but eats well at home', 'parenting-separation-anxiety', /settle/i],
    ['she had a fever in the night so we never went and I forgot to cancel, is that a no-show on our record?', 'service-no-show', /no-show/i],
    ['baby ears hurt on airplane what helps', 'parenting-weather-travel', /fly/i],
    ['are neck floats safe for babies', 'parenting-weather-travel', /neck float/i],
    ['宝宝后脑勺软软的地方一直没合上 两岁前会合吗', 'parenting-newborn-care', /囟门/],
    ['爷爷看电视 孩子在边上玩积木 电视一直响着 对孩子不好吗', 'parenting-screen-time', /电视/],
  ])('%s → %s', async (text, doc, heading) => {
    const out = await ask(text);
    expect(searchedSlots(out)).toBe(false);
    expect(citedDocs(out)[0]).toBe(doc);
    expect(firstLine(out)).toMatch(heading);
  });
});
