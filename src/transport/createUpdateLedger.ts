import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';

/** Long enough for any redelivery Telegram makes (it keeps unconfirmed updates for 24 hours). */
const KEEP_DAYS = 7;

/**
 * The transport's record of Telegram update ids already taken, so an update
 * delivered again (after a restart, a webhook retry) is handled at most once
 * across processes. Old ids are swept at most hourly, on the way.
 */
export function createUpdateLedger({ pool, clock }: { pool: Db; clock: Clock }) {
  let lastSweep: number | undefined;
  return {
    /** True the first time an update id is seen; false for a redelivery. */
    async firstTime(updateId: number): Promise<boolean> {
      const now = clock.now();
      const r = await pool.query(
        'INSERT INTO processed_updates (update_id, processed_at) VALUES ($1, $2) ON CONFLICT (update_id) DO NOTHING RETURNING update_id',
        [updateId, now],
      );
      if (lastSweep === undefined || now.getTime() - lastSweep >= 3_600_000 || now.getTime() < lastSweep) {
        lastSweep = now.getTime();
        await pool.query('DELETE FROM processed_updates WHERE processed_at < $1', [new Date(now.getTime() - KEEP_DAYS * 86_400_000)]);
      }
      return (r.rowCount ?? 0) > 0;
    },
  };
}

export type UpdateLedger = ReturnType<typeof createUpdateLedger>;
