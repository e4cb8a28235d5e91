/** Faults on demand: a rate limit, latency, failures and dropped answers. */

export interface Faults {
  /** Requests per second over all endpoints (token included); 0 for none. Over it: 429 with Retry-After. */
  rateLimit: number;
  /** Added to every answer, in milliseconds. */
  latencyMs: number;
  /** Share of requests answered 500, 502 or 503 without doing anything. */
  failRate: number;
  /** Share of POST and PUT requests that are applied, then answered by a reset connection. */
  dropRate: number;
  /** The next N API requests fail with a 503 (counts down). */
  failNext: number;
  /** The next N POST or PUT requests are applied, then dropped (counts down). */
  dropNext: number;
}

export const NO_FAULTS: Faults = {
  rateLimit: 0,
  latencyMs: 0,
  failRate: 0,
  dropRate: 0,
  failNext: 0,
  dropNext: 0
};

/** Validated fault settings from JSON or command-line values. */
export function parseFaults(input: Record<string, unknown>): Partial<Faults> {
  const out: Partial<Faults> = {};
  const number = (key: keyof Faults, min: number, max: number): void => {
    if (input[key] === undefined) {
      return;
    }
    const value = Number(input[key]);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`${key} must be a number from ${min} to ${max}, not '${String(input[key])}'`);
    }
    out[key] = value;
  };
  number('rateLimit', 0, 1_000_000);
  number('latencyMs', 0, 600_000);
  number('failRate', 0, 1);
  number('dropRate', 0, 1);
  number('failNext', 0, 1_000_000);
  number('dropNext', 0, 1_000_000);
  return out;
}

/** A token bucket of `rateLimit` requests, refilled continuously. */
export class RateBucket {
  private tokens: number;
  private at = Date.now();

  constructor(private readonly faults: Faults) {
    this.tokens = faults.rateLimit;
  }

  /** Fills the bucket again, e.g. after the limit changed. */
  reset(): void {
    this.tokens = this.faults.rateLimit;
    this.at = Date.now();
  }

  /** 0 when the request may go; else the seconds to wait. */
  take(): number {
    const limit = this.faults.rateLimit;
    if (limit <= 0) {
      return 0;
    }
    const now = Date.now();
    this.tokens = Math.min(limit, this.tokens + ((now - this.at) / 1000) * limit);
    this.at = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / limit;
  }
}
