/**
 * Acceptance: after any stop, fault or retry, every linked user ends like the template, no VCC user exists
 * twice, every user has one result and the counts equal the statuses. Each scenario has its own simulator
 * (faults set over /_sim/faults) and its own state directory; `vcc-users` runs as a child process.
 */
import type { JobStatus } from '../core';
import { seededRandom } from '../vcc/simulator/data';
import type { RunningSimulator } from '../vcc/simulator/server';
import {
  cli,
  countProblems,
  duplicates,
  incompleteUsers,
  linked,
  lostMembers,
  parseJob,
  sim,
  startCli,
  startTenant,
  state,
  tempDir,
  TEMPLATE,
  until,
  vccFlags,
  writeOrg,
  type Run
} from './harness';

const EXISTING = 800;

function createArgs(org: string, dir: string, simulator: RunningSimulator, extra: string[] = []): string[] {
  return [
    'create',
    '--template',
    TEMPLATE,
    '--view',
    'Acceptance View',
    '--yes',
    '--json',
    '--org-data',
    org,
    '--state-dir',
    dir,
    '--rate',
    '0',
    ...vccFlags(simulator),
    ...extra
  ];
}

const usersCreated = async (simulator: RunningSimulator): Promise<number> =>
  (await sim<{ usersCreated: number }>(simulator, 'stats')).usersCreated;

/** Every invariant after a run that should have brought all `count` users in. */
async function expectConverged(simulator: RunningSimulator, job: JobStatus, count: number): Promise<void> {
  expect(countProblems(job)).toEqual([]);
  expect(
    job.results.filter((result) => !['Created', 'Updated', 'AlreadyLinked'].includes(result.status))
  ).toEqual([]);
  expect(job.results).toHaveLength(count);
  const after = await state(simulator);
  expect(duplicates(after)).toEqual([]);
  expect(incompleteUsers(after, linked(job))).toEqual([]);
  expect(await usersCreated(simulator)).toBe(count);
}

