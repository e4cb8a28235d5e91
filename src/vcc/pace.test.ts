import { AdaptivePace } from './pace';

describe('AdaptivePace', () => {
  it('halves on a 429, once for the 429s of one pause, climbs back quickly to 90% of the refused pace, then slowly', () => {
    const pace = new AdaptivePace({ requestsPerSecond: 10, climbAfter: 20 });
    pace.rateLimited(1000);
    expect(pace.current).toBe(5);
    pace.rateLimited(1000);
    expect(pace.current).toBe(5);
    // below 90% of the refused pace (9), +10% every 5 answers
    for (let i = 0; i < 4; i++) {
      pace.answered();
    }
    expect(pace.current).toBe(5);
    pace.answered();
    expect(pace.current).toBeCloseTo(5.5);
    for (let i = 0; i < 5 * 5; i++) {
      pace.answered();
    }
    expect(pace.current).toBeCloseTo(5 * 1.1 ** 6);
    // the next step would pass 9 (5 * 1.1 ** 7): it stops at 9
    for (let i = 0; i < 5; i++) {
      pace.answered();
    }
    expect(pace.current).toBeCloseTo(9);
    // from there, +10% only after ten times climbAfter (200) answers in a row
    for (let i = 0; i < 199; i++) {
      pace.answered();
    }
    expect(pace.current).toBeCloseTo(9);
    pace.answered();
    expect(pace.current).toBeCloseTo(9.9);
    for (let i = 0; i < 1000; i++) {
      pace.answered();
    }
    expect(pace.current).toBe(10);
  });

  it('takes fractions, and refuses a negative pace', () => {
    expect(new AdaptivePace({ requestsPerSecond: 0.5 }).current).toBe(0.5);
    expect(() => new AdaptivePace({ requestsPerSecond: -1 })).toThrow('from 0');
  });

  it('gives a client without a pace one from what it sent, and never goes below the floor', async () => {
    const pace = new AdaptivePace({ requestsPerSecond: 0, minRequestsPerSecond: 0.1 });
    for (let i = 0; i < 8; i++) {
      await pace.take();
    }
    pace.rateLimited(0);
    expect(pace.current).toBe(4);
    for (let i = 0; i < 10; i++) {
      pace.rateLimited(0);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(pace.current).toBeGreaterThanOrEqual(0.1);
  });
});
