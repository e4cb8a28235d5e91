/**
 * vcc-users when a run is stopped: killed halfway, refused while another runs, cancelled from another process, or
 * cut off by a VCC outage; the next run finishes every user, complete, creating nobody twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '../core';
import { jobProblems } from '../service/testing';
import { startTestSimulator } from '../vcc/testing';
import { createArgs, orgFile, run, savedResults, start, TEMPLATE, until } from './testing';

describe('vcc-users, stopped and run again', () => {
  it('a run killed halfway and started again finishes every user, complete, creating nobody twice', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 40 } });
    try {
      const { dir, file } = orgFile(24, 'kill');
      const args = createArgs(file, dir, sim, ['--chunk-size', '5']);
      const first = start(args);
      await until(() => savedResults(dir) >= 6);
      first.child.kill('SIGKILL');
      await first.done;
      expect(existsSync(path.join(dir, 'job.lock'))).toBe(true);
      const createdBeforeRestart = sim.stats.usersCreated;
      expect(createdBeforeRestart).toBeLessThan(24);

      const second = await run(args);
      const job = JSON.parse(second.stdout) as JobStatus;
      expect(second.code).toBe(0);
      expect(job).toMatchObject({ status: 'Completed', total: 24, processed: 24, created: 24, failed: 0 });
      expect(sim.stats.usersCreated).toBe(24);
      expect(jobProblems(job, sim, TEMPLATE)).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 90_000);

  it('refuses a second run on the same state directory while one runs (exit 3), and cancels from another process', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 150 } });
    try {
      const { dir, file } = orgFile(60, 'two');
      const args = createArgs(file, dir, sim, ['--chunk-size', '5']);
      const first = start(args);
      await until(() => savedResults(dir) >= 2);
      const second = await run(args);
      expect(second.code).toBe(3);
      expect(second.stderr).toMatch(
        /vcc-users: Another job is running on .*: job \S+, started \S+ by process \d+/
      );

      const { jobId } = JSON.parse(readFileSync(path.join(dir, 'job.lock'), 'utf8')) as { jobId: string };
      const cancel = await run([
        'job',
        jobId,
        '--cancel',
        '--org-data',
        file,
        '--state-dir',
        dir,
        '--vcc-url',
        sim.url
      ]);
      expect(cancel.stderr).toContain(`Cancel asked: job ${jobId} stops after the users in flight`);
      const ended = await first.done;
      const job = JSON.parse(ended.stdout) as JobStatus;
      expect(ended.code).toBe(1);
      expect(job.status).toBe('Cancelled');
      expect(job.cancelled).toBeGreaterThan(0);
      expect(jobProblems(job, sim, TEMPLATE)).toEqual([]);
      expect(existsSync(path.join(dir, 'job.lock'))).toBe(false);

      // The same command again brings every user in: the cancelled ones are created, the others stay linked.
      const again = JSON.parse((await run(args)).stdout) as JobStatus;
      expect(again.created + again.alreadyLinked).toBe(60);
      expect(jobProblems(again, sim, TEMPLATE)).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 90_000);

  it('a VCC outage stops the job (exit 3, the reason said); a re-run completes every linked user', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 20 } });
    try {
      const { dir, file } = orgFile(20, 'down');
      const args = createArgs(file, dir, sim, ['--chunk-size', '5']);
      const first = start(args);
      await until(() => savedResults(dir) >= 3);
      sim.faults.failRate = 1;
      const stopped = await first.done;
      const job = JSON.parse(stopped.stdout) as JobStatus;
      expect(stopped.code).toBe(3);
      expect(job.status).toBe('Failed');
      expect(job.error).toMatch(/VCC/);
      expect(jobProblems(job, sim, TEMPLATE)).toEqual([]);

      sim.faults.failRate = 0;
      const again = await run(args);
      const rerun = JSON.parse(again.stdout) as JobStatus;
      expect(again.code).toBe(0);
      expect(rerun.created + rerun.updated + rerun.alreadyLinked).toBe(20);
      expect(jobProblems(rerun, sim, TEMPLATE)).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 120_000);
});
