import type { Middleware } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import type { UpdateLedger } from '../../src/transport/createUpdateLedger.ts';

/**
 * At most once per update_id, across restarts: Telegram redelivers updates
 * whose offset was not confirmed, and a booking must not happen twice.
 * The id is recorded before handling, so a crash mid-update drops it rather
 * than repeating it.
 */
export function oncePerUpdate(ledger: UpdateLedger): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!(await ledger.firstTime(ctx.update.update_id))) {
      ctx.log.info('update already processed; skipped');
      return;
    }
    await next();
  };
}
