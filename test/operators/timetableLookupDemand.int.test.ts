import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Unmet demand counts a parent's request for a date or part of day that found no free place, not the assistant
 * reading the timetable to answer a general question ("平日可以托吗": every weekday looked up, empty Mondays included).
 */
let app: App & { clock: { set(d: Date): void } };

beforeAll(async () => {
  app = await createTestApp();
});

const unmet = async () => Number((await app.db.pool.query(`SELECT count(*) AS n FROM unmet_searches`)).rows[0].n);

describe('unmet demand and timetable lookups', () => {
  it('a general weekday question answered from the timetable does not move the figure; a request for a day with nothing does', async () => {
    const before = await unmet();
    let now = TEST_NOW.getTime();
    const say = async (userId: number, text: string) => {
      now += 60_000;
      app.clock.set(new Date(now));
      return app.core.handleTurn({ userId, now: new Date(now), text });
    };
    const general = await say(9801, '平日可以托嗎？我們禮拜一到禮拜五都要上班');
    expect(general.reply).toMatch(/週末|周末/);
    await say(9802, 'Is there any daycare on weekdays? we both work mon-fri');
    expect(await unmet()).toBe(before);
    await say(9803, '下周一上午有半日托吗');
    expect(await unmet()).toBeGreaterThan(before);
  });
});
