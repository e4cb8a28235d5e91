import { ISSUE_SEVERITY, type IssueCode, type ResultCode } from './codes';
import { trimToNull } from './text';
import type { CreationResult, CreationStatus, Issue } from './types';

/** What a result message may name. */
export interface ResultDetails {
  username?: string | null;
  agentId?: string | null;
  /** VCC's own words, from an error body. */
  vccMessage?: string | null;
  /** The error codes that made a user skipped. */
  issueCodes?: readonly string[];
  /** What a partially created user lacks, such as "skills" or "group Sales". */
  missing?: readonly string[];
}

/** The status a result code ends in. */
export function resultStatus(code: ResultCode): CreationStatus {
  switch (code) {
    case 'CREATED':
      return 'Created';
    case 'ALREADY_LINKED':
      return 'AlreadyLinked';
    case 'SKIPPED':
      return 'Skipped';
    default:
      return 'Failed';
  }
}

/** The `message` of a VCC error body (`{"message": "..."}`), a JSON string of one, or plain text. */
export function vccErrorMessage(body: unknown): string | null {
  if (body === null || body === undefined) {
    return null;
  }
  if (typeof body === 'object') {
    const message = (body as { message?: unknown }).message;
    return typeof message === 'string' ? trimToNull(message) : null;
  }
  const text = trimToNull(body);
  if (text === null) {
    return null;
  }
  if (text.startsWith('{')) {
    try {
      return vccErrorMessage(JSON.parse(text) as unknown);
    } catch {
      return text;
    }
  }
  return text;
}

const CONFLICT = /already|exist|in use|taken|duplicate|unique/i;
const AGENT_ID_WORDS = /agent\s*(display\s*)?id|agentdisplayid/i;
const USERNAME_WORDS = /user\s*name/i;
const PHONE_REQUIRED =
  /(telephon|phone)[^.]*\b(required|missing|empty)\b|\b(required|missing|without)\b[^.]*(telephon|phone)/i;

/**
 * The result code of a failed VCC call. `status` is the HTTP status, or 0 (or null) when no answer came;
 * `body` is the answer's body as text or parsed JSON. A 400 is read by its message: a username or agent ID
 * already taken, a missing telephone number, or any other invalid request.
 */
export function classifyVccError(status: number | null | undefined, body: unknown): ResultCode {
  if (status === null || status === undefined || status === 0 || status === 408 || status >= 500) {
    return 'VCC_UNAVAILABLE';
  }
  if (status === 401 || status === 403) {
    return 'UNAUTHORIZED';
  }
  if (status === 429) {
    return 'RATE_LIMITED';
  }
  const message = vccErrorMessage(body) ?? '';
  if (CONFLICT.test(message)) {
    if (AGENT_ID_WORDS.test(message)) {
      return 'AGENT_ID_IN_USE';
    }
    if (USERNAME_WORDS.test(message)) {
      return 'VCC_USER_EXISTS';
    }
  }
  if (PHONE_REQUIRED.test(message)) {
    return 'PHONE_MISSING';
  }
  return 'INVALID_REQUEST';
}

