import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// "那我可以先给他吃退烧药再去吗" after a doctor-today fever: the answer to that (yes, for comfort, by the label, no dose) and
// the visit still today — not the same advice again without an answer.
describe('fever medicine before a doctor-today visit', () => {
  // (The shared test database is closed by the worker, not by the test.)
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it.each([
    [9_400_001, '寶寶4個月 發燒39.2度 精神還可以 有在喝奶', '那我可以先給他吃退燒藥再去嗎', /可以先按藥品說明書[\s\S]*今天帶孩子去看醫生/],
    [
      9_400_002,
      'my 4 month old has a fever of 39.2, feeding ok',
      'can I give her fever medicine first and then go?',
      /You can give a fever medicine first[\s\S]*doctor today/,
    ],
  ])('%s: %s → %s', async (userId, first, second, answer) => {
    const say = chatAs(app, userId);
    await say(first);
    const out = await say(second);
    expect(out.reply).toMatch(answer);
    expect(out.reply).not.toMatch(/\d+\s*(?:mg|ml|毫升|毫克)/i);
  });
});
