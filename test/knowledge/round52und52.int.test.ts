import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 52, und52: nap bedding has its own section (not the parking one); diarrhoea's return says 24 h and the NHS 48 h. */
describe('round 52 service questions (und52)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_552_100;
  it('nap bedding is answered without parking', async () => {
    const out = await chatAs(app, ++user)('孩子中午要睡觉 被褥要自己准备吗');
    expect(out.reply).toMatch(/午睡/);
    expect(out.reply).not.toMatch(/停车/);
    expect(citedDocs(out)).toContain('service-practical-questions');
  });

  it('diarrhoea stopped a day ago: 24 hours and the NHS 48 hours', async () => {
    const out = await chatAs(app, ++user)('拉肚子昨天停了 明天可以送去托育点吗');
    expect(out.reply).toMatch(/24小时/);
    expect(out.reply).toMatch(/48小时/);
    expect(citedDocs(out)).toContain('policy-health-check');
  });
});
