/**
 * The rules of VCC User Creation, written once: compiled into the LWC module c/vccRules and mirrored by the
 * Apex class VccRules. Pure functions, no I/O.
 */
export * from './codes';
export * from './types';
export { isBlank, trimToNull, agentIdKey, usernameKey, format } from './text';
export { LABELS, type LabelName } from './labels';
export {
  countStatuses,
  allComplete,
  secondsLeft,
  isJobUnfinished,
  retryCount,
  RETRY_STATUSES,
  UNFINISHED_JOB_STATUSES,
  STATUS_COUNT,
  type JobProgress,
  type StatusCounts
} from './jobs';
export {
  AgentIdError,
  generateAgentIds,
  validateStartingId,
  maxAgentId,
  type GenerateAgentIdsOptions,
  type StartingIdCheck
} from './agentIds';
export {
  checkUsers,
  needsAgentId,
  normalizePhone,
  splitPhone,
  isValidUsername,
  summarizeChecks,
  type CheckSummary,
  type PhoneParts
} from './checks';
export {
  classifyVccError,
  resultMessage,
  resultStatus,
  vccErrorMessage,
  preflight,
  resultsToCsv,
  csvCell,
  type Preflight,
  type ResultDetails
} from './results';
export * from './readiness';
export * from './apiUser';
export {
  normalizeViewQuery,
  pageView,
  normalizeJobQuery,
  resultMatches,
  matchingCount,
  jobVersion,
  STATUS_FILTERS,
  VIEW_SORTS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_SEARCH_LENGTH,
  DEFAULT_JOB_LIMIT,
  MAX_JOB_LIMIT,
  type NormalizedViewQuery,
  type NormalizedJobQuery
} from './pages';
export { summarizeAgentIds, AGENT_ID_SAMPLE_SIZE, type AgentIdPreviewContext } from './agentIdPreview';
