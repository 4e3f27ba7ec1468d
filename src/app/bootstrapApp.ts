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
  /** Seed demo data into an empty or demo database (or always, idempotently). */
  seed?: 'if-empty' | 'always' | 'never';
}

/** Database ready, demo data present, knowledge indexed, services built. */
export async function bootstrapApp({ config, clock, logger, brain, seed = 'if-empty' }: BootstrapOptions): Promise<App> {
  const db = await prepareDatabase(config, (m) => logger.info(m));
  try {
    if (seed !== 'never') {
      // An empty database gets the demo network; a demo database gets its
      // horizon extended to the coming weeks (the seed is idempotent). Real
      // point data (no demo codes) is never touched.
      const points = await db.pool.query<{ n: number; demo: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE code = 'SM-QP')::int AS demo FROM service_points`,
      );
      const row = points.rows[0]!;
      if (seed === 'always' || row.n === 0 || row.demo > 0) {
        const s = await seedDemo(db.pool, { now: clock.now(), timeZone: config.timeZone });
        logger.info({ points: s.points, sessions: s.sessionsCreated }, 'demo data ready');
      }
    }
    const app = createApp({ config, db, clock, logger, brain });
    const k = await prepareKnowledge(app);
    logger.info({ documents: k.documents, added: k.chunksAdded, updated: k.chunksUpdated, removed: k.chunksRemoved, skipped: k.skipped.length }, 'knowledge index ready');
    await app.escalation.ensureStaff(config.telegram.staffUserIds);
    return app;
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
