import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp, heldBookings } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 33 (the lead's probes, test/fixtures/eval-tuning/lead33.jsonl): the parent corrects which booking a cancel
// is about before confirming it. The test clock is Wed 25 Nov 2026, 10:00 in Xiamen: Saturday is 28 Nov.
describe('round 33 dialogue: a cancel corrected before it is confirmed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  async function bookBoth(say: ReturnType<typeof chatAs>, first: string, second: string) {
    const sat = await say(first);
    await say({ button: buttonData(sat, /预约 1|預約 1|Book 1/) });
    const sun = await say(second);
    await say({ button: buttonData(sun, /预约 1|預約 1|Book 1/) });
  }

  it('"哦不 是周日的 周六要去" asks about Sunday\'s booking instead; confirming cancels only Sunday', async () => {
    const say = chatAs(app, 9_533_001);
    await say('我家朵朵2024年5月1日出生');
    await bookBoth(say, '周六上午湖里有位吗', '周日上午湖里有位吗');
    const ask = await say('取消周六的');
    expect(ask.reply).toMatch(/11月28日/);
    const again = await say('哦不 是周日的 周六要去');
    expect(again.reply).toMatch(/11月29日（周日）/);
    expect(again.reply).not.toMatch(/适合朵朵的场次/);
    await say({ button: buttonData(again, /确认取消/) });
    expect(await heldBookings(app, 9_533_001, 'district')).toEqual(['朵朵 2026-11-28 huli']);
  });

  it('"no wait, the 5th, not the 28th" moves the question to 5 December', async () => {
    const say = chatAs(app, 9_533_002);
    await say('my daughter Zoe was born 2024-05-05');
    await bookBoth(say, 'saturday morning in jimei?', 'next saturday morning in jimei?');
    await say("cancel Zoe's booking on the 28th");
    const again = await say('no wait, the 5th, not the 28th');
    expect(again.reply).toMatch(/5 Dec/);
    expect(again.tools.map((t) => t.name)).not.toContain('search_slots');
    await say({ button: buttonData(again, /Yes, cancel/) });
    expect(await heldBookings(app, 9_533_002, 'district')).toEqual(['Zoe 2026-11-28 jimei']);
  });

  it('"啊不是 是大寶的 小寶要去" asks about the other child\'s booking', async () => {
    const say = chatAs(app, 9_533_003);
    await say('大寶 2024-01-01 小寶 2025-01-01');
    await bookBoth(say, '幫大寶約禮拜六早上湖里', '幫小寶約禮拜六早上湖里');
    const held = await heldBookings(app, 9_533_003, 'district');
    expect(held).toHaveLength(2);
    await say('取消小寶禮拜六的');
    const again = await say('啊不是 是大寶的 小寶要去');
    expect(again.reply).toMatch(/大寶/);
    expect(again.citations).toHaveLength(0);
    await say({ button: buttonData(again, /確認取消|确认取消/) });
    expect(await heldBookings(app, 9_533_003, 'district')).toEqual(['小寶 2026-11-28 huli']);
  });
});

describe('round 33 dialogue: a whether-it-is part the answer already speaks of', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"…第二天什么都不记得 这是做噩梦吗" is answered by the night-terror section alone, and "那要不要把他叫醒" stays on it', async () => {
    const say = chatAs(app, 9_533_101);
    const first = await say(
      '两岁九个月 晚上睡着一两个小时就突然坐起来大哭大叫 眼睛睁着但好像不认识我 怎么哄都没用 十几分钟后又睡了 第二天什么都不记得 这是做噩梦吗',
    );
    expect(first.reply).toMatch(/夜惊/);
    expect(first.reply).not.toMatch(/怕黑/);
    const next = await say('那要不要把他叫醒');
    expect(next.reply).toMatch(/不(?:要|用|需要)(?:去)?(?:叫醒|弄醒)/);
    expect(next.reply).not.toMatch(/怕黑/);
  });
});
