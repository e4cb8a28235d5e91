/** vcc-users jobs and retry, end to end in child processes on the shipped demo data. */
import type { JobInfo, JobStatus } from '../core';
import { demo, run, TEMPLATE } from './testing';

describe('vcc-users jobs and retry', () => {
  it('retries the users who failed in a new job, and lists both jobs, newest first', async () => {
    const state = demo();
    const created = await run([
      'create',
      '--template',
      TEMPLATE,
      '--view',
      'Seed Example',
      '--yes',
      '--json',
      ...state
    ]);
    const first = JSON.parse(created.stdout) as JobStatus;
    expect(first).toMatchObject({ failed: 2, retryOf: null });

    const retried = await run(['retry', first.jobId, '--wait', '--json', ...state]);
    const second = JSON.parse(retried.stdout) as JobStatus;
    expect(second).toMatchObject({ retryOf: first.jobId, total: 2, failed: 2, templateUsername: TEMPLATE });
    expect(second.results.map((result) => result.code)).toEqual(['PHONE_MISSING', 'VCC_USER_EXISTS']);
    expect(retried.code).toBe(1);

    const again = await run(['retry', second.jobId, '--json', ...state]);
    expect(again.code).toBe(0);
    const info = JSON.parse(again.stdout) as JobInfo & { retryOf: string };
    expect(info).toEqual({ jobId: expect.any(String), total: 2, retryOf: second.jobId });

    const listed = await run(['jobs', '--json', ...state]);
    expect(listed.code).toBe(0);
    const jobs = JSON.parse(listed.stdout) as JobStatus[];
    expect(jobs.map((job) => [job.jobId, job.retryOf, job.results])).toEqual([
      [info.jobId, second.jobId, []],
      [second.jobId, first.jobId, []],
      [first.jobId, null, []]
    ]);
    expect(jobs[2]).toMatchObject({ created: 3, failed: 2, processed: 5, listViewLabel: 'Seed Example' });

    const text = await run(['jobs', '--limit', '2', ...state]);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${info.jobId}  Completed .* 0 created, 2 failed of 2  retry of ${second.jobId}$`)
    );
  }, 60_000);

  it('refuses bad input with exit 2', async () => {
    const state = demo();
    const cases: [string[], RegExp][] = [
      [['jobs', '--limit', '0'], /--limit must be a whole number from 1 to 100, not '0'/],
      [['jobs', '--limit', 'abc'], /--limit must be a whole number from 1 to 100, not 'abc'/],
      [['retry'], /Give the ID of the job to retry/],
      [['retry', 'a01NOPE'], /No job has the ID 'a01NOPE'/]
    ];
    for (const [args, message] of cases) {
      const result = await run([...args, ...state]);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
    }
    expect((await run(['jobs', ...state])).stdout.trim()).toBe('No jobs yet.');
  }, 60_000);
});
