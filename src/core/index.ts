/**
 * The rules of VCC User Creation, written once: compiled into the LWC module c/vccRules and mirrored by the
 * Apex class VccRules. Pure functions, no I/O.
 */
export * from './codes';
export * from './types';
export { isBlank, trimToNull, agentIdKey } from './text';
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
  isValidUsername,
  summarizeChecks,
  type CheckSummary
} from './checks';
export {
  classifyVccError,
  resultMessage,
  resultStatus,
  vccErrorMessage,
  preflight,
  resultsToCsv,
  type Preflight,
  type ResultDetails
} from './results';
