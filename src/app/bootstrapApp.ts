import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { prepareDatabase } from './prepareDatabase.ts';
import { createApp, type App } from './createApp.ts';
import { prepareKnowledge } from './prepareKnowledge.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import type { Clock } from '../time/clock.ts';

export interface BootstrapOptions {
  config: Config;
  clock: Clock;
  logger: Logger;
  brain?: 'llm' | 'offline';
  /**
   * Seed demo data into an empty or demo database (or always, idempotently).
   * Default: 'if-empty' in demo mode, 'never' in production.
   */
  seed?: 'if-empty' | 'always' | 'never';
}

/** How an operator loads the real points (the command another module provides). */
export const POINTS_IMPORT_HINT = 'npm run points:import -- FILE';

/**
 * Database ready, demo data present (demo mode only), knowledge indexed,
 * configured staff in place, services built.
 */
export async function bootstrapApp({ config, clock, logger, brain, seed }: BootstrapOptions): Promise<App> {
  const db = await prepareDatabase(
    config,
    (m) => logger.info(m),
    // A dropped connection is reported, never fatal: the next request reconnects.
    (err) => logger.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'database connection lost'),
  );
  const seeding = seed ?? (config.mode === 'demo' ? 'if-empty' : 'never');
  try {
    // The demo network is recognised by its first point and its two staff ids (src/demo/seedDemo.ts).
    const points = await db.pool.query<{ n: number; demo: number; demoStaff: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE code = 'SM-QP')::int AS demo,
              (SELECT count(*)::int FROM staff WHERE telegram_user_id IN (900001, 900002)) AS "demoStaff"
         FROM service_points`,
    );
    const row = points.rows[0]!;
    if (seeding !== 'never' && (seeding === 'always' || row.n === 0 || row.demo > 0)) {
      // An empty database gets the demo network; a demo database gets its
      // horizon extended to the coming weeks (the seed is idempotent). Real
      // point data (no demo codes) is never touched.
      const s = await seedDemo(db.pool, { now: clock.now(), timeZone: config.timeZone });
      logger.info({ points: s.points, sessions: s.sessionsCreated }, 'demo data ready');
    } else if (config.mode === 'production') {
      if (row.n === 0) {
        logger.warn(
          `production mode: the database has no childcare points yet, so parents will find no places. Load them with \`${POINTS_IMPORT_HINT}\` (the assistant can keep running).`,
        );
      }
      if (row.demo > 0 || row.demoStaff > 0) {
        logger.warn(
          { demoPoints: row.demo, demoStaff: row.demoStaff },
          'production mode, but this database holds demo data from an earlier demo run (demo points, or staff ids 900001/900002 with staff powers); use a fresh database for the real service',
        );
      }
    }
    const app = createApp({ config, db, clock, logger, brain });
    const k = await prepareKnowledge(app);
    logger.info(
      { documents: k.documents, added: k.chunksAdded, updated: k.chunksUpdated, removed: k.chunksRemoved, skipped: k.skipped.length },
      'knowledge index ready',
    );
    await app.escalation.ensureStaff(config.telegram.staffUserIds);
    return app;
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
