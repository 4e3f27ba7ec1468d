import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 53, und53: diarrhoea said to be over ("前天拉肚子 昨天就好了") with "这样能去吗" asks about going back to care — the
 * return rule (24 hours, the NHS 48 hours), not the home-care answer for diarrhoea now; beside a booking too.
 */
describe('round 53 return to care after diarrhoea (und53)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_553_100;
  it('"前天拉肚子 昨天就好了 这样能去吗" gets 24 hours and the NHS 48 hours', async () => {
    const out = await chatAs(app, ++user)('她前天拉肚子 昨天就好了 这样能去吗');
    expect(out.reply).toMatch(/24小时/);
    expect(out.reply).toMatch(/48小时/);
    expect(citedDocs(out)).toContain('policy-health-check');
  });

  it('beside a booking, the list and the return rule', async () => {
    const say = chatAs(app, ++user);
    await say('我女儿朵朵 2025-06-18出生');
    const out = await say('周六上午集美给朵朵约个 她前天拉肚子 昨天就好了 这样能去吗');
    expect(out.reply).toMatch(/集美/);
    expect(out.reply).toMatch(/48小时/);
    expect(out.reply).not.toMatch(/可以在家护理/);
  });
});
