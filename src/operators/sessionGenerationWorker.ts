import type { Logger } from 'pino';
import type { GenerateResult } from './generateSessions.ts';

export interface SessionGenerationWorker {
  /** One generation run now (also what the timer runs). */
  runOnce(): Promise<GenerateResult | null>;
  stop(): Promise<void>;
}

/**
 * Keeps SESSION_HORIZON_WEEKS of sessions generated: runs at once, then every
 * `intervalMs` (default 6 hours, so a new day's sessions appear the same
 * morning). Runs never overlap; a failed run is logged and retried next time.
 * The app's start calls this next to the outbox worker.
 */
export function startSessionGeneration(opts: {
  generate: () => Promise<GenerateResult>;
  logger: Pick<Logger, 'info' | 'warn'>;
  intervalMs?: number;
}): SessionGenerationWorker {
  const intervalMs = opts.intervalMs ?? 6 * 3_600_000;
  let running: Promise<GenerateResult | null> | null = null;
  let stopped = false;
  const runOnce = () => {
    running ??= opts
      .generate()
      .then((r) => {
        if (r.created) opts.logger.info({ from: r.from, to: r.to, created: r.created }, 'sessions generated from timetables');
        return r;
      })
      .catch((err: unknown) => {
        opts.logger.warn({ err: { message: (err as Error).message, code: (err as { code?: string }).code } }, 'session generation failed; will retry');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void runOnce();
  }, intervalMs);
  timer.unref();
  void runOnce();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
