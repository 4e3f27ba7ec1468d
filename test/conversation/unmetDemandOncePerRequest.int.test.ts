import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * A parent's request that finds no free place counts once as unmet demand. The wider searches the assistant then
 * tries for alternatives (any time of day, other districts, later days) are not new requests and must not count again.
 */
let app: App & { clock: { set(d: Date): void } };

beforeAll(async () => {
  app = await createTestApp();
});

const unmet = async () => Number((await app.db.pool.query(`SELECT count(*) AS n FROM unmet_searches`)).rows[0].n);

describe('unmet demand: one count per request', () => {
  it('an empty specific request whose first alternatives are empty too is counted once, then alternatives are listed', async () => {
    let now = TEST_NOW.getTime();
    const say = async (userId: number, text: string) => {
      now += 60_000;
      app.clock.set(new Date(now));
      return app.core.handleTurn({ userId, now: new Date(now), text });
    };
    const before = await unmet();
    // Monday 30 Nov: no care anywhere; the same day at any time, then in any district, are empty as well.
    const turn = await say(9811, '下周一上午湖里有半日托吗');
    const searches = turn.tools.filter((c) => c.name === 'search_slots');
    expect(searches.length).toBeGreaterThan(2);
    expect(await unmet()).toBe(before + 1);
    // A request that finds free places counts nothing.
    await say(9812, '这周六下午湖里有位吗');
    expect(await unmet()).toBe(before + 1);
  });
});
