import { mkdirSync, accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import pgvector from 'pgvector';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DatabaseTimeouts } from '../config/config.ts';
import { DatabaseSetupError } from './DatabaseSetupError.ts';
import { lockDataDir } from './dataDirLock.ts';
import { asDatabaseBusy, isTransientDatabaseError } from './transientErrors.ts';

/** The one database interface the whole project uses: a node-postgres Pool. */
export type Db = pg.Pool;

export interface Database {
  pool: Db;
  backend: 'pglite' | 'postgres';
  /** Human description for logs ("PGlite at ./data", "PostgreSQL at host/db"). */
  describe: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a real server; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory, or 'memory://' for a throwaway database. */
  dataDir?: string;
  /** Connections for a real server (PGlite always has one). */
  maxConnections?: number;
  /** Limits on a real server (config DB_*_MS); defaults as in .env.example. */
  timeouts?: Partial<DatabaseTimeouts>;
  /** Where connection errors of idle or busy clients are reported (they never crash the process). */
  onConnectionError?: (err: Error) => void;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  statementMs: 15_000,
  idleInTransactionMs: 30_000,
  connectionMs: 5_000,
};

/** The client gives up this long after the server's statement_timeout should have fired (a silent server or network). */
export const CLIENT_TIMEOUT_GRACE_MS = 1_000;

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Type parsers shared by both backends: bigint ids (Telegram user ids fit in
 * 2^53) and numerics as JS numbers, and pgvector's `vector` as number[].
 * The vector type's oid is only known after the extension exists, so it is
 * filled in by `registerVectorType`.
 */
function createTypes() {
  const state = { vectorOid: -1 };
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => (v === null ? null : Number(v));
      if (oid === state.vectorOid) return (v: string) => pgvector.fromSql(v);
      return pg.types.getTypeParser(oid, format ?? 'text');
    },
  };
  return { types, state };
}

async function registerVectorType(pool: Db, state: { vectorOid: number }) {
  const r = await pool.query<{ oid: number }>("SELECT oid::int AS oid FROM pg_type WHERE typname = 'vector' LIMIT 1");
  if (r.rows[0]) state.vectorOid = r.rows[0].oid;
}

async function ensureVectorExtension(pool: Db, backend: string) {
  const available = await pool.query("SELECT installed_version FROM pg_available_extensions WHERE name = 'vector'");
  if (available.rowCount === 0) {
    throw new DatabaseSetupError(
      'DB_VECTOR_MISSING',
      `The ${backend} server has no pgvector extension. Install it on the server ` +
        '(Debian 12: `sudo bash scripts/install-pgvector.sh`; other systems: the postgresql-<version>-pgvector package or https://github.com/pgvector/pgvector#installation), then start again.',
    );
  }
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS vector');
  } catch (err) {
    throw new DatabaseSetupError(
      'DB_VECTOR_MISSING',
      `pgvector is installed but could not be enabled (${(err as Error).message}). ` +
        'Connect as a role allowed to CREATE EXTENSION, or run `CREATE EXTENSION vector;` once as a superuser.',
    );
  }
}

/** "PostgreSQL at host:5432/db" — never the user or password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * A pool for a real server whose failures a parent can be told about: a
 * query that fails because the server or the network did (terminated
 * backend, timeout, refused connection) rejects with DomainError
 * 'DATABASE_BUSY' instead of a raw driver error.
 */
class ServerPool extends pg.Pool {
  override query(...args: unknown[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).catch((err: unknown) => {
        throw asDatabaseBusy(err);
      });
    }
    return result;
  }

  override connect(...args: unknown[]): any {
    if (args.length > 0) return (super.connect as (...a: unknown[]) => unknown)(...args);
    return super.connect().catch((err: unknown) => {
      throw asDatabaseBusy(err);
    });
  }
}

