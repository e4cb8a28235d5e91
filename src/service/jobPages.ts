/**
 * The job side of the service at 10,000 results: the tab's poll and results table (getJobPage: the job's counts
 * and a page of its results after a sequence cursor, or nothing when nothing changed), the job history (listJobs),
 * a job's results as CSV (getJobCsv) and the users a retry takes again. Counts come from the org's summary of the
 * results, never from reading every result; only getJobCsv and a retry read them all.
 */
import {
  CREATION_STATUSES,
  countStatuses,
  jobVersion,
  matchingCount,
  normalizeJobQuery,
  resultMatches,
  resultsToCsv,
  RETRY_STATUSES,
  type JobPage,
  type JobQuery,
  type JobStatus
} from '../core';
import { jobStatusOf } from './jobControl';
import type { JobHeader, JobRecord, OrgGateway, ResultSummary } from './OrgGateway';

export const DEFAULT_JOBS = 20;
export const MAX_JOBS = 100;

/** The JobStatus of a job from its header and its results' summary, without its results. */
export function summaryStatus(job: JobHeader, summary: ResultSummary): JobStatus {
  return jobStatusOf(job, summary.counts, []);
}

async function summaryOf(org: OrgGateway, jobId: string): Promise<ResultSummary> {
  return (await org.summarizeResults([jobId])).get(jobId) ?? { counts: countStatuses([]), lastSequence: 0 };
}

/**
 * A job's counts and context, and up to `limit` results matching `status` after the sequence `after`; rows is null
 * when `since` equals the job's version (nothing changed). `notice` is the running job's notice, when there is one.
 */
export async function jobPage(
  org: OrgGateway,
  job: JobRecord,
  notice: string | null,
  query: JobQuery | null | undefined
): Promise<JobPage> {
  const q = normalizeJobQuery(query);
  const summary = await summaryOf(org, job.jobId);
  const status = summaryStatus(job, summary);
  status.notice = notice ?? status.notice;
  const version = jobVersion(status.status, summary.lastSequence, status.processed);
  const changed = q.since !== version;
  let rows: JobPage['rows'] = null;
  if (changed) {
    const statuses = q.status === null ? null : CREATION_STATUSES.filter((s) => resultMatches(s, q.status));
    rows =
      q.limit === 0 ? [] : await org.loadResultsPage(job.jobId, { after: q.after, limit: q.limit, statuses });
  }
  return {
    ...status,
    version,
    lastSequence: summary.lastSequence,
    matching: matchingCount(summary.counts, q.status),
    after: q.after,
    limit: q.limit,
    statusFilter: q.status,
    changed,
    rows
  };
}

/** The most recent jobs first, each without its results; `limit` 1..100 (20 when absent). */
export async function listJobs(org: OrgGateway, limit: number | null | undefined): Promise<JobStatus[]> {
  const count =
    typeof limit === 'number' && Number.isFinite(limit)
      ? Math.min(Math.max(1, Math.floor(limit)), MAX_JOBS)
      : DEFAULT_JOBS;
  const jobs = await org.listJobs(count);
  const summaries = await org.summarizeResults(jobs.map((job) => job.jobId));
  return jobs.map((job) =>
    summaryStatus(job, summaries.get(job.jobId) ?? { counts: countStatuses([]), lastSequence: 0 })
  );
}

/** Every result of a job in sequence order, as the CSV the tab and the CLI download. */
export async function jobCsv(org: OrgGateway, jobId: string): Promise<{ fileName: string; csv: string }> {
  return { fileName: `vcc-results-${jobId}.csv`, csv: resultsToCsv(await org.loadResults(jobId)) };
}

/** The users of a job a retry takes again, in the job's order: Failed, PartiallyCreated, Cancelled or no result. */
export async function retryUserIds(org: OrgGateway, job: JobRecord): Promise<string[]> {
  const statusOf = new Map(
    (await org.loadResults(job.jobId)).map((result) => [result.userId, result.status])
  );
  return job.userIds.filter((userId) => {
    const status = statusOf.get(userId);
    return status === undefined || RETRY_STATUSES.includes(status);
  });
}
