import { beforeAll, describe, expect, it } from 'vitest';
import { bookedSessions, buttonData, chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 48, und48 (test/fixtures/eval-tuning/und48.jsonl): corrections and children in whole conversations. The test
// clock is Wed 25 Nov 2026, 10:00 in Xiamen: Saturday is 28 Nov; 江头 (HL-JT) runs a 09:00 half day at weekends and
// nothing that starts at 10:00 or 11:00.
describe('round 48 conversations (und48)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"the 11am at jiangtou" says nothing starts then, and "the 9 o\'clock one" books the 09:00 half day', async () => {
    const user = 9_548_001;
    const say = chatAs(app, user);
    await say('register my son Leo, born 12 September 2024');
    const list = await say('can leo do the 11am at jiangtou on sunday?');
    expect(list.reply).toMatch(/Nothing starts at 11:00/);
    await say("fine, the 9 o'clock one then");
    expect(await bookedSessions(app, user)).toEqual(['Leo 2026-11-29 09:00 HL-JT']);
  });

  it('"no the other kid, sorry" after booking moves the booking to the sibling', async () => {
    const user = 9_548_002;
    const say = chatAs(app, user);
    await say('register Leo born 12 September 2024 and Mia born 30 July 2025');
    const list = await say('book leo into saturday morning at jimei');
    await say({ button: buttonData(list, /Book 1/) });
    await say('no the other kid, sorry');
    const now = await bookedSessions(app, user);
    expect(now.some((b) => b.startsWith('Mia 2026-11-28'))).toBe(true);
    expect(now.some((b) => b.startsWith('Leo'))).toBe(false);
  });

  it('"另外还有个小的叫圆圆" asks 圆圆\'s birth date, and the date alone then registers 圆圆', async () => {
    const user = 9_548_003;
    const say = chatAs(app, user);
    await say('登记 乐乐 2024年3月10日');
    const asked = await say('另外还有个小的叫圆圆 也帮我加上');
    expect(asked.reply).toMatch(/圆圆/);
    await say('2025年12月1号生的');
    const children = await app.booking.listChildren(user);
    expect(children.map((c) => `${c.name} ${c.birthDate}`).sort()).toEqual(['乐乐 2024-03-10', '圆圆 2025-12-01']);
  });

  it('"sorry typo, 2024 not 2025" corrects only the year of the birth date', async () => {
    const user = 9_548_004;
    const say = chatAs(app, user);
    await say('please add my son Leo, born 12 Sept 2025');
    await say('sorry typo, 2024 not 2025');
    const children = await app.booking.listChildren(user);
    expect(children.map((c) => `${c.name} ${c.birthDate}`)).toEqual(['Leo 2024-09-12']);
  });
});
