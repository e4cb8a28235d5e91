// The server's side of getJobPage for the tab's tests, from the contract's own rules (c/vccRules): a job and its
// results as saved, answered page by page.
import { countStatuses, jobVersion, matchingCount, normalizeJobQuery, resultMatches } from 'c/vccRules';
import { apexError } from './data';

/** The results of a job with their sequence: the order in which they were saved. */
export const sequenced = (results) => results.map((result, index) => ({ ...result, sequence: index + 1 }));

/** The JobPage the server answers for a job (with all its results) and a query. */
export function pageOf(job, query) {
  const q = normalizeJobQuery(query);
  const results = sequenced(job.results);
  const lastSequence = results.length > 0 ? results[results.length - 1].sequence : 0;
  const version = jobVersion(job.status, lastSequence, job.processed);
  const changed = q.since !== version;
  const rows = results.filter((row) => row.sequence > q.after && resultMatches(row.status, q.status));
  return {
    ...job,
    results: [],
    retryOf: job.retryOf || null,
    version,
    lastSequence,
    matching: matchingCount(job, q.status),
    after: q.after,
    limit: q.limit,
    statusFilter: q.status,
    changed,
    rows: changed ? rows.slice(0, q.limit) : null
  };
}

/** A getJobPage over the jobs of a map the test may change between polls: jobId -> job with its results. */
export function serveJobs(jobs) {
  return ({ jobId, query }) => {
    const job = jobs[jobId];
    return job ? Promise.resolve(pageOf(job, query)) : Promise.reject(apexError('No such job.'));
  };
}

/** The job as the results show it (the follower's view): its counts and context, and the rows read so far. */
export function shown(job, extra = {}) {
  const rows = sequenced(job.results);
  return { ...job, results: [], rows, matching: rows.length, filter: null, hasMore: false, ...extra };
}

/** A job of many users, each Created or Failed, to page through. */
export function manyResults(job, count, failedEvery = 0) {
  return Array.from({ length: count }, (_, i) => {
    const failed = failedEvery > 0 && i % failedEvery === 0;
    return {
      ...job.results[failed ? 1 : 0],
      userId: `005${String(i).padStart(12, '0')}AAA`,
      username: `user${i}@northwind.example`
    };
  });
}

/** A job whose counts are those of its results (all processed unless told). */
export function jobWith(job, results, extra = {}) {
  return {
    ...job,
    total: results.length,
    processed: results.length,
    ...countStatuses(results),
    results,
    ...extra
  };
}
