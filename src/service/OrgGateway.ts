/**
 * What the service needs from a Salesforce org: User list views and their users, the agent IDs in use, saving
 * agent IDs row by row, and the job and result records. DemoOrg (a JSON file) and JsforceOrg (a real org)
 * implement it.
 */
import type {
  AgentIdAssignment,
  AgentIdSaveError,
  CreationResult,
  CreationStatus,
  JobResultRow,
  JobStatusValue,
  ListViewOption,
  OrgAgentId,
  StatusCounts,
  ViewUser
} from '../core';
import type { ReadinessGateway } from './readinessGateway';

/** A StandardSetController reads at most 10,000 records: views are held to the same limit. */
export const MAX_VIEW_USERS = 10_000;

/** A creation job as stored: the JobStatus header plus what a resumed run needs. */
export interface JobRecord {
  jobId: string;
  status: JobStatusValue;
  templateUsername: string;
  /** The Salesforce users of the job, in order. */
  userIds: string[];
  total: number;
  createdAt: string;
  /**
   * Users of the chunk in flight whose create may have been sent: a resumed run adopts those VCC already has.
   * Emptied as their results are saved, so it never holds more than a chunk.
   */
  attempted: string[];
  /** Why the job stopped, when it failed as a whole. */
  error: string | null;
  /** The list view the users came from, when the job was started from one. */
  listViewId?: string | null;
  listViewLabel?: string | null;
  /** Who started the job (the org's user, or the local user of the CLI). */
  startedBy?: string | null;
  /** When the job started its current run and when it ended (ISO 8601). */
  startedAt?: string | null;
  finishedAt?: string | null;
  /** What is happening while it lasts, such as VCC not answering; null otherwise. */
  notice?: string | null;
  /** True once cancelJob was asked: the run stops after the users in flight. */
  cancelRequested?: boolean;
  /** The job this one retries (retryJob), or null. */
  retryOf?: string | null;
}

/** A job as the Jobs list reads it: the record without its users. */
export type JobHeader = Omit<JobRecord, 'userIds' | 'attempted'>;

/** A job's result counts and the sequence of its last result (0 when it has none), without reading the results. */
export interface ResultSummary {
  counts: StatusCounts;
  lastSequence: number;
}

/** Which results of a job loadResultsPage returns: after a sequence, at most `limit`, of these statuses (all: null). */
export interface ResultsPageQuery {
  after: number;
  limit: number;
  statuses: readonly CreationStatus[] | null;
}

export interface OrgGateway {
  /** Every User list view the running user can see. */
  listUserViews(): Promise<ListViewOption[]>;
  /** The view's users in the view's order; throws a ServiceError past MAX_VIEW_USERS or for an unknown view. */
  getViewUsers(listViewId: string): Promise<ViewUser[]>;
  /** These users, in the given order; unknown IDs are left out. */
  getUsersByIds(userIds: readonly string[]): Promise<ViewUser[]>;
  /** Every user in the org with an agent ID. */
  getOrgAgentIds(): Promise<OrgAgentId[]>;
  /** Saves each ID on its user; a row that cannot be saved (a duplicate on the unique field) comes back. */
  saveAgentIds(assignments: readonly AgentIdAssignment[]): Promise<AgentIdSaveError[]>;

  createJob(job: Omit<JobRecord, 'jobId'>): Promise<string>;
  loadJob(jobId: string): Promise<JobRecord | null>;
  saveJob(job: JobRecord): Promise<void>;
  /** Inserts or replaces results, one per (job, user). */
  saveResults(jobId: string, results: readonly CreationResult[]): Promise<void>;
  loadResults(jobId: string): Promise<CreationResult[]>;
  /**
   * Up to `limit` results of a job with a sequence above `after`, in sequence order (1-based, the order in which
   * results were first saved; a result saved again keeps its place), without reading the others.
   */
  loadResultsPage(jobId: string, query: ResultsPageQuery): Promise<JobResultRow[]>;
  /** The result counts and last sequence of each job, by job ID (a job without results has zero counts). */
  summarizeResults(jobIds: readonly string[]): Promise<Map<string, ResultSummary>>;
  /** The most recent jobs first (startedAt descending, then ID descending), at most `limit`. */
  listJobs(limit: number): Promise<JobHeader[]>;
  /** The newest job the running user started, if any. */
  latestJobId(): Promise<string | null>;
  /** Jobs left Queued or Running (by a process that stopped). */
  unfinishedJobIds(): Promise<string[]>;
  /** Permission sets, call centers and the API user, for the readiness checks and fixes (readinessGateway.ts). */
  readiness?(): ReadinessGateway;
}

/** The header of a job record: everything but its users. */
export function jobHeader(job: JobRecord): JobHeader {
  const header: Partial<JobRecord> = { ...job };
  delete header.userIds;
  delete header.attempted;
  return header as JobHeader;
}
