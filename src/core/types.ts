/**
 * The JSON shapes of the contract (ARCHITECTURE.md). The Apex DTOs carry the same field names,
 * and a gate compares the two.
 */
import type { CreationStatus, IssueCode, ResultCode, Severity } from './codes';

/** A User list view the admin can see. */
export interface ListViewOption {
  id: string;
  label: string;
  developerName: string;
}

/** A Salesforce user of a list view, in the view's order. Blank values are null. */
export interface ViewUser {
  id: string;
  name: string | null;
  username: string | null;
  email: string | null;
  phone: string | null;
  agentId: string | null;
  callCenterId: string | null;
  callCenterName: string | null;
  isActive: boolean;
  licenseName: string | null;
}

/** VCC user roles (User Admin API v4, `userAccountConfiguration.role`). */
export type VccRole = 'Admin' | 'Supervisor' | 'Wallboard' | 'Agent';

/** Who the template user is, as the tab shows it. */
export interface TemplateSummary {
  username: string;
  vccUserId: string;
  name: string;
  role: VccRole;
  actsAsAgent: boolean;
  needsAgentId: boolean;
  skillCount: number;
  groupCount: number;
}

/** One potential issue of one user. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  message: string;
}

/** The issues of one user, in the order of the issue table. */
export interface UserCheck {
  userId: string;
  issues: Issue[];
}

/** One generated agent ID. */
export interface AgentIdAssignment {
  userId: string;
  agentId: string;
}

/** A user whose generated ID could not be saved. */
export interface AgentIdSaveError {
  userId: string;
  message: string;
}

/**
 * The answer of generateAgentIds: what was saved, and what was not. When the org generates the IDs of a large view
 * in a job (Apex), `jobId` names it and both lists are empty; the TypeScript service saves at once (no jobId).
 */
export interface AgentIdResult {
  assignments: AgentIdAssignment[];
  errors: AgentIdSaveError[];
  jobId?: string | null;
}

/** The answer of createUsers: the work runs asynchronously. */
export interface JobInfo {
  jobId: string;
  total: number;
}

export type JobStatusValue = 'Queued' | 'Running' | 'Completed' | 'Failed' | 'Cancelled';

/** The one result of one user in a creation job. */
export interface CreationResult {
  userId: string;
  username: string | null;
  status: CreationStatus;
  code: ResultCode;
  message: string;
  agentId: string | null;
  vccUserId: string | null;
}

/**
 * A creation job and its results so far. The counts equal the statuses of `results` and add up to `processed`;
 * `error` says why a job stopped (null otherwise); `notice` says what is happening while it lasts (such as VCC not
 * answering); the rest is the job's context, as the tab shows it.
 */
export interface JobStatus {
  jobId: string;
  status: JobStatusValue;
  total: number;
  processed: number;
  created: number;
  updated: number;
  alreadyLinked: number;
  partiallyCreated: number;
  skipped: number;
  failed: number;
  cancelled: number;
  error: string | null;
  notice: string | null;
  templateUsername: string | null;
  listViewId: string | null;
  listViewLabel: string | null;
  startedBy: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  results: CreationResult[];
  /** The job this one retries, or null. */
  retryOf: string | null;
}

/** A user as generateAgentIds sees it: only the ID matters. */
export interface AgentIdUser {
  id: string;
  agentId?: string | null;
}

/** Every Salesforce user holding an agent ID, org-wide. */
export interface OrgAgentId {
  userId: string;
  agentId: string | null;
}

/** A VCC user as the checks see it. */
export interface VccUserRef {
  username: string | null;
  agentId?: string | null;
}

/** What checkUsers compares the view's users against. */
export interface CheckContext {
  /** True when the template is an agent or a supervisor acting as an agent. */
  needsAgentId: boolean;
  /** Every Salesforce user with an agent ID, org-wide (the view's users may be among them). */
  orgAgentIds: OrgAgentId[];
  /** Every VCC user (active or archived). */
  vccUsers: VccUserRef[];
}

/** What a view page is sorted by. */
export type ViewSortBy = 'name' | 'username' | 'phone' | 'agentId' | 'callCenter' | 'issues';

export type SortDirection = 'asc' | 'desc';

/** Which page of a view the tab asks for: sorted, filtered, searched. Absent fields take their defaults. */
export interface ViewQuery {
  offset?: number;
  pageSize?: number;
  sortBy?: ViewSortBy;
  sortDir?: SortDirection;
  onlyIssues?: boolean;
  search?: string | null;
}

/** One row of a view page: the user and their issues. */
export interface ViewRow {
  user: ViewUser;
  issues: Issue[];
}

/** What a creation of the whole view would do: create, leave alone (linked) or stop at (blocked). */
export interface ViewPlan {
  create: number;
  blocked: number;
  linked: number;
}

/** One page of a view with the counts of the whole view (getViewPage). */
export interface ViewPage {
  listViewId: string;
  total: number;
  matching: number;
  offset: number;
  pageSize: number;
  sortBy: ViewSortBy;
  sortDir: SortDirection;
  onlyIssues: boolean;
  search: string | null;
  rows: ViewRow[];
  withErrors: number;
  withWarnings: number;
  linkedCount: number;
  blankAgentIdCount: number;
  plan: ViewPlan;
}

/** Which results a job page holds: 'problems' (Failed, PartiallyCreated, Skipped, Cancelled) or one status. */
export type JobStatusFilter = 'problems' | CreationStatus;

/** Which results of a job the tab asks for: those after a sequence cursor, matching a filter. */
export interface JobQuery {
  after?: number;
  limit?: number;
  status?: JobStatusFilter | null;
  since?: string | null;
}

/** A result with its sequence: 1-based, the order in which the results were saved. */
export interface JobResultRow extends CreationResult {
  sequence: number;
}

/** The tab's poll and results table (getJobPage): the job's counts and context, and a page of its results. */
export interface JobPage extends JobStatus {
  version: string;
  lastSequence: number;
  matching: number;
  after: number;
  limit: number;
  statusFilter: JobStatusFilter | null;
  changed: boolean;
  rows: JobResultRow[] | null;
}

/** What generateAgentIds would write (getAgentIdPreview), saving nothing. */
export interface AgentIdPreview {
  count: number;
  first: string | null;
  last: string | null;
  skipped: number;
  skippedInSalesforce: number;
  skippedInVcc: number;
  startInUse: null | 'salesforce' | 'vcc' | 'both';
  sample: AgentIdAssignment[];
}
