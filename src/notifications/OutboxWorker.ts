import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import type { Config } from '../config/config.ts';
import type { Logger } from '../logging/createLogger.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { createButtonCodec } from '../conversation/buttonCodec.ts';
import { prepareNotification, type OutboxRowData } from './prepareNotification.ts';
import type { KindRegistry } from './kinds/index.ts';
import { applyRetention } from '../privacy/applyRetention.ts';
import { quietHoursEnd } from './quietHours.ts';
import { SendRateLimiter, realSleep, type Sleep } from './SendRateLimiter.ts';
import type { SendNotification, SendResult } from './SendNotification.ts';
import { scheduleReminders } from './scheduleReminders.ts';
import { scheduleEscalationReannouncements, scheduleStaffSummary } from './scheduleStaffMessages.ts';

type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
const silent: Log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as Log;

export interface OutboxWorkerOptions {
  pool: Db;
  clock: Clock;
  config: Config;
  send: SendNotification;
  /** Names this worker in logs (e.g. `${hostname}:${pid}`). */
  workerId: string;
  logger?: Log;
  /** Waits for the rate limiters; tests pass one that advances a fixed clock. */
  sleep?: Sleep;
  /** Rows claimed per round (default 25). */
  batchSize?: number;
  /** Sends in flight at once within a round (default 4; rows of one round are all for different chats). */
  concurrency?: number;
  /** How long a claimed row stays invisible to other workers (default 60 s); a crashed worker's rows come back after it. */
  leaseSeconds?: number;
  /** Claims of one row before it is given up as failed (default 8). */
  maxAttempts?: number;
  /** Override config.notifications' limits; `false` switches them off (benchmarks). */
  rateLimits?: { perChatPerSecond: number; globalPerSecond: number } | false;
  /** Share one global limiter between several workers of one process. */
  globalLimiter?: SendRateLimiter;
  /** The booking service's expireOffers, run by runMaintenance. */
  expireOffers?: () => Promise<unknown>;
  /** Called after each delivered message (after the row is marked sent). */
  onSent?: (row: OutboxRowData, messageId: number) => Promise<void>;
  /** The kinds of message this worker knows (default: src/notifications/kinds). */
  kinds?: KindRegistry;
  /** Idle wait of the start() loop when nothing was due (default 1000 ms, real time). */
  idleMs?: number;
  /** How often the start() loop runs runMaintenance (default 30 s, by the injected clock). */
  maintenanceEveryMs?: number;
}

export interface RunOnceResult {
  sent: number;
  failed: number;
  skipped: number;
  retried: number;
  /** Non-urgent rows moved to the end of quiet hours. */
  deferred: number;
  claimed: number;
}

export interface MaintenanceResult {
  reminders: number;
  reannouncements: number;
  summaries: number;
  /** Tickets deleted after the retention period (config HISTORY_RETENTION_DAYS). */
  expiredTickets: number;
  errors: string[];
}

interface ClaimedRow extends OutboxRowData {
  attempts: number;
}

/** Group chats (negative ids) get at most one message per this many seconds: Telegram's ~20 a minute per group. */
export const GROUP_INTERVAL_SECONDS = 3;