async function openPostgres(url: string, max: number, t: DatabaseTimeouts, onConnectionError: (err: Error) => void): Promise<Database> {
  try {
    // eslint-disable-next-line no-new
    new URL(url);
  } catch {
    throw new DatabaseSetupError('DB_URL_INVALID', 'DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/dbname).');
  }
  const { types, state } = createTypes();
  const pool: Db = new ServerPool({
    connectionString: url,
    max,
    types,
    // Connecting, and waiting for a free pool client, give up instead of queueing forever.
    connectionTimeoutMillis: t.connectionMs,
    // Server side: a statement or an abandoned transaction cannot hold locks forever.
    statement_timeout: t.statementMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    // Client side: a server that stops answering (partition, SIGSTOP) still lets the query go.
    query_timeout: t.statementMs + CLIENT_TIMEOUT_GRACE_MS,
    // Notice dead peers on idle connections.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  } as pg.PoolConfig);
  // A client that errors while idle (server restart) is dropped by the pool;
  // one that errors while checked out (pg_terminate_backend mid-transaction)
  // needs its own listener, or the 'error' event kills the process. Its
  // pending query rejects anyway, and its holder releases it as broken.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
  });
  const describe = describeUrl(url);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    const e = ((err as { cause?: unknown }).cause ?? err) as NodeJS.ErrnoException;
    throw new DatabaseSetupError(
      'DB_UNREACHABLE',
      `Cannot connect to ${describe}: ${e.code ?? ''} ${e.message}. Is the server running and DATABASE_URL right? ` +
        'Unset DATABASE_URL to use the embedded database instead.',
    );
  }
  try {
    await ensureVectorExtension(pool, describe);
    await registerVectorType(pool, state);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  return { pool, backend: 'postgres', describe, close: () => pool.end() };
}

/**
 * pg.Pool#query releases its client with the query's error, which makes the
 * pool discard the client; over PGlite that tears down the single shared
 * connection. This pool keeps the client after a failed query instead.
 */
class PglitePool extends pg.Pool {
  override query(...args: unknown[]): any {
    const [text, values, cb] = args as [unknown, unknown, unknown];
    if (typeof values === 'function' || typeof cb === 'function') {
      throw new Error('callback-style queries are not supported; use promises');
    }
    return (async () => {
      const client = await this.connect();
      try {
        return await (client.query as (t: unknown, v?: unknown) => Promise<unknown>)(text, values);
      } finally {
        client.release();
      }
    })();
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let lock: { release(): void } | undefined;
  if (!inMemory) {
    const dir = resolve(dataDir);
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch (err) {
      throw new DatabaseSetupError(
        'DB_DATA_DIR_UNWRITABLE',
        `The data directory ${dir} cannot be created or written (${(err as Error).message}). ` +
          'Set DATA_DIR to a writable folder, or DATA_DIR=memory:// for a throwaway database.',
      );
    }
    // Before PGlite touches a file: a second process on one directory destroys it.
    lock = lockDataDir(dir, dataDir);
  }
  try {
    let lite: PGlite;
    try {
      lite = await PGlite.create(inMemory ? 'memory://' : resolve(dataDir), { extensions: { vector } });
    } catch (err) {
      throw new DatabaseSetupError(
        'DB_DATA_DIR_UNUSABLE',
        `The embedded database in ${dataDir} could not be opened (${(err as Error).message}). ` +
          'It may have been damaged; restore it from a backup, or point DATA_DIR elsewhere.',
      );
    }
    const { types, state } = createTypes();
    const pool: Db = new PglitePool({ ...(createPgConfig(lite) as object), max: 1, types } as pg.PoolConfig);
    pool.on('error', () => undefined);
    try {
      await ensureVectorExtension(pool, 'embedded PGlite');
      await registerVectorType(pool, state);
    } catch (err) {
      await pool.end().catch(() => undefined);
      await lite.close().catch(() => undefined);
      throw err;
    }
    return {
      pool,
      backend: 'pglite',
      describe: inMemory ? 'embedded PGlite (in memory)' : `embedded PGlite at ${dataDir}`,
      async close() {
        try {
          await pool.end();
          await lite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Opens the configured database: a real server when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    return openPostgres(
      options.url,
      options.maxConnections ?? 10,
      { ...DEFAULT_DATABASE_TIMEOUTS, ...options.timeouts },
      options.onConnectionError ?? (() => undefined),
    );
  }
  return openPglite(options.dataDir ?? './data');
}

export { isTransientDatabaseError };
