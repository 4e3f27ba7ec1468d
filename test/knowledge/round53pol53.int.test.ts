import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The first characters of a reply, where the answer must lead. */
const lead = (reply: string) => reply.slice(0, 120);

/**
 * Round 53, pol53: the free-cancellation deadline leads a late-cancel or no-show answer; more points asked with a
 * district named; the waitlist hold after a waitlist answer; how a family hears a session is called off; the drop-off ages.
 */
describe('round 53 service questions (pol53)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_553_100;
  it.each([['提前一个钟头取消算不算爽约'], ['如果開始前一個小時才取消 會被算成放鳥嗎'], ['提前1小时cancel算no-show吗']])(
    '%s: the 2 hours lead',
    async (text) => {
      const out = await chatAs(app, ++user)(text);
      expect(lead(out.reply)).toMatch(/2\s*小[时時]/);
    },
  );

  it('an hour before, in English: the 2 hours lead', async () => {
    const out = await chatAs(app, ++user)('if i cancel an hour before it starts does that count as a no show');
    expect(lead(out.reply)).toMatch(/2 hours/);
  });

  it('more points this year with a district named: the 2026 and 2027 targets, no search', async () => {
    const out = await chatAs(app, ++user)('今年还会开新的点吗 翔安这边太少了');
    expect(out.reply).toMatch(/2026/);
    expect(citedDocs(out)).toContain('service-overview');
    expect(searchedSlots(out)).toBe(false);
  });

  it('the hold asked after a waitlist answer: 30 minutes', async () => {
    const say = chatAs(app, ++user);
    await say('周日上午要是约满了怎么办 能排队等吗');
    const out = await say('那排到我了 我得在多长时间里确认');
    expect(lead(out.reply)).toMatch(/候补/);
    expect(out.reply).toMatch(/30\s*分钟/);
  });

  it('how a family hears a session is called off: the message, not the no-show rule', async () => {
    const say = chatAs(app, ++user);
    await say('is saturday care still on if the typhoon comes?');
    const out = await say("how would we even hear about it if it's cancelled");
    expect(out.reply).toMatch(/sends a message/);
    expect(citedDocs(out)).toContain('service-faq');
  });

  it('an 8-month-old and drop-off: from 6 months', async () => {
    const out = await chatAs(app, ++user)('baby 8个月 可以drop off吗 还是家长要陪着');
    expect(out.reply).toMatch(/半岁|6个月/);
  });
});
