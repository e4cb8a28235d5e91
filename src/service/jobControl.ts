/**
 * What the service needs around a job's run: the JobStatus of a stored job, the retry notice shown while VCC is
 * not answering, and cancel requests that reach a job running in another process on the same state directory
 * (a marker file `cancel-<jobId>` the run looks for between users).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countStatuses, type CreationResult, type JobStatus } from '../core';
import type { VccRetryInfo } from '../vcc/client';
import type { JobRecord } from './OrgGateway';

/** The JobStatus of a stored job: counts from its results, results in the job's order. */
export function toJobStatus(job: JobRecord, results: CreationResult[]): JobStatus {
  const order = new Map(job.userIds.map((id, index) => [id, index]));
  const sorted = [...results].sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
  return {
    jobId: job.jobId,
    status: job.status,
    total: job.total,
    processed: sorted.length,
    ...countStatuses(sorted),
    error: job.error ?? null,
    notice: job.notice ?? null,
    templateUsername: job.templateUsername,
    listViewId: job.listViewId ?? null,
    listViewLabel: job.listViewLabel ?? null,
    startedBy: job.startedBy ?? null,
    startedAt: job.startedAt ?? job.createdAt ?? null,
    finishedAt: job.finishedAt ?? null,
    results: sorted
  };
}

/** "VCC is not answering, retrying (2 of 5)", or for a rate limit "VCC asks to slow down, retrying (try 3)". */
export function retryNotice(info: VccRetryInfo): string {
  if (info.reason === 'rate-limited') {
    return `VCC asks to slow down, retrying (try ${info.attempt})`;
  }
  const of = info.maxAttempts === null ? '' : ` of ${info.maxAttempts}`;
  return `VCC is not answering, retrying (${info.attempt}${of})`;
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
