/**
 * The job history commands of vcc-users: `jobs` (the most recent jobs first, as the tab's Jobs list shows them) and
 * `retry` (a new job for the users of a job who did not end created: Failed, PartiallyCreated, Cancelled or no
 * result, with the job's template and view; the earlier job stays as it was).
 */
import type { JobStatus } from '../core';
import { ServiceError } from '../service/errors';
import { countsLine, EXIT, follow, printJson, report } from './jobOutput';
import type { CommandOptions } from './readinessCommands';
import type { Setup } from './setup';

/** --limit: a whole number from 1 to 100 (20 when absent). */
function limitOption(value: unknown): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const number = Number(value);
  if (
    typeof value !== 'string' ||
    value.trim() === '' ||
    !Number.isInteger(number) ||
    number < 1 ||
    number > 100
  ) {
    throw new ServiceError(`--limit must be a whole number from 1 to 100, not '${String(value)}'.`);
  }
  return number;
}

/** One line per job: ID, status, when, template, view, counts (and the job it retries). */
export function jobLine(job: JobStatus): string {
  const view = job.listViewLabel ?? job.listViewId ?? 'chosen users';
  const retry = job.retryOf ? `  retry of ${job.retryOf}` : '';
  return (
    `${job.jobId}  ${job.status.padEnd(9)} ${job.startedAt ?? ''}  ${job.templateUsername ?? ''}  ${view}  ` +
    `${countsLine(job)} of ${job.total}${retry}`
  );
}

/** jobs [--limit N] [--json]: the most recent jobs first; exit 0. */
export async function jobsCommand(setup: Setup, { json, values }: CommandOptions): Promise<number> {
  const jobs = await setup.service.listJobs({ rowLimit: limitOption(values.limit) });
  if (json) {
    printJson(jobs);
  } else if (jobs.length === 0) {
    console.log('No jobs yet.');
  } else {
    jobs.forEach((job) => console.log(jobLine(job)));
  }
  return EXIT.ok;
}

/**
 * retry JOB_ID [--wait] [--json]: starts the retry job. Its run lives in this process, as every job vcc-users starts,
 * so the command returns when it ends; with --wait it shows the progress and the results, and the exit code says
 * how the users ended (as `create`); without, it says the new job's ID (--json: its JobInfo) and exits 0 unless the
 * job failed as a whole (3).
 */
export async function retryCommand(
  setup: Setup,
  { json, values }: CommandOptions,
  args: string[]
): Promise<number> {
  const [jobId] = args;
  if (!jobId) {
    throw new ServiceError('Give the ID of the job to retry: vcc-users retry JOB_ID.');
  }
  const info = await setup.service.retryJob({ jobId });
  if (values.wait) {
    if (!json) {
      console.error(`Started job ${info.jobId}: ${info.total} users of job ${jobId} again`);
    }
    return report(await follow(setup, info.jobId, json), { json, csv: values.csv as string | undefined });
  }
  if (json) {
    printJson({ ...info, retryOf: jobId });
  } else {
    console.log(`Started job ${info.jobId}: ${info.total} users of job ${jobId} again`);
  }
  const status = await setup.service.waitForJob(info.jobId);
  if (!json) {
    console.log(`Job ${status.jobId} ${status.status}: ${countsLine(status)} of ${status.total}`);
  }
  return status.status === 'Failed' ? EXIT.unavailable : EXIT.ok;
}
