import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/** Opens the configured database and applies pending migrations. */
export async function prepareDatabase(
  config: Pick<Config, 'database'>,
  log: (msg: string) => void = () => {},
): Promise<Database> {
  const db = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir });
  try {
    await migrate(db.pool, { log });
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
