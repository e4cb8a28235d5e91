/**
 * The results side of JsforceOrg: a job's results, a page of them after a sequence cursor (one bounded SOQL on
 * VCC_Creation_Result__c.Sequence__c, never every result), the counts of several jobs in one aggregate query, and
 * the Jobs list. Sequence__c is saved from 0 in the job's order when the job starts; the contract's sequence is
 * 1-based (Sequence__c + 1). Only checked IDs, whole numbers and known statuses reach SOQL.
 */
import {
  CREATION_STATUSES,
  countStatuses,
  STATUS_COUNT,
  trimToNull,
  type CreationResult,
  type CreationStatus,
  type JobResultRow,
  type JobStatusValue,
  type ResultCode
} from '../core';
import {
  jobHeader,
  type JobHeader,
  type JobRecord,
  type ResultSummary,
  type ResultsPageQuery
} from './OrgGateway';
import { JOB, JOB_OBJECT, PENDING, RESULT, RESULT_OBJECT } from './schema';

export type Row = Record<string, unknown> & { Id?: string };

/** Runs a query, reading at most `max` rows. */
export type QueryRows = (soql: string, max?: number) => Promise<Row[]>;

/** The kind of the jobs that generate agent IDs in the org (VccCreationJobs.KIND_AGENT_IDS): not in the Jobs list. */
const KIND_AGENT_IDS = 'AgentIds';

const RESULT_FIELDS = [
  RESULT.user,
  RESULT.username,
  RESULT.status,
  RESULT.code,
  RESULT.message,
  RESULT.agentId,
  RESULT.vccUserId
];

function toResult(row: Row): CreationResult {
  return {
    userId: String(row[RESULT.user]),
    username: trimToNull(row[RESULT.username]),
    status: String(row[RESULT.status]) as CreationStatus,
    code: String(row[RESULT.code]) as ResultCode,
    message: String(row[RESULT.message] ?? ''),
    agentId: trimToNull(row[RESULT.agentId]),
    vccUserId: trimToNull(row[RESULT.vccUserId])
  };
}

/** Every result of a job (`id` checked), in the job's order. */
export async function loadResults(query: QueryRows, id: string): Promise<CreationResult[]> {
  const rows = await query(
    `SELECT ${RESULT_FIELDS.join(', ')} FROM ${RESULT_OBJECT} WHERE ${RESULT.job} = '${id}' AND ${RESULT.status} != '${PENDING}' ` +
      `ORDER BY ${RESULT.sequence}`
  );
  return rows.map(toResult);
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

/** Up to `limit` results of a job (`id` checked) with a sequence above `after`, of the statuses, in order. */
export async function loadResultsPage(
  query: QueryRows,
  id: string,
  page: ResultsPageQuery
): Promise<JobResultRow[]> {
  const limit = Math.min(wholeNumber(page.limit), 2000);
  const statuses =
    page.statuses === null ? null : CREATION_STATUSES.filter((s) => page.statuses!.includes(s));
  if (limit === 0 || (statuses !== null && statuses.length === 0)) {
    return [];
  }
  const which =
    statuses === null
      ? `${RESULT.status} != '${PENDING}'`
      : `${RESULT.status} IN (${statuses.map((status) => `'${status}'`).join(', ')})`;
  const rows = await query(
    `SELECT ${RESULT_FIELDS.join(', ')}, ${RESULT.sequence} FROM ${RESULT_OBJECT} WHERE ${RESULT.job} = '${id}' ` +
      `AND ${RESULT.sequence} > ${wholeNumber(page.after) - 1} AND ${which} ORDER BY ${RESULT.sequence} LIMIT ${limit}`,
    limit
  );
  return rows.map((row) => ({ ...toResult(row), sequence: Number(row[RESULT.sequence]) + 1 }));
}

/** The counts and last sequence of each job (IDs checked), in one aggregate query. */
export async function summarizeResults(
  query: QueryRows,
  ids: readonly string[]
): Promise<Map<string, ResultSummary>> {
  const summaries = new Map<string, ResultSummary>();
  for (const id of ids) {
    summaries.set(id, {
      counts: countStatuses([]),
      lastSequence: 0
    });
  }
  if (ids.length === 0) {
    return summaries;
  }
  const rows = await query(
    `SELECT ${RESULT.job}, ${RESULT.status}, COUNT(Id) n, MAX(${RESULT.sequence}) last FROM ${RESULT_OBJECT} ` +
      `WHERE ${RESULT.job} IN (${ids.map((id) => `'${id}'`).join(', ')}) AND ${RESULT.status} != '${PENDING}' ` +
      `GROUP BY ${RESULT.job}, ${RESULT.status}`
  );
  for (const row of rows) {
    const summary = [...summaries.entries()].find(([id]) => sameId(id, String(row[RESULT.job])))?.[1];
    const key = STATUS_COUNT[String(row[RESULT.status]) as CreationStatus];
    if (summary !== undefined && key !== undefined) {
      summary.counts[key] += Number(row.n ?? 0);
      summary.lastSequence = Math.max(summary.lastSequence, Number(row.last ?? -1) + 1);
    }
  }
  return summaries;
}

/** The same record, whether given by its 15- or 18-character ID. */
function sameId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

/** The newest creation jobs first (startedAt descending, then ID descending), at most `limit` (1 to 100). */
export async function listJobs(query: QueryRows, limit: number): Promise<JobHeader[]> {
  const count = Math.min(Math.max(1, wholeNumber(limit)), 100);
  const rows = await query(
    `SELECT Id, ${Object.values(JOB).join(', ')}, CreatedDate, CreatedBy.Name FROM ${JOB_OBJECT} ` +
      `WHERE ${JOB.kind} != '${KIND_AGENT_IDS}' ORDER BY ${JOB.startedAt} DESC NULLS LAST, Id DESC LIMIT ${count}`,
    count
  );
  return rows.map((row) => jobHeader(toJobRecord(row, [])));
}

/** A job record of a VCC_Creation_Job__c row and its users. */
export function toJobRecord(row: Row, userIds: string[]): JobRecord {
  return {
    jobId: String(row.Id),
    status: String(row[JOB.status]) as JobStatusValue,
    templateUsername: String(row[JOB.templateUsername] ?? ''),
    userIds,
    total: Number(row[JOB.total] ?? userIds.length),
    createdAt: String(row.CreatedDate ?? ''),
    attempted: JSON.parse(String(row[JOB.attempted] ?? '[]')) as string[],
    error: trimToNull(row[JOB.error]),
    listViewId: trimToNull(row[JOB.listViewId]),
    listViewLabel: trimToNull(row[JOB.listViewLabel]),
    startedAt: trimToNull(row[JOB.startedAt]),
    finishedAt: trimToNull(row[JOB.finishedAt]),
    notice: trimToNull(row[JOB.notice]),
    cancelRequested: row[JOB.cancelRequested] === true,
    startedBy: trimToNull((row.CreatedBy as { Name?: string } | null | undefined)?.Name),
    retryOf: trimToNull(row[JOB.retryOf])
  };
}