describe('converge', () => {
  it('a VCC outage long enough to stop a job (partial creations said so), then a re-run: every linked user complete', async () => {
    const simulator = await startTenant({ faults: { latencyMs: 20 } }, EXISTING);
    try {
      const before = await state(simulator);
      const dir = tempDir('outage');
      const args = createArgs(writeOrg(dir, 20), dir, simulator, ['--chunk-size', '5']);
      const first = startCli(args);
      await until(async () => (await usersCreated(simulator)) >= 3);
      await sim(simulator, 'faults', { failRate: 1 });
      const stopped = await first.done;
      const job = parseJob(stopped);
      expect({ code: stopped.code, status: job.status }).toEqual({ code: 3, status: 'Failed' });
      expect(job.error).toMatch(/VCC/);
      expect(countProblems(job)).toEqual([]);
      // Every user of the stopped run still ends with one result.
      expect(new Set(job.results.map((result) => result.userId)).size).toBe(20);
      const stoppedState = await state(simulator);
      expect(incompleteUsers(stoppedState, linked(job))).toEqual([]);
      // A user the run left in VCC without all of the template is PartiallyCreated: never Created, never Failed.
      const partial = job.results.filter((r) => r.status === 'PartiallyCreated').map((r) => r.username ?? '');
      const inVcc = job.results
        .map((result) => result.username ?? '')
        .filter((username) => stoppedState.users.some((user) => user.username === username));
      const incomplete = incompleteUsers(stoppedState, inVcc).map((line) => line.split(':')[0]);
      expect(incomplete.filter((username) => !partial.includes(username))).toEqual([]);

      await sim(simulator, 'faults', { failRate: 0 });
      const again = await cli(args);
      expect(again.code).toBe(0);
      await expectConverged(simulator, parseJob(again), 20);
      expect(lostMembers(before, await state(simulator))).toEqual([]);
    } finally {
      await simulator.close();
    }
  }, 120_000);

  it('the progress lines of a run that VCC stops name each user once, as its results do', async () => {
    const simulator = await startTenant({ faults: { latencyMs: 20 } }, 100);
    try {
      const dir = tempDir('lines');
      const args = createArgs(writeOrg(dir, 10), dir, simulator, ['--chunk-size', '3']).filter(
        (a) => a !== '--json'
      );
      const running = startCli(args);
      await until(async () => (await usersCreated(simulator)) >= 2);
      await sim(simulator, 'faults', { failRate: 1 });
      const run = await running.done;
      const beforeSummary = (text: string): string => {
        const end = text.search(/^Job \S+ (Failed|Completed|Cancelled)/m);
        return end < 0 ? text : text.slice(0, end);
      };
      const progress = beforeSummary(run.stdout) + beforeSummary(run.stderr);
      const named = [...progress.matchAll(/^\s+[A-Za-z]+\s+(acc\.\d+@accept\.example)\s/gm)].map((m) => m[1]);
      expect(named.filter((username, index) => named.indexOf(username) !== index)).toEqual([]);
      expect(new Set(named).size).toBe(10);
    } finally {
      await simulator.close();
    }
  }, 90_000);

  it('dropped answers to creates and PUTs: nobody created twice, everybody complete', async () => {
    const simulator = await startTenant({ faults: { dropRate: 0.3 }, random: seededRandom(11) }, EXISTING);
    try {
      const dir = tempDir('drop');
      await sim(simulator, 'faults', { dropNext: 1 });
      const run = await cli(createArgs(writeOrg(dir, 15), dir, simulator));
      const job = parseJob(run);
      expect((await sim<{ dropped: number }>(simulator, 'stats')).dropped).toBeGreaterThan(0);
      expect(run.code).toBe(0);
      await expectConverged(simulator, job, 15);
    } finally {
      await simulator.close();
    }
  }, 90_000);

  it('kill -9 mid-run, then the same command: every user one result, none created twice', async () => {
    const simulator = await startTenant({ faults: { latencyMs: 40 } }, EXISTING);
    try {
      const dir = tempDir('kill');
      const args = createArgs(writeOrg(dir, 24), dir, simulator, ['--chunk-size', '5']);
      const first = startCli(args);
      await until(async () => (await usersCreated(simulator)) >= 6);
      first.child.kill('SIGKILL');
      await first.done;
      expect(await usersCreated(simulator)).toBeLessThan(24);
      const again = await cli(args);
      const job = parseJob(again);
      expect({ code: again.code, status: job.status, total: job.total }).toEqual({
        code: 0,
        status: 'Completed',
        total: 24
      });
      await expectConverged(simulator, job, 24);
    } finally {
      await simulator.close();
    }
  }, 90_000);

  it('two runs at once on one state directory: one is refused, no user is Created twice', async () => {
    const simulator = await startTenant({ faults: { latencyMs: 150 } }, EXISTING);
    try {
      const dir = tempDir('two');
      const args = createArgs(writeOrg(dir, 30), dir, simulator, ['--chunk-size', '5']);
      const runs: Run[] = await Promise.all([startCli(args).done, startCli(args).done]);
      const refused = runs.filter((run) => run.code === 3);
      expect(refused).toHaveLength(1);
      expect(refused[0].stderr).toMatch(/vcc-users: Another job is running/);
      const jobs = runs.filter((run) => run.code !== 3).map(parseJob);
      const created = jobs.flatMap((job) =>
        job.results.filter((r) => r.status === 'Created').map((r) => r.userId)
      );
      expect(created.length).toBe(new Set(created).size);
      await expectConverged(simulator, jobs[0], 30);
    } finally {
      await simulator.close();
    }
  }, 90_000);

  it('an org file edited between runs: the edit is seen', async () => {
    const simulator = await startTenant({}, EXISTING);
    try {
      const dir = tempDir('edit');
      const org = writeOrg(dir, 3);
      const first = parseJob(await cli(createArgs(org, dir, simulator)));
      expect(first.created).toBe(3);
      writeOrg(dir, 5);
      const second = await cli(createArgs(org, dir, simulator));
      const job = parseJob(second);
      expect({
        code: second.code,
        total: job.total,
        created: job.created,
        linked: job.alreadyLinked
      }).toEqual({
        code: 0,
        total: 5,
        created: 2,
        linked: 3
      });
      await expectConverged(simulator, job, 5);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});
