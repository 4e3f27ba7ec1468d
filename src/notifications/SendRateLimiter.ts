import type { Clock } from '../time/clock.ts';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * At most `perSecond` sends in any one-second window (a sliding window, not a
 * bucket that refills while it bursts: Telegram counts per second, so a burst
 * of 30 followed by a refill would be 60 in one second).
 * Fractional rates work too: 0.5/s is one send per two seconds.
 * Callers reserve a slot synchronously and then sleep until it, so
 * concurrent senders never share a slot. Time comes from the injected clock
 * and sleep, so tests run in simulated time.
 */
export class SendRateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly slots: number[] = [];
  private pausedUntil = 0;

  constructor(
    perSecond: number,
    private readonly clock: Clock,
    private readonly sleep: Sleep,
  ) {
    if (!(perSecond > 0)) throw new Error('perSecond must be positive');
    this.limit = Number.isFinite(perSecond) ? Math.max(1, Math.floor(perSecond)) : Infinity;
    this.windowMs = Number.isFinite(perSecond) ? (this.limit * 1000) / perSecond : 0;
  }

  /** Reserves the next free slot and waits for it. */
  async acquire(): Promise<void> {
    if (this.limit === Infinity && this.pausedUntil === 0) return;
    const now = this.clock.now().getTime();
    let slot = Math.max(now, this.pausedUntil);
    if (this.limit !== Infinity) {
      const n = this.slots.length;
      if (n >= this.limit) slot = Math.max(slot, this.slots[n - this.limit]! + this.windowMs);
      this.slots.push(slot);
      // Only the last `limit` slots matter.
      if (this.slots.length > this.limit * 4) this.slots.splice(0, this.slots.length - this.limit);
    }
    if (slot > now) await this.sleep(slot - now);
  }

  /** After a 429 everyone waits (Telegram's flood control is per bot). */
  pauseUntil(instant: Date): void {
    this.pausedUntil = Math.max(this.pausedUntil, instant.getTime());
  }
}
