/**
 * Pages of a view and of a job's results, cut on the server so the tab never holds a whole 10,000-user view:
 * the query's defaults and limits, the search, the sort and the counts of the whole view.
 */
import { CREATION_STATUSES, ISSUE_SEVERITY, type CreationStatus } from './codes';
import { summarizeChecks } from './checks';
import { STATUS_COUNT, type StatusCounts } from './jobs';
import { isDigits, stripLeadingZeros } from './text';
import type {
  Issue,
  JobQuery,
  JobStatusFilter,
  SortDirection,
  UserCheck,
  ViewPage,
  ViewPlan,
  ViewQuery,
  ViewRow,
  ViewSortBy,
  ViewUser
} from './types';

export const VIEW_SORTS: readonly ViewSortBy[] = [
  'name',
  'username',
  'phone',
  'agentId',
  'callCenter',
  'issues'
];
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const MAX_SEARCH_LENGTH = 100;

/** A ViewQuery with every field set. */
export type NormalizedViewQuery = Required<ViewQuery>;

/** A whole number from a query field, or `fallback` when it is not a finite number. */
function wholeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * The query with its defaults and limits: offset >= 0, pageSize 1..200 (50), sortBy one of VIEW_SORTS ('name'),
 * sortDir 'asc' or 'desc' ('asc'), onlyIssues true only when true, search trimmed, cut to 100 characters, '' -> null.
 * An offset past the end is pulled back by pageView, which knows how many rows match.
 */
export function normalizeViewQuery(query?: ViewQuery | null): NormalizedViewQuery {
  const q = query ?? {};
  const search = typeof q.search === 'string' ? q.search.trim().slice(0, MAX_SEARCH_LENGTH) : '';
  return {
    offset: Math.max(0, wholeNumber(q.offset, 0)),
    pageSize: clamp(wholeNumber(q.pageSize, DEFAULT_PAGE_SIZE), 1, MAX_PAGE_SIZE),
    sortBy: VIEW_SORTS.includes(q.sortBy as ViewSortBy) ? (q.sortBy as ViewSortBy) : 'name',
    sortDir: q.sortDir === 'desc' ? 'desc' : 'asc',
    onlyIssues: q.onlyIssues === true,
    search: search === '' ? null : search
  };
}

/** A sort key computed once per row: blank keys sort last in both directions. */
interface Keyed {
  row: ViewRow;
  id: string;
  name: string | null;
  key: string | null;
  numeric: boolean;
  counts: [number, number, number];
}

/** Lower-cased text, or null when blank (null or only spaces). */
function textKey(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value.toLowerCase();
}

function sortValue(user: ViewUser, sortBy: ViewSortBy): string | null {
  switch (sortBy) {
    case 'username':
      return user.username;
    case 'phone':
      return user.phone;
    case 'agentId':
      return user.agentId;
    case 'callCenter':
      return user.callCenterName;
    default:
      return user.name;
  }
}

function issueCounts(issues: readonly Issue[]): [number, number, number] {
  const counts: [number, number, number] = [0, 0, 0];
  for (const issue of issues) {
    counts[issue.severity === 'error' ? 0 : issue.severity === 'warning' ? 1 : 2]++;
  }
  return counts;
}

function keyed(row: ViewRow, sortBy: ViewSortBy): Keyed {
  const value = sortValue(row.user, sortBy);
  let key = sortBy === 'issues' ? null : textKey(value);
  const numeric = sortBy === 'agentId' && key !== null && isDigits(value as string);
  if (numeric) {
    key = stripLeadingZeros(value as string);
  }
  const counts = sortBy === 'issues' ? issueCounts(row.issues) : ([0, 0, 0] as [number, number, number]);
  return { row, id: row.user.id, name: textKey(row.user.name), key, numeric, counts };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Blank last; otherwise text order. */
function compareBlankLast(a: string | null, b: string | null): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  return compareText(a, b);
}

/** The primary comparison in ascending order, without blanks (handled by the caller). */
function comparePrimary(a: Keyed, b: Keyed, sortBy: ViewSortBy): number {
  if (sortBy === 'issues') {
    return a.counts[0] - b.counts[0] || a.counts[1] - b.counts[1] || a.counts[2] - b.counts[2];
  }
  const x = a.key as string;
  const y = b.key as string;
  if (sortBy === 'agentId' && (a.numeric || b.numeric)) {
    if (a.numeric !== b.numeric) {
      return a.numeric ? -1 : 1;
    }
    return x.length - y.length || compareText(x, y);
  }
  return compareText(x, y);
}

function comparator(sortBy: ViewSortBy, sortDir: SortDirection): (a: Keyed, b: Keyed) => number {
  const sign = sortDir === 'desc' ? -1 : 1;
  return (a, b) => {
    let result = 0;
    if (sortBy !== 'issues' && (a.key === null || b.key === null)) {
      result = a.key === b.key ? 0 : a.key === null ? 1 : -1;
    } else {
      result = sign * comparePrimary(a, b, sortBy);
    }
    return result || compareBlankLast(a.name, b.name) || compareText(a.id, b.id);
  };
}

/** True when the user's name, username, email, phone, agent ID or call center name holds `needle` (lower case). */
function userMatches(user: ViewUser, needle: string): boolean {
  const fields = [user.name, user.username, user.email, user.phone, user.agentId, user.callCenterName];
  return fields.some(
    (field) => field !== null && field !== undefined && field.toLowerCase().includes(needle)
  );
}

function hasProblem(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error' || issue.severity === 'warning');
}

