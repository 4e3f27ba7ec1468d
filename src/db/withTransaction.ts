import type pg from 'pg';
import type { Db } from './database.ts';
import { asDatabaseBusy, isTransientDatabaseError } from './transientErrors.ts';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs `work` in a transaction on one client. Serialization failures and
 * deadlocks are retried so they never reach a caller.
 * When the server or the connection fails (terminated backend, timeout), the
 * client is thrown away rather than returned to the pool, nothing was
 * committed, and the caller gets DomainError 'DATABASE_BUSY'.
 * Inside `work` use only the given client: the embedded pool has a single
 * connection, so a nested pool.query would wait forever.
 */
export async function withTransaction<T>(pool: Db, work: (client: pg.PoolClient) => Promise<T>, { attempts = 8 }: { attempts?: number } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw asDatabaseBusy(err);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      if (isTransientDatabaseError(err)) {
        // A dead or silent connection: a ROLLBACK would fail or wait out another
        // timeout. The server rolls back when the connection goes.
        broken = err as Error;
        throw asDatabaseBusy(err);
      }
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (err as { code?: string }).code;
      if (code && RETRYABLE.has(code) && attempt < attempts) {
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
        continue;
      }
      throw err;
    } finally {
      // release(err) makes the pool discard the connection instead of reusing it.
      client.release(broken);
    }
  }
}
