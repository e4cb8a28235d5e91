/**
 * The bounded soak: 2,000 users against a simulator that fails 5% of requests, drops 2% of writes after applying
 * them, and allows 50 requests a second. About 90 seconds, bounded by the rate limit.
 */
import { seededRandom } from './simulator/data';
import { runCreation, syntheticUsers } from './run';
import { clientFor, startTestSimulator } from './testing';

const USERS = Number(process.env.SOAK_USERS ?? 2000);

it(`soak: ${USERS} users, fail-rate 0.05, drop-rate 0.02, rate-limit 50`, async () => {
  const sim = await startTestSimulator({
    faults: { failRate: 0.05, dropRate: 0.02, rateLimit: 50 },
    random: seededRandom(2026)
  });
  try {
    const client = clientFor(sim, {
      maxRequestsPerSecond: 50,
      concurrency: 4,
      baseDelayMs: 100,
      maxDelayMs: 2000
    });
    const users = syntheticUsers(USERS);
    const run = await runCreation(client, 'template.agent@vcc.example', users);

    // exactly one result per user, in order
    expect(run.results.map((result) => result.userId)).toEqual(users.map((user) => user.userId));
    // nobody created twice, nobody told "exists" about a user this run created
    expect(run.results.filter((result) => result.code === 'VCC_USER_EXISTS')).toEqual([]);
    expect(sim.stats.usersCreated).toBe(run.created);
    for (const result of run.results) {
      const inVcc = sim.store.findByUsername(result.username!);
      if (result.vccUserId) {
        expect(inVcc?.userId).toBe(result.vccUserId);
      } else {
        expect(inVcc).toBeUndefined();
        expect(['VCC_UNAVAILABLE', 'RATE_LIMITED']).toContain(result.code);
      }
    }
    // group memberships complete for every user created
    const createdIds = run.results
      .filter((result) => result.vccUserId)
      .map((result) => ({ userId: result.vccUserId }));
    for (const group of run.template.groups) {
      expect(sim.store.getGroupUsers(group.groupId)).toEqual(expect.arrayContaining(createdIds));
    }
    expect(sim.stats.failed).toBeGreaterThan(0);
    expect(sim.stats.dropped).toBeGreaterThan(0);
    console.log(
      `soak: ${USERS} users, ${run.created} created in ${(run.elapsedMs / 1000).toFixed(1)} s, ${run.calls} calls ` +
        `(${sim.stats.failed} failed, ${sim.stats.dropped} dropped, ${sim.stats.rateLimited} rate-limited by VCC)`
    );
  } finally {
    await sim.close();
  }
}, 400_000);