/**
 * What a creation would do with a user, as preflight decides it (without its messages, which cost too much for a
 * whole view): ALREADY_LINKED -> linked; else an issue whose code is an error -> blocked; else create.
 */
function planOf(issues: readonly Issue[]): keyof ViewPlan {
  if (issues.some((issue) => issue.code === 'ALREADY_LINKED')) {
    return 'linked';
  }
  return issues.some((issue) => ISSUE_SEVERITY[issue.code] === 'error') ? 'blocked' : 'create';
}

/** The counts of the whole view that do not depend on the query. */
function viewCounts(
  rows: readonly ViewRow[]
): Pick<ViewPage, 'withErrors' | 'withWarnings' | 'linkedCount' | 'blankAgentIdCount' | 'plan'> {
  const summary = summarizeChecks(rows.map((row) => ({ userId: row.user.id, issues: row.issues })));
  const plan = { create: 0, blocked: 0, linked: 0 };
  let blankAgentIdCount = 0;
  for (const row of rows) {
    const agentId = row.user.agentId;
    if (agentId === null || agentId === undefined || agentId.trim() === '') {
      blankAgentIdCount++;
    }
    plan[planOf(row.issues)]++;
  }
  return {
    withErrors: summary.withErrors,
    withWarnings: summary.withWarnings,
    linkedCount: summary.alreadyLinked,
    blankAgentIdCount,
    plan
  };
}

/**
 * One page of a view: the users with their issues, filtered (onlyIssues: an error or a warning; search: a
 * case-insensitive substring of name, username, email, phone, agent ID or call center name), sorted (blanks last
 * in both directions; agent IDs of digits by number and before others; issues by error, warning, info counts;
 * ties by name, then user id, ascending) and cut; the counts are over the whole view. An offset past the end gives
 * the last page. `checks` are the issues of every user of the view (checkUsers); a user without one has none.
 */
export function pageView(
  users: readonly ViewUser[],
  checks: readonly UserCheck[],
  query?: ViewQuery | null
): Omit<ViewPage, 'listViewId'> {
  const q = normalizeViewQuery(query);
  const issuesOf = new Map<string, Issue[]>();
  for (const check of checks) {
    issuesOf.set(check.userId, check.issues);
  }
  const rows: ViewRow[] = users.map((user) => ({ user, issues: issuesOf.get(user.id) ?? [] }));
  const needle = q.search === null ? null : q.search.toLowerCase();
  const matching = rows.filter(
    (row) => (!q.onlyIssues || hasProblem(row.issues)) && (needle === null || userMatches(row.user, needle))
  );
  const keys = matching.map((row) => keyed(row, q.sortBy));
  keys.sort(comparator(q.sortBy, q.sortDir));
  let offset = q.offset;
  if (offset >= keys.length) {
    offset = keys.length === 0 ? 0 : Math.floor((keys.length - 1) / q.pageSize) * q.pageSize;
  }
  return {
    total: users.length,
    matching: keys.length,
    offset,
    pageSize: q.pageSize,
    sortBy: q.sortBy,
    sortDir: q.sortDir,
    onlyIssues: q.onlyIssues,
    search: q.search,
    rows: keys.slice(offset, offset + q.pageSize).map((entry) => entry.row),
    ...viewCounts(rows)
  };
}

/** The filters of a job's results: 'problems' and each status. */
export const STATUS_FILTERS: readonly JobStatusFilter[] = ['problems', ...CREATION_STATUSES];

const PROBLEM_STATUSES: readonly CreationStatus[] = ['Failed', 'PartiallyCreated', 'Skipped', 'Cancelled'];

export const DEFAULT_JOB_LIMIT = 50;
export const MAX_JOB_LIMIT = 200;

/** True when a result of this status belongs under the filter (null: every result). */
export function resultMatches(status: CreationStatus, filter: JobStatusFilter | null | undefined): boolean {
  if (filter === null || filter === undefined) {
    return true;
  }
  return filter === 'problems' ? PROBLEM_STATUSES.includes(status) : status === filter;
}

/** How many results of a job match the filter, from its counts. */
export function matchingCount(counts: StatusCounts, filter: JobStatusFilter | null | undefined): number {
  return CREATION_STATUSES.filter((status) => resultMatches(status, filter)).reduce(
    (sum, status) => sum + (counts[STATUS_COUNT[status]] ?? 0),
    0
  );
}

/** What changes whenever a job moves on: `<status>:<lastSequence>:<processed>`. */
export function jobVersion(status: string, lastSequence: number, processed: number): string {
  return `${status}:${lastSequence}:${processed}`;
}

/** A JobQuery with every field set. */
export interface NormalizedJobQuery {
  after: number;
  limit: number;
  status: JobStatusFilter | null;
  since: string | null;
}

/**
 * The query with its defaults and limits: after a whole number >= 0 (0), limit 0..200 (50; 0 = counts only),
 * status one of STATUS_FILTERS or null, since a string or null.
 */
export function normalizeJobQuery(query?: JobQuery | null): NormalizedJobQuery {
  const q = query ?? {};
  return {
    after: Math.max(0, wholeNumber(q.after, 0)),
    limit: clamp(wholeNumber(q.limit, DEFAULT_JOB_LIMIT), 0, MAX_JOB_LIMIT),
    status: STATUS_FILTERS.includes(q.status as JobStatusFilter) ? (q.status as JobStatusFilter) : null,
    since: typeof q.since === 'string' ? q.since : null
  };
}
