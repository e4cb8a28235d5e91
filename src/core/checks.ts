import { ISSUE_SEVERITY, type IssueCode } from './codes';
import { LABELS } from './labels';
import { agentIdKey, format, trimToNull, usernameKey } from './text';
import type { CheckContext, Issue, UserCheck, ViewUser, VccRole } from './types';

/** True when new users made from this template take calls, and so need an agent ID. */
export function needsAgentId(role: VccRole | string | null | undefined, actsAsAgent: boolean): boolean {
  return role === 'Agent' || actsAsAgent === true;
}

const EXTENSION = /\s*(?:x|ext\.?|extension)\s*(\d+)\s*$/i;
const PHONE_PUNCTUATION = /[\s\-.()]/g;
const PHONE_DIGITS = /^\d{7,15}$/;

/** A phone number in its two parts (splitPhone). */
export interface PhoneParts {
  number: string | null;
  extension: string | null;
}

/**
 * A phone number in two parts: `number` without spaces, `-`, `.`, `(` and `)`, a leading `+` kept
 * ("+44 20 7946 0000" -> "+442079460000"), null when blank; `extension` the digits of an `x` / `ext` /
 * `extension` suffix, or null.
 */
export function splitPhone(phone: unknown): PhoneParts {
  const text = trimToNull(phone);
  if (text === null) {
    return { number: null, extension: null };
  }
  const extension = EXTENSION.exec(text);
  const number = (extension ? text.slice(0, extension.index) : text).replace(PHONE_PUNCTUATION, '');
  return { number: number === '' ? null : number, extension: extension ? extension[1] : null };
}

/**
 * The digits of a phone number, or null when it is not 7 to 15 digits once spaces, `-`, `.`, `(`, `)`,
 * one leading `+` and an `x` / `ext` extension are dropped.
 */
export function normalizePhone(phone: unknown): string | null {
  let digits = splitPhone(phone).number;
  if (digits === null) {
    return null;
  }
  if (digits.startsWith('+')) {
    digits = digits.slice(1);
  }
  return PHONE_DIGITS.test(digits) ? digits : null;
}

const USERNAME = /^[A-Za-z0-9._@+-]+$/;

/** VCC usernames: letters, digits and `. _ @ + -`; no whitespace. */
export function isValidUsername(username: unknown): boolean {
  return typeof username === 'string' && USERNAME.test(username);
}

const AGENT_ID = /^\d{1,10}$/;
const PLATFORM_LICENSE = /platform|force\.com/i;

/**
 * The potential issues of every user of a view, in view order, each user's issues in the order of
 * the issue table.
 *
 * Agent IDs compare by number when all digits, usernames case-insensitively. `context.orgAgentIds` may hold
 * the view's own users: an ID counts as in use only when someone outside the view, or a VCC user with
 * another username, holds it.
 */
export function checkUsers(users: readonly ViewUser[], context: CheckContext): UserCheck[] {
  const index = indexView(users, context);
  return users.map((user) => ({ userId: user.id, issues: userIssues(user, index) }));
}

/** What the checks of one user need to know of the whole view, the org and VCC. */
interface ViewIndex {
  needsAgentId: boolean;
  /** How many users of the view have each agent ID key. */
  keyCount: Map<string, number>;
  /** Keys of the view held by a Salesforce user outside the view. */
  usedInSalesforce: Set<string>;
  /** The agent ID key of the first VCC user with each username of the view. */
  vccByUsername: Map<string, string | null>;
  /** The usernames of the VCC users holding each key of the view. */
  vccHolders: Map<string, string[]>;
}

function indexView(users: readonly ViewUser[], context: CheckContext): ViewIndex {
  const viewIds = new Set<string>();
  const keyCount = new Map<string, number>();
  const viewUsernames = new Set<string>();
  for (const user of users) {
    viewIds.add(user.id);
    const key = agentIdKey(user.agentId);
    if (key !== null) {
      keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
    }
    const name = usernameKey(user.username);
    if (name !== null) {
      viewUsernames.add(name);
    }
  }
  // Only IDs and usernames of the view matter, so the large inputs are scanned, never indexed whole.
  const usedInSalesforce = new Set<string>();
  for (const other of context.orgAgentIds ?? []) {
    const key = agentIdKey(other.agentId);
    if (key !== null && keyCount.has(key) && !viewIds.has(other.userId)) {
      usedInSalesforce.add(key);
    }
  }
  const index: ViewIndex = {
    needsAgentId: context.needsAgentId,
    keyCount,
    usedInSalesforce,
    vccByUsername: new Map(),
    vccHolders: new Map()
  };
  indexVccUsers(context, viewUsernames, index);
  return index;
}