/** The admin-facing message of a result, with what to do about it. */
export function resultMessage(code: ResultCode, details: ResultDetails = {}): string {
  const username = trimToNull(details.username);
  const agentId = trimToNull(details.agentId);
  const vccMessage = trimToNull(details.vccMessage);
  switch (code) {
    case 'CREATED':
      return agentId === null
        ? 'Created in VCC and linked through the username.'
        : `Created in VCC and linked through agent ID '${agentId}'.`;
    case 'ALREADY_LINKED':
      return 'A VCC user with this username and agent ID already exists and is linked: nothing to do.';
    case 'SKIPPED': {
      const codes = details.issueCodes ?? [];
      const because = codes.length === 0 ? '' : ` because of ${codes.join(', ')}`;
      return `Not sent to VCC${because}. Fix the Salesforce user and try again.`;
    }
    case 'VCC_USER_EXISTS':
      return (
        `A VCC user already exists with the username${username === null ? '' : ` '${username}'`}. ` +
        "If it is this person, ignore this error; otherwise change the Salesforce user's Username and try again."
      );
    case 'AGENT_ID_IN_USE':
      return (
        `Agent ID '${agentId ?? ''}' is already in use. If the VCC user holding it is this person, ignore this ` +
        "error; otherwise change the Salesforce user's NVM Agent Id and try again."
      );
    case 'PHONE_MISSING':
      return 'The user has no telephone number. Add a telephone number to the Salesforce user and try again.';
    case 'INVALID_REQUEST':
      return (
        `VCC rejected the request: ${vccMessage === null ? 'no reason given' : withoutFinalStop(vccMessage)}. ` +
        'Correct the Salesforce user or the template user and try again.'
      );
    case 'UNAUTHORIZED':
      return (
        'VCC refused the API credentials. Check the client ID, secret and scopes (users:read users:write) ' +
        'of the Named Credential, then retry the failed users.'
      );
    case 'RATE_LIMITED':
      return "VCC's rate limit was still reached after several retries. Retry the failed users in a few minutes.";
    case 'VCC_UNAVAILABLE':
      return (
        `VCC could not be reached${vccMessage === null ? '' : ` (${vccMessage})`}. ` +
        'Retry the failed users later: a retry never creates a user twice.'
      );
    case 'PARTIALLY_CREATED': {
      const missing =
        details.missing && details.missing.length > 0 ? details.missing.join(', ') : 'some settings';
      return (
        `The VCC user was created, but ${missing} could not be set${vccMessage === null ? '' : ` (${vccMessage})`}. ` +
        'Add them in the VCC Admin Portal (User Admin).'
      );
    }
  }
}

/** "Invalid location." -> "Invalid location", so that a sentence can go on after it. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.!]+$/, '');
}

const CSV_COLUMNS: readonly (keyof CreationResult)[] = [
  'userId',
  'username',
  'status',
  'code',
  'message',
  'agentId',
  'vccUserId'
];

/** The results as RFC 4180 CSV, a header row first: the tab's Download CSV and the CLI's --csv. */
export function resultsToCsv(results: readonly CreationResult[]): string {
  const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    CSV_COLUMNS.join(','),
    ...results.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(','))
  ];
  return lines.join('\r\n') + '\r\n';
}

/** What happens to a user before anything is sent to VCC. */
export interface Preflight {
  status: CreationStatus;
  code: ResultCode;
  message: string;
}

/** Issues that VCC itself would refuse: a user with one of them fails with that code and its remedy. */
const FAILING_ISSUES: readonly IssueCode[] = ['PHONE_MISSING', 'AGENT_ID_IN_USE', 'VCC_USER_EXISTS'];

/**
 * The result a user gets without a call to VCC, or null when the user is to be created. Already linked users are
 * left alone. A user with an issue VCC would refuse (no phone, an agent ID or a username already taken) fails with
 * that code and its remedy, naming any other error too; any other error skips the user, listing its codes.
 * Warnings never block.
 */
export function preflight(issues: readonly Issue[], details: ResultDetails = {}): Preflight | null {
  if (issues.some((issue) => issue.code === 'ALREADY_LINKED')) {
    return {
      status: 'AlreadyLinked',
      code: 'ALREADY_LINKED',
      message: resultMessage('ALREADY_LINKED', details)
    };
  }
  const errors: IssueCode[] = issues
    .filter((issue) => ISSUE_SEVERITY[issue.code] === 'error')
    .map((issue) => issue.code);
  if (errors.length === 0) {
    return null;
  }
  const failing = errors.find((code) => FAILING_ISSUES.includes(code));
  if (failing === undefined) {
    return {
      status: 'Skipped',
      code: 'SKIPPED',
      message: resultMessage('SKIPPED', { ...details, issueCodes: errors })
    };
  }
  const code = failing as ResultCode;
  const others = errors.filter((other) => other !== failing);
  const also = others.length === 0 ? '' : ` Also fix: ${others.join(', ')}.`;
  return { status: 'Failed', code, message: resultMessage(code, details) + also };
}
