/** Pages and counts of a job's results held in memory in sequence order (the demo org's results). */
import { countStatuses, type CreationResult, type JobResultRow } from '../core';
import type { ResultSummary, ResultsPageQuery } from './OrgGateway';

/** Up to `limit` results after the sequence `after` (a result's sequence is its place, from 1), of the statuses. */
export function pageOfRows(rows: readonly CreationResult[], query: ResultsPageQuery): JobResultRow[] {
  const page: JobResultRow[] = [];
  for (let i = Math.max(0, Math.floor(query.after)); i < rows.length && page.length < query.limit; i++) {
    if (query.statuses === null || query.statuses.includes(rows[i].status)) {
      page.push({ ...rows[i], sequence: i + 1 });
    }
  }
  return page;
}

/** The counts of the results and the sequence of the last. */
export function summaryOfRows(rows: readonly CreationResult[]): ResultSummary {
  return { counts: countStatuses(rows), lastSequence: rows.length };
}
