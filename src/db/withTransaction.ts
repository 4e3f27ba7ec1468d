import type pg from 'pg';
import type { Db } from './database.ts';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs `work` in a transaction on one client. Serialization failures and
 * deadlocks are retried so they never reach a caller.
 * Inside `work` use only the given client: the embedded pool has a single
 * connection, so a nested pool.query would wait forever.
 */
export async function withTransaction<T>(
  pool: Db,
  work: (client: pg.PoolClient) => Promise<T>,
  { attempts = 8 }: { attempts?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (err as { code?: string }).code;
      if (code && RETRYABLE.has(code) && attempt < attempts) {
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
        continue;
      }
      throw err;
    } finally {
      client.release();
    }
  }
}
