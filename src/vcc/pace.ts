/**
 * The client's pace under VCC's fair-usage limit: requests spaced evenly at a rate that starts at the configured
 * pace, halves on every 429 (and waits out its Retry-After, for every request, not only the one refused), then
 * climbs back: +10% after every `climbAfter` answers in a row without a 429 (four times as often) up to 90% of
 * the pace that was refused last (VCC's limit is about there), then +10% only after ten times as many, up to
 * the configured pace.
 */
import { format, LABELS } from '../core';
import { sleep } from '../shared/sleep';

export interface PaceOptions {
  /** Requests per second; fractions allowed (0.5 is one request every 2 s); 0 for no pacing. */
  requestsPerSecond: number;
  /** The lowest pace a run of 429s can bring it to. */
  minRequestsPerSecond?: number;
  /** Answers in a row without a 429 before the pace climbs by 10%. */
  climbAfter?: number;
}

export class AdaptivePace {
  /** The pace now, in requests per second (0: none). */
  current: number;
  private readonly ceiling: number;
  private readonly floor: number;
  private readonly climbAfter: number;
  private nextSlot = 0;
  private pausedUntil = 0;
  private calm = 0;
  /** The pace of the last 429, or 0. */
  private refusedAt = 0;
  /** When the last requests were let through, to know the pace of a client that sets none. */
  private readonly recent: number[] = [];

  constructor(options: PaceOptions) {
    if (!Number.isFinite(options.requestsPerSecond) || options.requestsPerSecond < 0) {
      throw new Error(format(LABELS.VCC_Op_Pace_Invalid, options.requestsPerSecond));
    }
    this.ceiling = options.requestsPerSecond;
    this.current = options.requestsPerSecond;
    const floor = options.minRequestsPerSecond ?? 0.05;
    this.floor = this.ceiling > 0 ? Math.min(this.ceiling, floor) : floor;
    this.climbAfter = options.climbAfter ?? 20;
  }

  /** Waits for this request's slot (and for any pause after a 429). */
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      const rate = this.current;
      const at = Math.max(now, this.pausedUntil, rate > 0 ? this.nextSlot : 0);
      if (rate > 0) {
        this.nextSlot = at + 1000 / rate;
      }
      this.recent.push(at);
      if (this.recent.length > 100) {
        this.recent.shift();
      }
      if (at <= now) {
        return;
      }
      await sleep(at - now);
      if (this.pausedUntil <= Date.now()) {
        return;
      }
    }
  }

  /**
   * A 429: everyone waits `waitMs`, and the pace halves, once for the 429s of one pause (a client without a pace
   * gets one from what it sent).
   */
  rateLimited(waitMs: number): void {
    const now = Date.now();
    // 429s of requests that were in flight together are one refusal: the pace halves once per pause.
    const alreadyPaused = this.pausedUntil > now;
    this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
    this.calm = 0;
    if (alreadyPaused) {
      return;
    }
    const base = this.current > 0 ? this.current : this.observed(now);
    this.refusedAt = base;
    this.current = Math.max(this.floor, base / 2);
  }

  /** Requests let through in the last second. */
  private observed(now: number): number {
    return Math.max(1, this.recent.filter((at) => at > now - 1000).length);
  }

  /** An answer that was not a 429: after enough of them, the pace climbs back by 10%. */
  answered(): void {
    if (this.current <= 0 || (this.ceiling > 0 && this.current >= this.ceiling)) {
      return;
    }
    const safe = 0.9 * this.refusedAt;
    const belowLimit = this.current < safe;
    // Below 90% of the pace VCC refused last, climb back quickly, but not past it; above it, VCC's limit is near:
    // probe further only after a long calm (ten times as long), so that probing costs few 429s.
    const wait = belowLimit ? Math.max(1, Math.floor(this.climbAfter / 4)) : this.climbAfter * 10;
    if (++this.calm >= wait) {
      this.calm = 0;
      const next = belowLimit ? Math.min(safe, this.current * 1.1) : this.current * 1.1;
      // Without a configured pace, climbing past a few hundred a second means back to no pacing at all.
      this.current = this.ceiling > 0 ? Math.min(this.ceiling, next) : next > 500 ? 0 : next;
    }
  }
}
