import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 47, par47e (test/fixtures/eval-tuning/par47e.jsonl): English and mixed-language parenting questions answered from their sections. */
describe('round 47 parenting questions (par47e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_547_500;
  it.each([
    [
      // ("highchair" written as one word still finds the tantrum section: left.)
      'our 20 month old goes rigid and yells every time we try the high chair, so we feed him on the go. what should we do?',
      /family table|booster/i,
      'parenting-behaviour-social',
    ],
    ['we move to a new apartment across the city next month, how can I help my 2 year old with it?', /routine|familiar/i, 'parenting-behaviour-fears'],
    ['my 9 month old wakes twice a night to feed, is she hungry or is it just a habit now?', /habit or comfort/i, 'parenting-common-concerns'],
    ['what is the gentlest way to wean my 14 month old off the breast?', /one feed/i, 'parenting-breastfeeding'],
    ['my 16 month old started biting other kids at playgroup, is that normal for his age?', /biting/i, 'parenting-behaviour-social'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('a night bottle given "so he goes back to sleep fast" is a question, not an emergency', async () => {
    const out = await chatAs(
      app,
      ++user,
    )('grandma gives our 15 month old a bottle each time he wakes at night so he goes back to sleep fast. is that a problem?');
    expect(out.reply.split('\n')[0]).not.toMatch(/120/);
    expect(searched(out)).toBe(false);
  });

  it('a swallowable toothpaste question gets the toothpaste answer, not swallowed-object first aid', async () => {
    const out = await chatAs(app, ++user)('我们家用的是可吞咽的宝宝牙膏 不含氟 宝宝20个月 需要换含氟的吗');
    expect(out.reply).toMatch(/含氟|氟/);
    expect(out.reply).not.toMatch(/低毒|观察24小时|24 小时/);
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
  });

  it('relatives who only hold the baby, after a new-baby answer, is a question about the older child, not a registration', async () => {
    const say = chatAs(app, ++user);
    await say('二胎快出生了 老大两岁半 怎么让他不吃醋');
    const out = await say('家里来人只抱小的 不理老大 怎么跟他们说');
    expect(out.reply).not.toMatch(/出生日期/);
    expect(out.reply).toMatch(/老大/);
  });

  it('the same dummy rule from every carer is in the answer', async () => {
    const out = await chatAs(app, ++user)('grandparents and the nanny give the dummy all day but we keep it for naps, does it matter if the rules differ?');
    expect(out.reply).toMatch(/same rule|stick to it/i);
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
  });
});
