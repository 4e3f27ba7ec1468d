import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 54, saf54: a knocked-out tooth that bleeds gets the dentist, not 120; the signs of dengue answer a question
 * about signs (not only prevention), while a worry about bites still gets prevention; a balcony railing's gap is
 * stated (11 cm, GB 50352-2019) with what a renter can do; coming back to care after a stomach bug is the
 * return-to-care rule. Worded apart from the probe file.
 */
describe('round 54 safety answers (saf54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_554_500;
  it('a tooth knocked out on a table corner and bleeding, Traditional: a dentist, not 120 first', async () => {
    const out = await chatAs(app, ++user)('女兒跌倒撞到桌角 一顆門牙掉出來了 一直流血 牙齒要放回去嗎');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/牙醫/);
    expect(out.reply).toMatch(/不要再放回去|不要放回/);
  });

  it('dengue signs asked in English: fever and a doctor today', async () => {
    const out = await chatAs(app, ++user)('how can I tell if my toddler has dengue? what symptoms?');
    expect(out.reply).toMatch(/fever/i);
    expect(out.reply).toMatch(/doctor today/i);
    expect(citedDocs(out)).toContain('parenting-weather-travel');
  });

  it('dengue signs asked in Chinese: fever, a doctor today', async () => {
    const out = await chatAs(app, ++user)('小孩得了登革热会怎么样 有哪些症状');
    expect(out.reply).toMatch(/发高烧/);
    expect(out.reply).toMatch(/今天看医生/);
  });

  it('bites and a dengue worry: prevention still answers', async () => {
    const out = await chatAs(app, ++user)('厦门说有登革热 我家宝宝身上好多蚊子包 平时要怎么预防');
    expect(out.reply).toMatch(/积水|蚊帐|纱窗/);
  });

  it('a balcony railing gap in English: 11 cm, the standard named', async () => {
    const out = await chatAs(app, ++user)('our rented flat has a balcony railing with big gaps, how wide is too wide for a toddler?');
    expect(out.reply).toMatch(/11\s*cm/);
    expect(out.reply).toMatch(/GB 50352/);
    expect(searchedSlots(out)).toBe(false);
  });

  it('a balcony railing gap in Chinese: 11厘米', async () => {
    const out = await chatAs(app, ++user)('阳台栏杆之间的缝多大算安全 宝宝会不会钻出去');
    expect(out.reply).toMatch(/11\s*厘米/);
  });

  it('back to care after norovirus, in Chinese: the return rule, cited', async () => {
    const out = await chatAs(app, ++user)('宝宝得了诺如 上吐下泻 好了以后几天能再送托育点');
    expect(out.reply).toMatch(/24\s*小时|48\s*小时/);
    expect(citedDocs(out)).toContain('policy-health-check');
  });
});
