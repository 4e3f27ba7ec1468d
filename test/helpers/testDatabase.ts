import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

/**
 * The test database. Test files run one after another in one worker
 * (vitest.config.ts), so a single migrated instance is shared and each file
 * starts from empty tables with `resetDatabase`.
 * TEST_DATABASE_URL selects a real PostgreSQL server (CI's second run);
 * otherwise an in-memory PGlite is used.
 */
let shared: Promise<Database> | undefined;

export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

async function recreatePostgresDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`TEST_DATABASE_URL database name "${name}" must be a plain identifier`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    // Identifier validated above; CREATE DATABASE cannot take a parameter.
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export async function openFreshDatabase(backend: 'pglite' | 'postgres' = testDatabaseUrl ? 'postgres' : 'pglite'): Promise<Database> {
  if (backend === 'postgres') {
    if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
    await recreatePostgresDatabase(testDatabaseUrl);
    const db = await openDatabase({ url: testDatabaseUrl, maxConnections: 20 });
    await migrate(db.pool);
    return db;
  }
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db.pool);
  return db;
}

export function getTestDatabase(): Promise<Database> {
  shared ??= openFreshDatabase();
  return shared;
}

/** Empties the public tables `keep` leaves in, numbering rows from 1 again, as on a fresh database. */
async function truncateWhere(db: Database, keep: (table: string) => boolean): Promise<void> {
  const r = await db.pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  const tables = r.rows.map((t) => t.tablename).filter(keep);
  if (tables.length === 0) return;
  await db.pool.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

/** Empties every table except the migration record and the reference data (and, with `keepKnowledge`, the knowledge index). */
export function resetDatabase(db: Database, opts: { keepKnowledge?: boolean } = {}): Promise<void> {
  // The migration record and reference data written by migrate() (session_kinds) stay.
  return truncateWhere(db, (t) => t !== 'schema_migrations' && t !== 'session_kinds' && !(opts.keepKnowledge && t.startsWith('knowledge_')));
}

/** Empties the knowledge index only. */
export function resetKnowledge(db: Database): Promise<void> {
  return truncateWhere(db, (t) => t.startsWith('knowledge_'));
}
