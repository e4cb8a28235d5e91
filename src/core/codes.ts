/** Issue codes, in the order checkUsers reports them (the issue table of ARCHITECTURE.md). */
export const ISSUE_CODES = [
  'PHONE_MISSING',
  'PHONE_INVALID',
  'AGENT_ID_MISSING',
  'AGENT_ID_INVALID',
  'AGENT_ID_DUPLICATE',
  'AGENT_ID_IN_USE',
  'VCC_USER_EXISTS',
  'ALREADY_LINKED',
  'USERNAME_INVALID',
  'EMAIL_MISSING',
  'USER_INACTIVE',
  'CALL_CENTER_MISSING',
  'PLATFORM_LICENSE'
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** An error skips the user; warnings never block; info is for the admin's eyes. */
export const ISSUE_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  PHONE_MISSING: 'error',
  PHONE_INVALID: 'error',
  AGENT_ID_MISSING: 'error',
  AGENT_ID_INVALID: 'error',
  AGENT_ID_DUPLICATE: 'error',
  AGENT_ID_IN_USE: 'error',
  VCC_USER_EXISTS: 'error',
  ALREADY_LINKED: 'info',
  USERNAME_INVALID: 'error',
  EMAIL_MISSING: 'error',
  USER_INACTIVE: 'error',
  CALL_CENTER_MISSING: 'warning',
  PLATFORM_LICENSE: 'warning'
};

/**
 * Result codes of createUsers: the ones that do not fail first, then those of a Failed user (ARCHITECTURE.md).
 */
export const RESULT_CODES = [
  'CREATED',
  'UPDATED',
  'ALREADY_LINKED',
  'SKIPPED',
  'CANCELLED',
  'PARTIALLY_CREATED',
  'VCC_USER_EXISTS',
  'AGENT_ID_IN_USE',
  'PHONE_MISSING',
  'LICENCE_LIMIT',
  'INVALID_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'VCC_UNREACHABLE',
  'VCC_UNAVAILABLE'
] as const;

export type ResultCode = (typeof RESULT_CODES)[number];

/** The statuses a user's one result ends in, in the order of the job's counts. */
export const CREATION_STATUSES = [
  'Created',
  'Updated',
  'AlreadyLinked',
  'PartiallyCreated',
  'Skipped',
  'Failed',
  'Cancelled'
] as const;

export type CreationStatus = (typeof CREATION_STATUSES)[number];

/** The statuses of a user who is done: the VCC user exists, linked, with everything the template has. */
export const COMPLETE_STATUSES: readonly CreationStatus[] = ['Created', 'Updated', 'AlreadyLinked'];

/** The readiness issue codes, in the order they are reported (checkReadiness). */
export const READINESS_CODES = [
  'USER_INACTIVE',
  'VCC_PERMISSION_SET_MISSING',
  'TASK_FIELD_ACCESS_MISSING',
  'CALL_CENTER_MISSING',
  'PHONE_MISSING',
  'PHONE_INVALID',
  'PLATFORM_LICENSE'
] as const;

export type ReadinessCode = (typeof READINESS_CODES)[number];

/** The requirements of VCC's API user, in the order they are reported (checkApiUser). */
export const API_USER_REQUIREMENTS = [
  'USER_FOUND',
  'ACTIVE',
  'NOT_FROZEN',
  'SALESFORCE_LICENCE',
  'LOGIN_HOURS',
  'IP_RANGES',
  'API_ENABLED',
  'EDIT_TASKS',
  'VIEW_ALL_USERS',
  'VIEW_ALL_DATA',
  'MODIFY_ALL_DATA',
  'PASSWORD_NEVER_EXPIRES'
] as const;

export type ApiUserRequirementCode = (typeof API_USER_REQUIREMENTS)[number];

/** Codes of the errors generateAgentIds throws. */
export const AGENT_ID_ERROR_CODES = ['STARTING_ID_INVALID', 'AGENT_ID_RANGE_EXHAUSTED'] as const;

export type AgentIdErrorCode = (typeof AGENT_ID_ERROR_CODES)[number];

/**
 * Codes of the failures an operation refuses with, besides the result codes (VccException.code in Apex; in
 * TypeScript a ServiceError's HTTP status says the same: 400 BAD_INPUT, 404 NOT_FOUND, 409 JOB_RUNNING).
 */
export const ERROR_CODES = ['BAD_INPUT', 'NOT_FOUND', 'JOB_RUNNING', 'TOO_MANY_ROWS'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** NVM Agent Id is a Text(10) field: IDs are strings of 1 to 10 digits. */
export const AGENT_ID_MAX_DIGITS = 10;

/** Every code (issues, results, agent-ID errors, readiness, API-user requirements, operation errors), each once. */
export const ALL_CODES: readonly string[] = [
  ...new Set<string>([
    ...ISSUE_CODES,
    ...RESULT_CODES,
    ...AGENT_ID_ERROR_CODES,
    ...READINESS_CODES,
    ...API_USER_REQUIREMENTS,
    ...ERROR_CODES
  ])
];