/** 5 s, 10 s, 20 s … capped at an hour: for 5xx and network errors. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the outbox. Each round claims due rows with
 * `FOR UPDATE SKIP LOCKED` and stamps a lease (`locked_until`) in one short
 * transaction, sends outside any transaction, then records the outcome.
 *
 * Delivery is at-least-once, not exactly-once: the Bot API has no idempotency
 * key, so a message Telegram accepted can be sent again if its row is not
 * marked sent afterwards. The window is kept as small as the API allows:
 * - a row is marked sent right after Telegram accepts it, in its own
 *   one-statement transaction (retried a few times on a database hiccup),
 *   not at the end of the round;
 * - before each send the worker renews its lease, and only if it still
 *   holds it (the claim count is unchanged), so a row whose lease ran out
 *   while the worker waited (slow sends before it, a 429 pause) and that
 *   another worker has claimed since is not sent a second time.
 * What remains: the worker dies (or loses the database) between Telegram's
 * acceptance and that UPDATE — milliseconds — or the send outlives the lease
 * (60 s) or Telegram's answer is lost on the network after it accepted the
 * message; the row then comes back after the lease and is sent again.
 * Measured before these changes: 1 duplicate in 12 kill -9 runs.
 *
 * Only the oldest due row of each chat is claimable, and not while that chat
 * was sent something within 1/perChatPerSecond seconds (3 s for a group such
 * as the staff group, Telegram's ~20 messages a minute): messages to a family
 * arrive in order, and the per-chat limit holds across processes because it
 * is read from the table. The global limit is a sliding window per worker
 * (share `globalLimiter` between workers of one process; with several
 * processes give each its share of SEND_GLOBAL_PER_SECOND).
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { pool, clock, config, send, workerId } = options;
  const log = options.logger ?? silent;
  const sleep = options.sleep ?? realSleep;
  const batchSize = options.batchSize ?? 25;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const leaseMs = (options.leaseSeconds ?? 60) * 1000;
  const maxAttempts = options.maxAttempts ?? 8;
  const limits =
    options.rateLimits === false
      ? false
      : (options.rateLimits ?? { perChatPerSecond: config.notifications.perChatPerSecond, globalPerSecond: config.notifications.globalPerSecond });
  const perChatIntervalSeconds = limits ? 1 / limits.perChatPerSecond : 0;
  // Telegram allows a bot about 20 messages a minute in one group (the staff group): one every 3 s.
  const groupIntervalSeconds = limits ? Math.max(perChatIntervalSeconds, GROUP_INTERVAL_SECONDS) : 0;
  const globalLimiter = options.globalLimiter ?? (limits ? new SendRateLimiter(limits.globalPerSecond, clock, sleep) : undefined);
  const codec = createButtonCodec(config.telegram.buttonSecret);
  const sign = (chatId: number, action: string, ...args: Array<string | number>) => codec.encode(chatId, action, ...args);

  async function deferForQuietHours(now: Date): Promise<number> {
    const end = quietHoursEnd(now, config.notifications.quietHours, config.timeZone);
    if (!end) return 0;
    // SKIP LOCKED: rows another worker is claiming right now are its business,
    // and two workers deferring at once never wait on (or deadlock with) each other.
    const r = await pool.query(
      `UPDATE outbox SET due_at = $2
       WHERE id IN (
         SELECT id FROM outbox
         WHERE status = 'pending' AND NOT urgent AND due_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
         FOR UPDATE SKIP LOCKED)`,
      [now, end],
    );
    return r.rowCount ?? 0;
  }

  async function claim(now: Date): Promise<{ rows: ClaimedRow[]; exhausted: number }> {
    return withTransaction(pool, async (client) => {
      const r = await client.query(
        `SELECT o.id, o.chat_id, o.kind, o.payload, o.language, o.attempts
         FROM outbox o
         WHERE o.status = 'pending' AND o.due_at <= $1 AND (o.locked_until IS NULL OR o.locked_until < $1)
           AND NOT EXISTS (
             SELECT 1 FROM outbox e
             WHERE e.status = 'pending' AND e.chat_id = o.chat_id AND e.due_at <= $1
               AND (e.due_at < o.due_at OR (e.due_at = o.due_at AND e.id < o.id)))
           AND ($3::float8 = 0 OR NOT EXISTS (
             SELECT 1 FROM outbox s
             WHERE s.status = 'sent' AND s.chat_id = o.chat_id
               AND s.sent_at > $1::timestamptz - make_interval(secs => CASE WHEN o.chat_id < 0 THEN $4::float8 ELSE $3::float8 END)))
         ORDER BY o.due_at, o.id
         LIMIT $2
         FOR UPDATE OF o SKIP LOCKED`,
        [now, batchSize, perChatIntervalSeconds, groupIntervalSeconds],
      );
      if (r.rows.length === 0) return { rows: [], exhausted: 0 };
      const ids = r.rows.map((x) => x.id);
      // attempts counts claims, so a row that crashes its worker every time
      // (or is never marked) ends as failed instead of looping forever.
      await client.query(`UPDATE outbox SET locked_until = $2, attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids, new Date(now.getTime() + leaseMs)]);
      const exhausted = r.rows.filter((x) => x.attempts >= maxAttempts).map((x) => x.id);
      if (exhausted.length) {
        await client.query(
          `UPDATE outbox SET status = 'failed', outcome = 'too_many_attempts', locked_until = NULL,
             last_error = coalesce(last_error, '') || ' (gave up after ' || attempts || ' attempts)'
           WHERE id = ANY($1::bigint[])`,
          [exhausted],
        );
      }
      const rows = r.rows
        .filter((x) => x.attempts < maxAttempts)
        .map((x) => ({ id: x.id, chatId: x.chat_id, kind: x.kind, payload: x.payload, language: x.language, attempts: x.attempts + 1 }));
      return { rows, exhausted: exhausted.length };
    });
  }

  async function finish(id: number, status: 'sent' | 'failed' | 'skipped', fields: { outcome?: string; error?: string; messageId?: number }) {
    if (status === 'sent') {
      // Telegram has the message: a lost mark means a duplicate, so a passing
      // database hiccup is retried at once (well inside the lease).
      for (let attempt = 1; ; attempt++) {
        try {
          return await markSent(id, fields.messageId);
        } catch (err) {
          if (attempt >= 3) throw err;
          await new Promise((r) => setTimeout(r, 50 * attempt));
        }
      }
    }
    await pool.query(
      `UPDATE outbox SET status = $2, outcome = $3, last_error = $4, message_id = $5, locked_until = NULL,
              sent_at = CASE WHEN $2 = 'sent' THEN $6::timestamptz ELSE sent_at END
       WHERE id = $1 AND status = 'pending'`,
      [id, status, fields.outcome ?? null, fields.error?.slice(0, 1000) ?? null, fields.messageId ?? null, clock.now()],
    );
  }

  async function markSent(id: number, messageId: number | undefined) {
    await pool.query(
      `UPDATE outbox SET status = 'sent', outcome = NULL, last_error = NULL, message_id = $2, locked_until = NULL, sent_at = $3
       WHERE id = $1 AND status = 'pending'`,
      [id, messageId ?? null, clock.now()],
    );
  }

  /** Renews the lease right before a send, if this worker still holds it (nobody claimed the row since). */
  async function stillMine(row: ClaimedRow): Promise<boolean> {
    const r = await pool.query(`UPDATE outbox SET locked_until = $3 WHERE id = $1 AND status = 'pending' AND attempts = $2 RETURNING id`, [
      row.id,
      row.attempts,
      new Date(clock.now().getTime() + leaseMs),
    ]);
    return (r.rowCount ?? 0) > 0;
  }

  async function retryLater(id: number, dueAt: Date, error: string) {
    await pool.query(`UPDATE outbox SET due_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1 AND status = 'pending'`, [
      id,
      dueAt,
      error.slice(0, 1000),
    ]);
  }

  async function afterSent(row: ClaimedRow, def: { delivered?: (ctx: any) => Promise<void> }, payload: unknown, messageId: number) {
    // The kind's own bookkeeping (e.g. ticket messages staff can reply to).
    await def.delivered?.({ db: pool, payload, chatId: row.chatId, messageId, now: clock.now() });
    await options.onSent?.(row, messageId);
  }

  type Outcome = 'sent' | 'failed' | 'skipped' | 'retried';

  async function process(row: ClaimedRow): Promise<Outcome> {
    const logCtx = { workerId, outboxId: row.id, kind: row.kind, attempt: row.attempts };
    try {
      let prepared: Awaited<ReturnType<typeof prepareNotification>>;
      try {
        prepared = await prepareNotification(pool, row, { now: clock.now(), config, sign, kinds: options.kinds });
      } catch (err) {
        // A database hiccup: try again later; a poison row runs out of attempts.
        const msg = `load: ${(err as Error).message}`;
        log.warn({ ...logCtx, err: msg }, 'outbox row could not be loaded; will retry');
        await retryLater(row.id, new Date(clock.now().getTime() + backoffSeconds(row.attempts) * 1000), msg);
        return 'retried';
      }
      if (prepared.action === 'skip') {
        log.info({ ...logCtx, outcome: prepared.outcome }, 'outbox row skipped');
        await finish(row.id, 'skipped', { outcome: prepared.outcome, error: prepared.detail });
        return 'skipped';
      }
      if (prepared.action === 'fail') {
        await finish(row.id, 'failed', { outcome: 'render_error', error: prepared.detail });
        log.error({ ...logCtx, err: prepared.detail }, 'outbox row could not be rendered');
        return 'failed';
      }

      // The lease may have run out while this row waited its turn in the
      // round (slow sends before it, a 429 pause) and another worker may
      // have it now: checked (and renewed) before the rate slot, and again
      // only after a long wait for it, so the send follows its slot at once.
      if (!(await stillMine(row))) {
        log.warn(logCtx, 'outbox row claimed by another worker meanwhile; not sent here');
        return 'retried';
      }
      const waitFrom = clock.now().getTime();
      await globalLimiter?.acquire();
      if (clock.now().getTime() - waitFrom > leaseMs / 4 && !(await stillMine(row))) {
        log.warn(logCtx, 'outbox row claimed by another worker meanwhile; not sent here');
        return 'retried';
      }
      let result: SendResult;
      try {
        result = await send({ ...prepared.message, chatId: row.chatId, outboxId: row.id, kind: row.kind });
      } catch (err) {
        result = { ok: false, permanent: false, description: `send threw: ${(err as Error).message}` };
      }

      if (result.ok) {
        await finish(row.id, 'sent', { messageId: result.messageId });
        try {
          await afterSent(row, prepared.def, prepared.payload, result.messageId);
        } catch (err) {
          log.warn({ ...logCtx, err: (err as Error).message }, 'after-send hook failed');
        }
        return 'sent';
      }
      if (result.permanent) {
        log.info({ ...logCtx, error: result.description }, 'outbox row failed permanently');
        await finish(row.id, 'failed', { outcome: 'permanent', error: result.description });
        return 'failed';
      }
      const now = clock.now();
      if (result.retryAfterSeconds !== undefined) {
        const until = new Date(now.getTime() + Math.max(1, result.retryAfterSeconds) * 1000);
        globalLimiter?.pauseUntil(until);
        if (row.attempts >= maxAttempts) {
          await finish(row.id, 'failed', { outcome: 'too_many_attempts', error: result.description });
          return 'failed';
        }
        await retryLater(row.id, until, result.description);
        return 'retried';
      }
      if (row.attempts >= maxAttempts) {
        await finish(row.id, 'failed', { outcome: 'too_many_attempts', error: result.description });
        return 'failed';
      }
      await retryLater(row.id, new Date(now.getTime() + backoffSeconds(row.attempts) * 1000), result.description);
      return 'retried';
    } catch (err) {
      // Marking failed (database gone): the lease expires and the row comes back.
      log.error({ ...logCtx, err: (err as Error).message }, 'outbox row processing failed');
      return 'retried';
    }
  }

  async function runOnce(): Promise<RunOnceResult> {
    const result: RunOnceResult = { sent: 0, failed: 0, skipped: 0, retried: 0, deferred: 0, claimed: 0 };
    const now = clock.now();
    result.deferred = await deferForQuietHours(now);
    const { rows, exhausted } = await claim(now);
    result.claimed = rows.length + exhausted;
    result.failed += exhausted;
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, rows.length) }, async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        result[await process(row)]++;
      }
    });
    await Promise.all(lanes);
    return result;
  }

  async function runMaintenance(): Promise<MaintenanceResult> {
    const out: MaintenanceResult = { reminders: 0, reannouncements: 0, summaries: 0, expiredTickets: 0, errors: [] };
    const step = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (err) {
        out.errors.push(`${name}: ${(err as Error).message}`);
        log.error({ workerId, step: name, err: (err as Error).message }, 'outbox maintenance step failed');
      }
    };
    await step('expireOffers', async () => {
      await options.expireOffers?.();
    });
    await step('reminders', async () => {
      out.reminders = await scheduleReminders({ db: pool, clock, config });
    });
    await step('reannounce', async () => {
      out.reannouncements = await scheduleEscalationReannouncements({ db: pool, clock, config });
    });
    await step('summary', async () => {
      out.summaries = await scheduleStaffSummary({ db: pool, clock, config });
    });
    await step('retention', async () => {
      // A sweep over whole tables: at most hourly.
      const now = clock.now().getTime();
      if (lastRetention !== undefined && now - lastRetention < 3_600_000 && now >= lastRetention) return;
      lastRetention = now;
      out.expiredTickets = (await applyRetention(pool, { now: clock.now(), retentionDays: config.memory.retentionDays })).tickets;
    });
    return out;
  }

  let lastRetention: number | undefined;
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const idleMs = options.idleMs ?? 1000;
  const maintenanceEveryMs = options.maintenanceEveryMs ?? 30_000;

  function idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  return {
    runOnce,
    runMaintenance,
    /** Runs rounds until stop(): maintenance every `maintenanceEveryMs`, then claim-and-send, idling when nothing is due. */
    start(): void {
      if (running) return;
      running = true;
      let lastMaintenance = Number.NEGATIVE_INFINITY;
      loop = (async () => {
        let errorsInARow = 0;
        while (running) {
          let busy = false;
          try {
            if (clock.now().getTime() - lastMaintenance >= maintenanceEveryMs) {
              lastMaintenance = clock.now().getTime();
              await runMaintenance();
            }
            busy = (await runOnce()).claimed > 0;
            errorsInARow = 0;
          } catch (err) {
            errorsInARow++;
            log.error({ workerId, err: (err as Error).message }, 'outbox round failed');
          }
          if (running && !busy) await idle(idleMs * Math.min(30, 2 ** errorsInARow));
        }
      })();
    },
    /** Stops the loop after the round in flight has finished. */
    async stop(): Promise<void> {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
