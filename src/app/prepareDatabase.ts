import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/**
 * Opens the configured database (with its pool size and timeouts) and
 * applies pending migrations. An embedded data directory is locked to this
 * process until close(); a second opener is refused, naming the holder.
 */
export async function prepareDatabase(
  config: Pick<Config, 'database'>,
  log: (msg: string) => void = () => {},
  onConnectionError?: (err: Error) => void,
): Promise<Database> {
  const db = await openDatabase({
    url: config.database.url,
    dataDir: config.database.dataDir,
    maxConnections: config.database.poolSize,
    timeouts: config.database.timeouts,
    onConnectionError,
  });
  try {
    await migrate(db.pool, { log });
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