function indexVccUsers(context: CheckContext, viewUsernames: ReadonlySet<string>, index: ViewIndex): void {
  for (const vccUser of context.vccUsers ?? []) {
    const name = usernameKey(vccUser.username);
    const key = agentIdKey(vccUser.agentId);
    if (name !== null && viewUsernames.has(name) && !index.vccByUsername.has(name)) {
      index.vccByUsername.set(name, key);
    }
    if (key !== null && index.keyCount.has(key)) {
      const holders = index.vccHolders.get(key);
      if (holders) {
        holders.push(name ?? '');
      } else {
        index.vccHolders.set(key, [name ?? '']);
      }
    }
  }
}

function userIssues(user: ViewUser, index: ViewIndex): Issue[] {
  const issues: Issue[] = [];
  const phone = trimToNull(user.phone);
  const username = trimToNull(user.username);
  const name = usernameKey(username);
  if (phone === null) {
    issues.push(issue('PHONE_MISSING', LABELS.VCC_Rule_Issue_Phone_Missing));
  } else if (normalizePhone(phone) === null) {
    issues.push(issue('PHONE_INVALID', format(LABELS.VCC_Rule_Issue_Phone_Invalid, phone)));
  }
  const agentId = trimToNull(user.agentId);
  const key = agentIdKey(agentId);
  agentIdIssues(agentId, key, name, index, issues);
  if (name !== null && index.vccByUsername.has(name)) {
    if (index.vccByUsername.get(name) === key) {
      issues.push(issue('ALREADY_LINKED', LABELS.VCC_Rule_Issue_Already_Linked));
    } else {
      issues.push(issue('VCC_USER_EXISTS', format(LABELS.VCC_Rule_Issue_Vcc_User_Exists, username)));
    }
  }
  if (!isValidUsername(username)) {
    issues.push(
      issue('USERNAME_INVALID', format(LABELS.VCC_Rule_Issue_Username_Invalid, user.username ?? ''))
    );
  }
  if (trimToNull(user.email) === null) {
    issues.push(issue('EMAIL_MISSING', LABELS.VCC_Rule_Issue_Email_Missing));
  }
  if (user.isActive === false) {
    issues.push(issue('USER_INACTIVE', LABELS.VCC_Rule_Issue_User_Inactive));
  }
  if (trimToNull(user.callCenterId) === null) {
    issues.push(issue('CALL_CENTER_MISSING', LABELS.VCC_Rule_Issue_Call_Center_Missing));
  }
  const license = trimToNull(user.licenseName);
  if (license !== null && PLATFORM_LICENSE.test(license)) {
    issues.push(issue('PLATFORM_LICENSE', format(LABELS.VCC_Rule_Issue_Platform_License, license)));
  }
  return issues;
}

function agentIdIssues(
  agentId: string | null,
  key: string | null,
  name: string | null,
  index: ViewIndex,
  issues: Issue[]
): void {
  if (agentId === null) {
    if (index.needsAgentId) {
      issues.push(issue('AGENT_ID_MISSING', LABELS.VCC_Rule_Issue_Agent_Id_Missing));
    }
    return;
  }
  if (!AGENT_ID.test(agentId)) {
    issues.push(issue('AGENT_ID_INVALID', format(LABELS.VCC_Rule_Issue_Agent_Id_Invalid, agentId)));
  }
  if (key === null) {
    return;
  }
  if ((index.keyCount.get(key) ?? 0) > 1) {
    issues.push(issue('AGENT_ID_DUPLICATE', format(LABELS.VCC_Rule_Issue_Agent_Id_Duplicate, agentId)));
  }
  const heldInVcc = (index.vccHolders.get(key) ?? []).some((holder) => holder !== name);
  if (index.usedInSalesforce.has(key) || heldInVcc) {
    issues.push(issue('AGENT_ID_IN_USE', format(LABELS.VCC_Rule_Issue_Agent_Id_In_Use, agentId)));
  }
}

function issue(code: IssueCode, message: string): Issue {
  return { code, severity: ISSUE_SEVERITY[code], message };
}

/** Counts for the top of the table: users with an error, and users with a warning but no error. */
export interface CheckSummary {
  total: number;
  withErrors: number;
  withWarnings: number;
  alreadyLinked: number;
}

export function summarizeChecks(checks: readonly UserCheck[]): CheckSummary {
  const summary: CheckSummary = { total: checks.length, withErrors: 0, withWarnings: 0, alreadyLinked: 0 };
  for (const check of checks) {
    if (check.issues.some((issue) => issue.severity === 'error')) {
      summary.withErrors++;
    } else if (check.issues.some((issue) => issue.severity === 'warning')) {
      summary.withWarnings++;
    }
    if (check.issues.some((issue) => issue.code === 'ALREADY_LINKED')) {
      summary.alreadyLinked++;
    }
  }
  return summary;
}
