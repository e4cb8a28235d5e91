import { ISSUE_SEVERITY, type CreationStatus, type IssueCode, type ResultCode } from './codes';
import { LABELS } from './labels';
import { format, trimToNull } from './text';
import type { CreationResult, Issue } from './types';

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
  /** What a run added to an already linked user, such as "skill Billing" or "group Sales". */
  added?: readonly string[];
  /** The VCC host that could not be reached. */
  host?: string | null;
  /** True when the user's agent ID was not sent because the template does not take calls. */
  agentIdNotSent?: boolean | null;
}

/** The status a result code ends in. */
export function resultStatus(code: ResultCode): CreationStatus {
  switch (code) {
    case 'CREATED':
      return 'Created';
    case 'UPDATED':
      return 'Updated';
    case 'ALREADY_LINKED':
      return 'AlreadyLinked';
    case 'PARTIALLY_CREATED':
      return 'PartiallyCreated';
    case 'SKIPPED':
      return 'Skipped';
    case 'CANCELLED':
      return 'Cancelled';
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
const LICENCE_WORDS = /licen[cs]e|overage/i;

/**
 * The result code of a failed VCC call. `status` is the HTTP status, or 0 (or null) when no answer came;
 * `body` is the answer's body as text or parsed JSON; `unreachable` is true when the caller knows no answer came
 * because of the network (a refused connection, an unknown host): then VCC_UNREACHABLE, not VCC_UNAVAILABLE.
 * 401 is the credentials, 403 the scope; a refusal naming the licence (or overages) is LICENCE_LIMIT; any other
 * 400 is read by its message: a username or agent ID already taken, a missing telephone number, or any other
 * invalid request.
 */
export function classifyVccError(
  status: number | null | undefined,
  body: unknown,
  unreachable: boolean | null = false
): ResultCode {
  if (status === null || status === undefined || status === 0) {
    return unreachable === true ? 'VCC_UNREACHABLE' : 'VCC_UNAVAILABLE';
  }
  if (status === 408 || status >= 500) {
    return 'VCC_UNAVAILABLE';
  }
  if (status === 401) {
    return 'UNAUTHORIZED';
  }
  if (status === 429) {
    return 'RATE_LIMITED';
  }
  const message = vccErrorMessage(body) ?? '';
  if (LICENCE_WORDS.test(message)) {
    return 'LICENCE_LIMIT';
  }
  if (status === 403) {
    return 'FORBIDDEN';
  }
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
  const message = MESSAGES[code];
  if (message === undefined) {
    throw new Error(format(LABELS.VCC_Rule_Result_Unknown_Code, String(code)));
  }
  return message(details);
}

/** " (VCC's words)" or nothing. */
function quoted(details: ResultDetails): string {
  const vccMessage = trimToNull(details.vccMessage);
  return vccMessage === null ? '' : ' ' + format(LABELS.VCC_Rule_Result_Vcc_Words, vccMessage);
}

function listOr(items: readonly string[] | null | undefined, fallback: string): string {
  return items && items.length > 0 ? items.join(', ') : fallback;
}

function createdMessage(details: ResultDetails): string {
  const agentId = trimToNull(details.agentId);
  if (agentId === null) {
    return LABELS.VCC_Rule_Result_Created;
  }
  if (details.agentIdNotSent === true) {
    return format(LABELS.VCC_Rule_Result_Created_Agent_Id_Not_Sent, agentId);
  }
  return format(LABELS.VCC_Rule_Result_Created_Agent_Id, agentId);
}

function skippedMessage(details: ResultDetails): string {
  const codes = details.issueCodes ?? [];
  return codes.length === 0
    ? LABELS.VCC_Rule_Result_Skipped
    : format(LABELS.VCC_Rule_Result_Skipped_Because, codes.join(', '));
}

function userExistsMessage(details: ResultDetails): string {
  const username = trimToNull(details.username);
  return username === null
    ? LABELS.VCC_Rule_Result_Vcc_User_Exists
    : format(LABELS.VCC_Rule_Result_Vcc_User_Exists_Named, username);
}

function invalidRequestMessage(details: ResultDetails): string {
  const vccMessage = trimToNull(details.vccMessage);
  const reason = vccMessage === null ? LABELS.VCC_Rule_Result_No_Reason : withoutFinalStop(vccMessage);
  return format(LABELS.VCC_Rule_Result_Invalid_Request, reason);
}

const MESSAGES: Readonly<Record<ResultCode, (details: ResultDetails) => string>> = {
  CREATED: createdMessage,
  UPDATED: (details) =>
    format(LABELS.VCC_Rule_Result_Updated, listOr(details.added, LABELS.VCC_Rule_Result_Updated_Default)),
  ALREADY_LINKED: () => LABELS.VCC_Rule_Result_Already_Linked,
  SKIPPED: skippedMessage,
  CANCELLED: () => LABELS.VCC_Rule_Result_Cancelled,
  PARTIALLY_CREATED: (details) =>
    format(
      LABELS.VCC_Rule_Result_Partially_Created,
      listOr(details.missing, LABELS.VCC_Rule_Result_Partially_Created_Default),
      quoted(details)
    ),
  VCC_USER_EXISTS: userExistsMessage,
  AGENT_ID_IN_USE: (details) =>
    format(LABELS.VCC_Rule_Result_Agent_Id_In_Use, trimToNull(details.agentId) ?? ''),
  PHONE_MISSING: () => LABELS.VCC_Rule_Result_Phone_Missing,
  LICENCE_LIMIT: (details) => format(LABELS.VCC_Rule_Result_Licence_Limit, quoted(details)),
  INVALID_REQUEST: invalidRequestMessage,
  UNAUTHORIZED: () => LABELS.VCC_Rule_Result_Unauthorized,
  FORBIDDEN: () => LABELS.VCC_Rule_Result_Forbidden,
  RATE_LIMITED: () => LABELS.VCC_Rule_Result_Rate_Limited,
  VCC_UNREACHABLE: (details) =>
    format(
      LABELS.VCC_Rule_Result_Vcc_Unreachable,
      trimToNull(details.host) ?? LABELS.VCC_Rule_Result_Its_Address,
      quoted(details)
    ),
  VCC_UNAVAILABLE: (details) => format(LABELS.VCC_Rule_Result_Vcc_Unavailable, quoted(details))
};

/** "Invalid location." -> "Invalid location", so that a sentence can go on after it. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.!]+$/, '');
}

/** The CSV columns: the result's field and the header a reader sees. */
const CSV_COLUMNS: readonly (readonly [keyof CreationResult, string])[] = [
  ['userId', LABELS.VCC_Rule_Csv_User_Id],
  ['username', LABELS.VCC_Rule_Csv_Username],
  ['status', LABELS.VCC_Rule_Csv_Status],
  ['code', LABELS.VCC_Rule_Csv_Code],
  ['message', LABELS.VCC_Rule_Csv_Message],
  ['agentId', LABELS.VCC_Rule_Csv_Agent_Id],
  ['vccUserId', LABELS.VCC_Rule_Csv_Vcc_User_Id]
];

/** Cells a spreadsheet would run as a formula: they begin with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralised when it would run as a formula (a leading '), quoted when it must be. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The results as RFC 4180 CSV, a header row first: the tab's Download CSV and the CLI's --csv. No cell runs as a
 * formula when the file is opened in a spreadsheet.
 */
export function resultsToCsv(results: readonly CreationResult[]): string {
  const lines = [
    CSV_COLUMNS.map(([, header]) => csvCell(header)).join(','),
    ...results.map((row) => CSV_COLUMNS.map(([column]) => csvCell(row[column])).join(','))
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
  const also = others.length === 0 ? '' : ' ' + format(LABELS.VCC_Rule_Result_Also_Fix, others.join(', '));
  return { status: 'Failed', code, message: resultMessage(code, details) + also };
}
