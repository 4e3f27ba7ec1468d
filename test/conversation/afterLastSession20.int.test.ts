import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Care asked for at an hour after the day's last session ("周六晚上6点有位吗", "any spot saturday at 6pm?"): the day's
 * timetable says when care ends, before the afternoon's list; an hour inside the sessions adds nothing. "Now" is
 * Wednesday 2026-11-25 10:00 in Xiamen; the demo network's weekend sessions end by 17:30.
 */
let app: App & { clock: { set(d: Date): void } };
let userId = 20_500;

async function ask(text: string): Promise<TurnOutput> {
  app.clock.set(TEST_NOW);
  return app.core.handleTurn({ userId: ++userId, now: TEST_NOW, text });
}

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('care asked for after the last session of the day', () => {
  it.each([
    ['周六晚上6点有位吗', /最晚在17:30结束，18:00没有托育/],
    ['禮拜六晚上6點還有位子嗎', /最晚在17:30結束，18:00沒有托育/],
    ['any spot saturday at 6pm?', /end by 17:30 at the latest, so there is no care at 18:00/],
  ])('%s: said when care ends, then the afternoon listed', async (text, said) => {
    const out = await ask(text);
    expect(out.reply).toMatch(said);
    const search = out.tools.find((t) => t.name === 'search_slots');
    expect(search?.args).toMatchObject({ from: '2026-11-28', to: '2026-11-28', partOfDay: 'afternoon' });
    // The note comes before the list, not after it.
    expect(out.reply.search(said)).toBeLessThan(out.reply.search(/13:00|14:00|15:00/));
  });

  it('an hour inside the sessions adds nothing', async () => {
    const out = await ask('周六下午3点有位吗');
    expect(out.reply).not.toMatch(/最晚在/);
    const en = await ask('anything saturday at 2pm?');
    expect(en.reply).not.toMatch(/at the latest/);
  });
});

describe('evening care asked in general', () => {
  it('"禮拜六晚上七點可以托嗎" is answered from the knowledge base: no evening care, the latest sessions end by 17:30', async () => {
    const out = await ask('禮拜六晚上七點可以托嗎');
    expect(out.reply).toMatch(/17:30/);
  });
});
