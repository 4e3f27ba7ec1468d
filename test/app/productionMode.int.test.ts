import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { bootstrapApp } from '../../src/app/bootstrapApp.ts';
import { parseConfig } from '../../src/config/config.ts';
import { fixedClock } from '../../src/time/clock.ts';

/** Issue 10 items 3 and 12: demo data only in the demo; production starts with no points and only the configured staff. */
function memoryLogger() {
  const lines: Array<Record<string, any>> = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { logger, lines };
}

const clock = fixedClock('2026-11-25T10:00:00+08:00');

async function staffIds(app: Awaited<ReturnType<typeof bootstrapApp>>): Promise<number[]> {
  const r = await app.db.pool.query<{ id: number }>('SELECT telegram_user_id AS id FROM staff ORDER BY 1');
  return r.rows.map((x) => Number(x.id));
}

describe('APP_MODE at start', () => {
  it('production: a first start on an empty database seeds nothing, has only the configured staff, and says how to load points', async () => {
    const config = parseConfig({
      APP_MODE: 'production',
      DATA_DIR: 'memory://',
      BUTTON_SECRET: 'production-button-secret-0123',
      STAFF_USER_IDS: '7001, 7002',
      EMBEDDER: 'offline',
    });
    const { logger, lines } = memoryLogger();
    const app = await bootstrapApp({ config, clock, logger, brain: 'offline' });
    try {
      expect((await app.db.pool.query('SELECT count(*)::int AS n FROM service_points')).rows[0].n).toBe(0);
      expect((await app.db.pool.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n).toBe(0);
      expect(await staffIds(app)).toEqual([7001, 7002]);
      expect(lines.some((l) => l.msg === 'demo data ready')).toBe(false);
      const hint = lines.find((l) => typeof l.msg === 'string' && l.msg.includes('npm run points:import -- FILE'));
      expect(hint?.level).toBe(40); // warn
      expect(hint?.msg).toContain('no childcare points');
    } finally {
      await app.db.close();
    }
  }, 180_000);

  it('demo (a bare checkout): the demo network is seeded as before', async () => {
    const config = parseConfig({ DATA_DIR: 'memory://', EMBEDDER: 'offline' });
    expect(config.mode).toBe('demo');
    const { logger, lines } = memoryLogger();
    const app = await bootstrapApp({ config, clock, logger, brain: 'offline' });
    try {
      expect((await app.db.pool.query('SELECT count(*)::int AS n FROM service_points')).rows[0].n).toBeGreaterThanOrEqual(12);
      expect(await staffIds(app)).toEqual([900001, 900002]);
      expect(lines.some((l) => l.msg === 'demo data ready')).toBe(true);
    } finally {
      await app.db.close();
    }
  }, 180_000);
});
