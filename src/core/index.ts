/**
 * The rules of VCC User Creation, written once: compiled into the LWC module c/vccRules and mirrored by the
 * Apex class VccRules. Pure functions, no I/O.
 */
export * from './codes';
export * from './types';
export { isBlank, trimToNull, agentIdKey, usernameKey } from './text';
export { countStatuses, allComplete, STATUS_COUNT, type StatusCounts } from './jobs';
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
