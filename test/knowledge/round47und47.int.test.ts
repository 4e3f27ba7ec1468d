import { beforeAll, describe, expect, it } from 'vitest';
import { bookedSessions, buttonData, chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 47, und47 (test/fixtures/eval-tuning/und47.jsonl): whole booking conversations. The test clock is Wed 25 Nov
// 2026, 10:00 in Xiamen: Saturday is 28 Nov; 新阳 (HC-XY) runs 13:00 temporary care and a 14:30 half day that Saturday.
describe('round 47 conversations (und47)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"is the 2:30 on saturday at xinyang still open?" lists the 14:30 session first, so Book 1 books it', async () => {
    const user = 9_547_001;
    const say = chatAs(app, user);
    await say('register my daughter Ava, born 22 April 2025');
    const list = await say('is the 2:30 on saturday at xinyang still open? for ava');
    expect(list.reply).toMatch(/1\.[^\n]*\n[^\n]*14:30/);
    await say({ button: buttonData(list, /Book 1/) });
    expect(await bookedSessions(app, user)).toEqual(['Ava 2026-11-28 14:30 HC-XY']);
  });

  it('"下午一点那场" still lists 13:00 first', async () => {
    const user = 9_547_002;
    const say = chatAs(app, user);
    await say('登记 糖糖 2025年3月8日');
    const list = await say('周六海沧新阳那边 下午一点那场 给糖糖约');
    await say({ button: buttonData(list, /预约 1/) });
    expect(await bookedSessions(app, user)).toEqual(['糖糖 2026-11-28 13:00 HC-XY']);
  });

  it('"算了 不用排了" after joining a waitlist shows the place with a button to leave it', async () => {
    const user = 9_547_003;
    const say = chatAs(app, user);
    await say('登記 宇恩 2024年5月18日');
    const full = await say('前埔這禮拜六早上還有位子嗎 想幫宇恩預約');
    await say({ button: buttonData(full, /候補|候补/) });
    const out = await say('算了 不用排了');
    expect(out.buttons.flat().some((b) => /退出候補|退出候补/.test(b.text))).toBe(true);
  });
});
