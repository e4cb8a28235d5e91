/**
 * What the service needs around a job's run: the JobStatus of a stored job, the retry notice shown while VCC is
 * not answering, and cancel requests that reach a job running in another process on the same state directory
 * (a marker file `cancel-<jobId>` the run looks for between users).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  format,
  LABELS,
  countStatuses,
  type CreationResult,
  type JobStatus,
  type StatusCounts
} from '../core';
import type { VccRetryInfo } from '../vcc/client';
import type { JobHeader, JobRecord } from './OrgGateway';

/** The JobStatus of a stored job: counts from its results, results in the job's order. */
export function toJobStatus(job: JobRecord, results: CreationResult[]): JobStatus {
  const order = new Map(job.userIds.map((id, index) => [id, index]));
  const sorted = [...results].sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
  return jobStatusOf(job, countStatuses(sorted), sorted);
}

/** A job's JobStatus from its header (context, status, error), the counts of its results and the results given. */
export function jobStatusOf(job: JobHeader, counts: StatusCounts, results: CreationResult[]): JobStatus {
  const processed = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return {
    jobId: job.jobId,
    status: job.status,
    total: job.total,
    processed,
    ...counts,
    error: job.error ?? null,
    notice: job.notice ?? null,
    templateUsername: job.templateUsername,
    listViewId: job.listViewId ?? null,
    listViewLabel: job.listViewLabel ?? null,
    startedBy: job.startedBy ?? null,
    startedAt: job.startedAt ?? job.createdAt ?? null,
    finishedAt: job.finishedAt ?? null,
    results,
    retryOf: job.retryOf ?? null
  };
}

/** "VCC is not answering, retrying (2 of 5)", or for a rate limit "VCC asks to slow down, retrying (try 3)". */
export function retryNotice(info: VccRetryInfo): string {
  if (info.reason === 'rate-limited') {
    return format(LABELS.VCC_Op_Notice_Slow_Down_Try, info.attempt);
  }
  return info.maxAttempts === null
    ? format(LABELS.VCC_Op_Notice_Retrying_Try, info.attempt)
    : format(LABELS.VCC_Op_Notice_Retrying_Of, info.attempt, info.maxAttempts);
}

function cancelMarker(stateDir: string | null, jobId: string): string | null {
  return stateDir === null ? null : path.join(stateDir, `cancel-${jobId.replace(/[^\w-]/g, '_')}`);
}

/** Asks the run of a job, in any process on this state directory, to stop after the users in flight. */
export function writeCancelMarker(stateDir: string | null, jobId: string): void {
  const marker = cancelMarker(stateDir, jobId);
  if (marker !== null) {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, new Date().toISOString());
  }
}

export function hasCancelMarker(stateDir: string | null, jobId: string): boolean {
  const marker = cancelMarker(stateDir, jobId);
  return marker !== null && existsSync(marker);
}

export function removeCancelMarker(stateDir: string | null, jobId: string): void {
  const marker = cancelMarker(stateDir, jobId);
  if (marker !== null) {
    rmSync(marker, { force: true });
  }
}
