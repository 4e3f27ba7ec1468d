import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 49 (lead, from saf49's report): the fever care given until the doctor said "多喝水 / offer plenty to drink" to the
 * parent of a baby of a few months too, who is given no water — NICE NG143: offer regular fluids; for a breastfed baby the
 * right fluid is breast milk. The line now says a young baby's drink is more breast or formula feeds.
 */
describe('fever care until the doctor: a young baby drinks milk', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);
  let user = 9_649_100;

  it.each([
    ['4个月宝宝发烧38.6度 精神还可以', /母乳或配方奶/],
    ['my 4 month old has a fever of 38.6, still feeding ok', /breast or formula feeds/],
  ])('%s', async (text, says) => {
    const out = await chatAs(app, ++user)(text);
    expect(out.reply).toMatch(/今天就带孩子去看医生|see a doctor today/);
    expect(out.reply).toMatch(says);
  });
});
