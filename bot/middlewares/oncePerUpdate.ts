import type { Middleware } from 'grammy';
import type { BotContext } from '../BotContext.ts';

/**
 * At most once per update_id, across restarts: Telegram redelivers updates
 * whose offset was not confirmed, and a booking must not happen twice.
 * The id is recorded before handling, so a crash mid-update drops it rather
 * than repeating it.
 */
export const oncePerUpdate: Middleware<BotContext> = async (ctx, next) => {
  const r = await ctx.app.db.pool.query(
    'INSERT INTO processed_updates (update_id, processed_at) VALUES ($1, $2) ON CONFLICT (update_id) DO NOTHING RETURNING update_id',
    [ctx.update.update_id, ctx.app.clock.now()],
  );
  if (r.rowCount === 0) {
    ctx.log.info('update already processed; skipped');
    return;
  }
  await next();
};
