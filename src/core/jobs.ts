import { COMPLETE_STATUSES, type CreationStatus } from './codes';
import type { CreationResult, JobStatus, JobStatusValue } from './types';

/** One count per result status, named as in JobStatus: they always add up to the results of a job. */
export type StatusCounts = Pick<
  JobStatus,
  'created' | 'updated' | 'alreadyLinked' | 'partiallyCreated' | 'skipped' | 'failed' | 'cancelled'
>;

/** The JobStatus count of each status. */
export const STATUS_COUNT: Readonly<Record<CreationStatus, keyof StatusCounts>> = {
  Created: 'created',
  Updated: 'updated',
  AlreadyLinked: 'alreadyLinked',
  PartiallyCreated: 'partiallyCreated',
  Skipped: 'skipped',
  Failed: 'failed',
  Cancelled: 'cancelled'
};

/** The counts of a job's results, one per status. */
export function countStatuses(results: readonly Pick<CreationResult, 'status'>[]): StatusCounts {
  const counts: StatusCounts = {
    created: 0,
    updated: 0,
    alreadyLinked: 0,
    partiallyCreated: 0,
    skipped: 0,
    failed: 0,
    cancelled: 0
  };
  for (const result of results) {
    const key = STATUS_COUNT[result.status];
    if (key === undefined) {
      throw new Error(`Unknown result status '${String(result.status)}'`);
    }
    counts[key]++;
  }
  return counts;
}

/** True when every user of a job is done: Created, Updated or AlreadyLinked (the CLI then exits 0). */
export function allComplete(results: readonly Pick<CreationResult, 'status'>[]): boolean {
  return results.every((result) => COMPLETE_STATUSES.includes(result.status));
}

/** A job as secondsLeft needs it. */
export type JobProgress = Pick<JobStatus, 'total' | 'processed' | 'startedAt' | 'status'>;

/**
 * About how many seconds a running job needs to finish, at its rate so far; null unless it is Running, has done
 * at least 3 users and has run 5 seconds or more.
 */
export function secondsLeft(job: JobProgress, nowMs: number): number | null {
  if (job.status !== 'Running' || job.processed < 3 || job.startedAt === null) {
    return null;
  }
  const started = Date.parse(job.startedAt);
  const elapsed = (nowMs - started) / 1000;
  if (!Number.isFinite(elapsed) || elapsed < 5) {
    return null;
  }
  const rate = job.processed / elapsed;
  return Math.max(0, Math.ceil((job.total - job.processed) / rate));
}

/** The statuses of a job still going: it may still write results. */
export const UNFINISHED_JOB_STATUSES: readonly JobStatusValue[] = ['Queued', 'Running'];

/** True while a job may still write results (Queued or Running). */
export function isJobUnfinished(status: JobStatusValue | string | null | undefined): boolean {
  return UNFINISHED_JOB_STATUSES.includes(status as JobStatusValue);
}

/** The result statuses of users a retry takes again: they are not done. Users without a result are taken too. */
export const RETRY_STATUSES: readonly CreationStatus[] = ['Failed', 'PartiallyCreated', 'Cancelled'];

/**
 * How many users a retry of a job takes again, from its counts: those whose result is in RETRY_STATUSES, and, once
 * the job has ended, those it never reached.
 */
export function retryCount(
  job: Pick<JobStatus, 'status' | 'total' | 'processed'> & Partial<StatusCounts>
): number {
  const counted = RETRY_STATUSES.reduce((sum, status) => sum + (job[STATUS_COUNT[status]] ?? 0), 0);
  const unreached = isJobUnfinished(job.status) ? 0 : Math.max(0, (job.total ?? 0) - (job.processed ?? 0));
  return counted + unreached;
}
