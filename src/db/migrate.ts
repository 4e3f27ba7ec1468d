import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { Db } from './database.ts';
import { DatabaseSetupError } from './DatabaseSetupError.ts';
import { SESSION_KINDS } from '../domain/serviceKinds.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any fixed number shared by every process of this app.
const MIGRATION_LOCK_KEY = 7_302_202_401;
/** The longest timer Node allows: a migration statement is not cut off by the client's query timeout. */
const UNLIMITED_MS = 2_147_483_647;

/** A statement exempt from the client-side query timeout (the type omits the per-query option node-postgres supports). */
function unlimited(text: string, values?: unknown[]): { text: string; values?: unknown[] } {
  return { text, values, query_timeout: UNLIMITED_MS } as { text: string; values?: unknown[] };
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex').slice(0, 16) };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Reference data whose one source is code: the kinds of session
 * (src/domain/serviceKinds.ts), which the kind columns reference (migration
 * 096). Idempotent; skipped before that migration exists.
 */
async function syncReferenceData(client: Pick<pg.PoolClient, 'query'>): Promise<void> {
  const table = await client.query<{ t: string | null }>("SELECT to_regclass('session_kinds')::text AS t");
  if (!table.rows[0]?.t) return;
  await client.query('INSERT INTO session_kinds (kind) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [[...SESSION_KINDS]]);
}

/**
 * Applies pending migrations in order, each in its own transaction, under an
 * advisory lock so two processes starting together never both apply one.
 */
export async function migrate(
  pool: Db,
  { migrations = loadMigrations(), log = (_: string) => {} }: { migrations?: Migration[]; log?: (msg: string) => void } = {},
): Promise<MigrateResult> {
  const client = await pool.connect();
  try {
    // Index builds and waiting for another process's migrations may take longer
    // than the per-statement limit that protects parents' requests.
    await client.query('SET statement_timeout = 0');
    await client.query(unlimited('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]));
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Map(
        (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations')).rows.map((r) => [r.name, r.checksum]),
      );
      const applied: string[] = [];
      for (const m of migrations) {
        const previous = done.get(m.name);
        if (previous !== undefined) {
          if (previous !== m.checksum) {
            throw new DatabaseSetupError(
              'DB_MIGRATION_CHANGED',
              `Migration ${m.name} was changed after it was applied to this database. Add a new migration file instead of editing an applied one.`,
            );
          }
          continue;
        }
        try {
          await client.query('BEGIN');
          await client.query(unlimited(m.sql));
          await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new DatabaseSetupError(
            'DB_MIGRATION_FAILED',
            `Migration ${m.name} failed and was rolled back; nothing of it was kept: ${(err as Error).message}`,
          );
        }
        applied.push(m.name);
        log(`applied migration ${m.name}`);
      }
      await syncReferenceData(client);
      return { applied, alreadyApplied: done.size };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await client.query('RESET statement_timeout').catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
