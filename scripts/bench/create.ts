/**
 * npm run bench:create: 1,000 users created against the simulator at 50 requests/s and 20 ms latency.
 * Prints users/s, calls per created user (goal <= 2.1) and elapsed / rate-limit lower bound (goal <= 1.15),
 * the lower bound being the calls made divided by the rate limit.
 */
import { clientFor, startTestSimulator } from '../../src/vcc/testing';
import { runCreation, syntheticUsers } from '../../src/vcc/run';

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const RATE = 50;
const LATENCY_MS = 20;

async function main(): Promise<void> {
  const sim = await startTestSimulator({ faults: { rateLimit: RATE, latencyMs: LATENCY_MS } });
  try {
    const client = clientFor(sim, { maxRequestsPerSecond: RATE, concurrency: 4 });
    const run = await runCreation(client, 'template.agent@vcc.example', syntheticUsers(USERS));
    const seconds = run.elapsedMs / 1000;
    const lowerBound = run.calls / RATE;
    const perUser = run.calls / run.created;
    const ratio = seconds / lowerBound;
    console.log(
      `create benchmark: ${USERS} users, simulator at ${RATE} requests/s and ${LATENCY_MS} ms latency, node ${process.version}`
    );
    console.log(`  created                 ${run.created} of ${USERS} in ${seconds.toFixed(1)} s`);
    console.log(`  users/s                 ${(run.created / seconds).toFixed(2)}`);
    console.log(
      `  calls per created user  ${perUser.toFixed(3)}  (goal <= 2.1; ${run.calls} calls, tokens included)`
    );
    console.log(
      `  elapsed / lower bound   ${ratio.toFixed(3)}  (goal <= 1.15; lower bound ${lowerBound.toFixed(1)} s)`
    );
    console.log(`  429s from the simulator ${sim.stats.rateLimited}`);
    console.log(perUser <= 2.1 && ratio <= 1.15 ? 'goals met' : 'goals missed');
  } finally {
    await sim.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
