/**
 * The bounded soak: 2,000 users against a simulator that fails 5% of requests, drops 2% of writes after applying
 * them, and allows 100 requests a second. About 80 seconds, bounded by the rate limit (3 calls per user).
 */
import { seededRandom } from './simulator/data';
import { runCreation, syntheticUsers } from './run';
import { clientFor, startTestSimulator } from './testing';

const USERS = Number(process.env.SOAK_USERS ?? 2000);
const RATE = 100;

it(`soak: ${USERS} users, fail-rate 0.05, drop-rate 0.02, rate-limit ${RATE}`, async () => {
  const sim = await startTestSimulator({
    faults: { failRate: 0.05, dropRate: 0.02, rateLimit: RATE },
    random: seededRandom(2026)
  });
  try {
    const client = clientFor(sim, {
      maxRequestsPerSecond: RATE,
      concurrency: 8,
      baseDelayMs: 100,
      maxDelayMs: 2000
    });
    const users = syntheticUsers(USERS);
    const run = await runCreation(client, 'template.agent@vcc.example', users, 8);

    // exactly one result per user, in order
    expect(run.results.map((result) => result.userId)).toEqual(users.map((user) => user.userId));
    // nobody created twice, nobody told "exists" about a user this run created
    expect(run.results.filter((result) => result.code === 'VCC_USER_EXISTS')).toEqual([]);
    const usernames = sim.store.listUsers('All').map((user) => user.username.toLowerCase());
    expect(new Set(usernames).size).toBe(usernames.length);
    expect(sim.stats.usersCreated).toBe(run.results.filter((result) => result.vccUserId).length);
    const templateSkills = run.template.skills.map((skill) => skill.skillId).sort();
    const templateGroups = run.template.groups.map((group) => group.groupId).sort();
    for (const result of run.results) {
      const inVcc = sim.store.findByUsername(result.username!);
      if (!result.vccUserId) {
        expect(inVcc).toBeUndefined();
        expect(['VCC_UNAVAILABLE', 'RATE_LIMITED']).toContain(result.code);
        continue;
      }
      expect(inVcc?.userId).toBe(result.vccUserId);
      if (result.status === 'Created') {
        // complete: every skill and every group of the template, written per user
        const skills = sim.store.getSkills(result.vccUserId).map((skill) => skill.skillId);
        const groups = sim.store.getUserGroups(result.vccUserId).map((group) => group.groupId);
        expect(skills.sort()).toEqual(templateSkills);
        expect(groups.sort()).toEqual(templateGroups);
      }
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
