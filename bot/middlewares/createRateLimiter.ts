export type RateDecision = 'ok' | 'limited-first' | 'limited';

/**
 * Sliding one-minute window per user. The first refused message in a burst
 * gets a polite answer; the rest are dropped silently.
 */
export function createRateLimiter({ perMinute, now }: { perMinute: number; now: () => number }) {
  const windows = new Map<number, { times: number[]; warned: boolean }>();
  return {
    check(userId: number): RateDecision {
      const t = now();
      const from = t - 60_000;
      if (windows.size > 10_000) {
        for (const [id, w] of windows) if ((w.times.at(-1) ?? 0) <= from) windows.delete(id);
      }
      let w = windows.get(userId);
      if (!w) {
        w = { times: [], warned: false };
        windows.set(userId, w);
      }
      while (w.times.length > 0 && w.times[0]! <= from) w.times.shift();
      if (w.times.length < perMinute) {
        w.times.push(t);
        w.warned = false;
        return 'ok';
      }
      if (w.warned) return 'limited';
      w.warned = true;
      return 'limited-first';
    },
  };
}
