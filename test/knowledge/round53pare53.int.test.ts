import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 53, pare53: English and code-mixed parenting. Bite/hit back asked quotes its bullet; a baby can't be spoiled;
 * ears on a long-haul flight; a sticker chart tried; the cot before a new baby; a numbered child or a time counted is no pick.
 */
describe('round 53 parenting answers (pare53)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_553_500;
  it('"should we bite him back?" is answered by the don\'t-bite-back bullet', async () => {
    const out = await chatAs(app, ++user)('my father in law says we should bite him back so he learns how it feels. should we?');
    expect(out.reply).toMatch(/Don't bite or hit back/);
    expect(citedDocs(out)).toContain('parenting-behaviour-social');
  });

  it('picking up a crying baby will not spoil him', async () => {
    const out = await chatAs(app, ++user)("my mum says if we pick up our 2 month old every time he cries we'll spoil him. true?");
    expect(out.reply).toMatch(/can't spoil/);
  });

  it('a long-haul flight with ears asked about quotes feeding at take-off and the descent', async () => {
    const out = await chatAs(app, ++user)('flying xiamen to london with our 10 month old next month, 13 hours. any tips? worried about her ears');
    expect(out.reply).toMatch(/ear pain/);
    expect(out.reply).toMatch(/breastfeed|bottle|dummy/);
  });

  it('a sticker chart tried, with the toddler out of bed, is answered by the out-of-bed section', async () => {
    const out = await chatAs(app, ++user)("we tried the sticker chart, it doesn't work. our 2.5 yo still gets out of bed 10 times a night. what do i do?");
    expect(out.reply).toMatch(/back to bed/);
    expect(citedDocs(out)).toContain('parenting-sleep-routines');
  });

  it('a second biting "this month" is a parenting question, not a pick and no search', async () => {
    const out = await chatAs(app, ++user)('my 2 year old bit another kid at playgroup today, second time this month. how do i handle it');
    expect(out.reply).toMatch(/No biting|Biting hurts/i);
    expect(out.reply).not.toMatch(/half-day care|places left/);
  });

  it('"baby #2 due" and the cot: the new-baby timing', async () => {
    const out = await chatAs(
      app,
      ++user,
    )('baby #2 due in 3 months and our 22 month old is still in the cot we want for the baby. when should we move him to a bed?');
    expect(out.reply).toMatch(/before the birth or a few months after/);
  });

  it('老二要用小床: 换床提前或往后', async () => {
    const out = await chatAs(app, ++user)('老二三月份出生 老大20个月还睡crib 什么时候换大床比较好');
    expect(out.reply).toMatch(/二宝出生前1—2个月/);
  });

  it('grandparents insisting on 把尿 at one year find the 把尿 section', async () => {
    const out = await chatAs(app, ++user)('爷爷奶奶坚持给宝宝把尿 从小就把 现在一岁 这样ok吗');
    expect(out.reply).toMatch(/把尿/);
    expect(citedDocs(out)).toContain('parenting-folk-practices');
  });
});
