// GENERATED FILE: do not edit. It is compiled from src/core by `npm run build`;
// change src/core and build again. The Apex class VccRules mirrors these rules.
var ISSUE_CODES = [
  "PHONE_MISSING",
  "PHONE_INVALID",
  "AGENT_ID_MISSING",
  "AGENT_ID_INVALID",
  "AGENT_ID_DUPLICATE",
  "AGENT_ID_IN_USE",
  "VCC_USER_EXISTS",
  "ALREADY_LINKED",
  "USERNAME_INVALID",
  "EMAIL_MISSING",
  "USER_INACTIVE",
  "CALL_CENTER_MISSING",
  "PLATFORM_LICENSE"
];
var ISSUE_SEVERITY = {
  PHONE_MISSING: "error",
  PHONE_INVALID: "error",
  AGENT_ID_MISSING: "error",
  AGENT_ID_INVALID: "error",
  AGENT_ID_DUPLICATE: "error",
  AGENT_ID_IN_USE: "error",
  VCC_USER_EXISTS: "error",
  ALREADY_LINKED: "info",
  USERNAME_INVALID: "error",
  EMAIL_MISSING: "error",
  USER_INACTIVE: "error",
  CALL_CENTER_MISSING: "warning",
  PLATFORM_LICENSE: "warning"
};
var RESULT_CODES = [
  "CREATED",
  "UPDATED",
  "ALREADY_LINKED",
  "SKIPPED",
  "CANCELLED",
  "PARTIALLY_CREATED",
  "VCC_USER_EXISTS",
  "AGENT_ID_IN_USE",
  "PHONE_MISSING",
  "LICENCE_LIMIT",
  "INVALID_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "VCC_UNREACHABLE",
  "VCC_UNAVAILABLE"
];
var CREATION_STATUSES = [
  "Created",
  "Updated",
  "AlreadyLinked",
  "PartiallyCreated",
  "Skipped",
  "Failed",
  "Cancelled"
];
var COMPLETE_STATUSES = ["Created", "Updated", "AlreadyLinked"];
var AGENT_ID_ERROR_CODES = ["STARTING_ID_INVALID", "AGENT_ID_RANGE_EXHAUSTED"];
var AGENT_ID_MAX_DIGITS = 10;

function isBlank(value) {
  return value === null || value === void 0 || String(value).trim() === "";
}
function trimToNull(value) {
  if (value === null || value === void 0) {
    return null;
  }
  const raw = String(value);
  if (raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32) {
    return raw;
  }
  const text = raw.trim();
  return text === "" ? null : text;
}
function usernameKey(value) {
  const text = trimToNull(value);
  return text === null ? null : text.toLowerCase();
}
function isDigits(text) {
  if (text.length === 0) {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      return false;
    }
  }
  return true;
}
function agentIdKey(value) {
  const text = trimToNull(value);
  if (text === null) {
    return null;
  }
  if (isDigits(text)) {
    return stripLeadingZeros(text);
  }
  return "#" + text.toUpperCase();
}
function stripLeadingZeros(digits) {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) {
    start++;
  }
  return start === 0 ? digits : digits.slice(start);
}

var STATUS_COUNT = {
  Created: "created",
  Updated: "updated",
  AlreadyLinked: "alreadyLinked",
  PartiallyCreated: "partiallyCreated",
  Skipped: "skipped",
  Failed: "failed",
  Cancelled: "cancelled"
};
function countStatuses(results) {
  const counts = {
    created: 0,
    updated: 0,
    alreadyLinked: 0,
    partiallyCreated: 0,
    skipped: 0,
    failed: 0,
    cancelled: 0
  };
  for (const result of results) {
    const key = STATUS_COUNT[result.status];
    if (key === void 0) {
      throw new Error(`Unknown result status '${String(result.status)}'`);
    }
    counts[key]++;
  }
  return counts;
}
function allComplete(results) {
  return results.every((result) => COMPLETE_STATUSES.includes(result.status));
}

var AgentIdError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "AgentIdError";
    this.code = code;
  }
};
function maxAgentId(maxDigits = AGENT_ID_MAX_DIGITS) {
  checkMaxDigits(maxDigits);
  return 10 ** maxDigits - 1;
}
function validateStartingId(value, maxDigits = AGENT_ID_MAX_DIGITS) {
  const max = maxAgentId(maxDigits);
  const range = `a whole number from 1 to ${max}`;
  if (value === void 0 || value === null) {
    return { valid: true, value: 1, message: null };
  }
  let text;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      return invalid(`Starting ID '${value}' is not a whole number: use ${range}`);
    }
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
  } else {
    return invalid(`Starting ID must be ${range}`);
  }
  if (text === "") {
    return invalid(`Starting ID is required: use ${range}`);
  }
  if (!isDigits(text)) {
    return invalid(`Starting ID '${text}' is not a whole number: use ${range}`);
  }
  const digits = stripLeadingZeros(text);
  const number = digits.length > maxDigits ? Number.POSITIVE_INFINITY : Number(digits);
  if (number < 1 || number > max) {
    return invalid(`Starting ID ${digits} is out of range: use ${range}`);
  }
  return { valid: true, value: number, message: null };
}
function generateAgentIds(users, options = {}) {
  const maxDigits = options.maxDigits ?? AGENT_ID_MAX_DIGITS;
  const max = maxAgentId(maxDigits);
  const start = validateStartingId(options.startingId, maxDigits);
  if (!start.valid) {
    throw new AgentIdError("STARTING_ID_INVALID", start.message);
  }
  const first = start.value;
  const seen = /* @__PURE__ */ new Set();
  const needing = [];
  const taken = [];
  const collect = (id) => {
    const n = idNumber(id, maxDigits);
    if (n >= first) {
      taken.push(n);
    }
  };
  for (const user of users) {
    if (seen.has(user.id)) {
      continue;
    }
    seen.add(user.id);
    if (trimToNull(user.agentId) === null) {
      needing.push(user.id);
    } else {
      collect(user.agentId);
    }
  }
  if (needing.length === 0) {
    return [];
  }
  for (const id of options.idsInUse ?? []) {
    collect(id);
  }
  const size = Math.min(needing.length + taken.length, max - first + 1);
  const used = new Uint8Array(size);
  for (const n of taken) {
    if (n - first < size) {
      used[n - first] = 1;
    }
  }
  const assignments = [];
  let offset = 0;
  for (const userId of needing) {
    while (offset < size && used[offset] === 1) {
      offset++;
    }
    if (offset >= size || first + offset > max) {
      throw exhausted(needing.length, first, max, used);
    }
    assignments.push({ userId, agentId: String(first + offset) });
    offset++;
  }
  return assignments;
}
function idNumber(id, maxDigits) {
  const text = trimToNull(id);
  if (text === null || !isDigits(text)) {
    return -1;
  }
  const digits = stripLeadingZeros(text);
  return digits.length > maxDigits ? -1 : Number(digits);
}
function exhausted(needed, first, max, used) {
  let free = 0;
  for (let i = 0; i < used.length; i++) {
    free += used[i] === 1 ? 0 : 1;
  }
  const users = needed === 1 ? "1 user needs an agent ID" : `${needed} users need an agent ID`;
  return new AgentIdError(
    "AGENT_ID_RANGE_EXHAUSTED",
    `Not enough free agent IDs: ${users}, but only ${free} of the IDs from ${first} to ${max} are free. Nothing was saved: choose a lower Starting ID.`
  );
}
function checkMaxDigits(maxDigits) {
  if (!Number.isInteger(maxDigits) || maxDigits < 1 || maxDigits > 15) {
    throw new RangeError(`maxDigits must be a whole number from 1 to 15, not ${maxDigits}`);
  }
}
function invalid(message) {
  return { valid: false, value: null, message };
}

function needsAgentId(role, actsAsAgent) {
  return role === "Agent" || actsAsAgent === true;
}
var EXTENSION = /\s*(?:x|ext\.?|extension)\s*(\d+)\s*$/i;
var PHONE_PUNCTUATION = /[\s\-.()]/g;
var PHONE_DIGITS = /^\d{7,15}$/;
function splitPhone(phone) {
  const text = trimToNull(phone);
  if (text === null) {
    return { number: null, extension: null };
  }
  const extension = EXTENSION.exec(text);
  const number = (extension ? text.slice(0, extension.index) : text).replace(PHONE_PUNCTUATION, "");
  return { number: number === "" ? null : number, extension: extension ? extension[1] : null };
}
function normalizePhone(phone) {
  let digits = splitPhone(phone).number;
  if (digits === null) {
    return null;
  }
  if (digits.startsWith("+")) {
    digits = digits.slice(1);
  }
  return PHONE_DIGITS.test(digits) ? digits : null;
}
var USERNAME = /^[A-Za-z0-9._@+-]+$/;
function isValidUsername(username) {
  return typeof username === "string" && USERNAME.test(username);
}
var AGENT_ID = /^\d{1,10}$/;
var PLATFORM_LICENSE = /platform|force\.com/i;
function checkUsers(users, context) {
  const viewIds = /* @__PURE__ */ new Set();
  const keyCount = /* @__PURE__ */ new Map();
  const viewUsernames = /* @__PURE__ */ new Set();
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
  const usedInSalesforce = /* @__PURE__ */ new Set();
  for (const other of context.orgAgentIds ?? []) {
    const key = agentIdKey(other.agentId);
    if (key !== null && keyCount.has(key) && !viewIds.has(other.userId)) {
      usedInSalesforce.add(key);
    }
  }
  const vccByUsername = /* @__PURE__ */ new Map();
  const vccHolders = /* @__PURE__ */ new Map();
  for (const vccUser of context.vccUsers ?? []) {
    const name = usernameKey(vccUser.username);
    const key = agentIdKey(vccUser.agentId);
    if (name !== null && viewUsernames.has(name) && !vccByUsername.has(name)) {
      vccByUsername.set(name, key);
    }
    if (key !== null && keyCount.has(key)) {
      const holders = vccHolders.get(key);
      if (holders) {
        holders.push(name ?? "");
      } else {
        vccHolders.set(key, [name ?? ""]);
      }
    }
  }
  return users.map((user) => {
    const issues = [];
    const phone = trimToNull(user.phone);
    const agentId = trimToNull(user.agentId);
    const key = agentIdKey(agentId);
    const username = trimToNull(user.username);
    const name = usernameKey(username);
    if (phone === null) {
      issues.push(issue("PHONE_MISSING", "No phone number: add one to the Phone field"));
    } else if (normalizePhone(phone) === null) {
      issues.push(issue("PHONE_INVALID", `Phone '${phone}' is not a valid number: it needs 7 to 15 digits`));
    }
    if (agentId === null) {
      if (context.needsAgentId) {
        issues.push(
          issue("AGENT_ID_MISSING", "No NVM Agent Id: the template takes calls, so generate or type one")
        );
      }
    } else {
      if (!AGENT_ID.test(agentId)) {
        issues.push(issue("AGENT_ID_INVALID", `NVM Agent Id '${agentId}' is not 1 to 10 digits`));
      }
      if (key !== null && (keyCount.get(key) ?? 0) > 1) {
        issues.push(
          issue("AGENT_ID_DUPLICATE", `Agent ID '${agentId}' is given to more than one user in this view`)
        );
      }
      const heldInVcc = key !== null && (vccHolders.get(key) ?? []).some((holder) => holder !== name);
      if (key !== null && (usedInSalesforce.has(key) || heldInVcc)) {
        issues.push(issue("AGENT_ID_IN_USE", `Agent ID '${agentId}' is already in use`));
      }
    }
    if (name !== null && vccByUsername.has(name)) {
      if (vccByUsername.get(name) === key) {
        issues.push(
          issue("ALREADY_LINKED", "A VCC user with this username and agent ID exists: nothing to create")
        );
      } else {
        issues.push(issue("VCC_USER_EXISTS", `A VCC user already exists with the username '${username}'`));
      }
    }
    if (!isValidUsername(username)) {
      issues.push(
        issue(
          "USERNAME_INVALID",
          `Username '${user.username ?? ""}' is not accepted by VCC: use letters, digits and . _ @ + - only`
        )
      );
    }
    if (trimToNull(user.email) === null) {
      issues.push(issue("EMAIL_MISSING", "No email address: add one to the Email field"));
    }
    if (user.isActive === false) {
      issues.push(
        issue("USER_INACTIVE", "The Salesforce user is inactive: activate the user or leave them out")
      );
    }
    if (trimToNull(user.callCenterId) === null) {
      issues.push(
        issue(
          "CALL_CENTER_MISSING",
          "No call center: the VCC user is created, but the softphone will not work until one is set"
        )
      );
    }
    const license = trimToNull(user.licenseName);
    if (license !== null && PLATFORM_LICENSE.test(license)) {
      issues.push(
        issue("PLATFORM_LICENSE", `${license} license: some Vonage Contact Center features may not work`)
      );
    }
    return { userId: user.id, issues };
  });
}
function issue(code, message) {
  return { code, severity: ISSUE_SEVERITY[code], message };
}
function summarizeChecks(checks) {
  const summary = { total: checks.length, withErrors: 0, withWarnings: 0, alreadyLinked: 0 };
  for (const check of checks) {
    if (check.issues.some((issue3) => issue3.severity === "error")) {
      summary.withErrors++;
    } else if (check.issues.some((issue3) => issue3.severity === "warning")) {
      summary.withWarnings++;
    }
    if (check.issues.some((issue3) => issue3.code === "ALREADY_LINKED")) {
      summary.alreadyLinked++;
    }
  }
  return summary;
}

function resultStatus(code) {
  switch (code) {
    case "CREATED":
      return "Created";
    case "UPDATED":
      return "Updated";
    case "ALREADY_LINKED":
      return "AlreadyLinked";
    case "PARTIALLY_CREATED":
      return "PartiallyCreated";
    case "SKIPPED":
      return "Skipped";
    case "CANCELLED":
      return "Cancelled";
    default:
      return "Failed";
  }
}
function vccErrorMessage(body) {
  if (body === null || body === void 0) {
    return null;
  }
  if (typeof body === "object") {
    const message = body.message;
    return typeof message === "string" ? trimToNull(message) : null;
  }
  const text = trimToNull(body);
  if (text === null) {
    return null;
  }
  if (text.startsWith("{")) {
    try {
      return vccErrorMessage(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}
var CONFLICT = /already|exist|in use|taken|duplicate|unique/i;
var AGENT_ID_WORDS = /agent\s*(display\s*)?id|agentdisplayid/i;
var USERNAME_WORDS = /user\s*name/i;
var PHONE_REQUIRED = /(telephon|phone)[^.]*\b(required|missing|empty)\b|\b(required|missing|without)\b[^.]*(telephon|phone)/i;
var LICENCE_WORDS = /licen[cs]e|overage/i;
function classifyVccError(status, body, unreachable = false) {
  if (status === null || status === void 0 || status === 0) {
    return unreachable === true ? "VCC_UNREACHABLE" : "VCC_UNAVAILABLE";
  }
  if (status === 408 || status >= 500) {
    return "VCC_UNAVAILABLE";
  }
  if (status === 401) {
    return "UNAUTHORIZED";
  }
  if (status === 429) {
    return "RATE_LIMITED";
  }
  const message = vccErrorMessage(body) ?? "";
  if (LICENCE_WORDS.test(message)) {
    return "LICENCE_LIMIT";
  }
  if (status === 403) {
    return "FORBIDDEN";
  }
  if (CONFLICT.test(message)) {
    if (AGENT_ID_WORDS.test(message)) {
      return "AGENT_ID_IN_USE";
    }
    if (USERNAME_WORDS.test(message)) {
      return "VCC_USER_EXISTS";
    }
  }
  if (PHONE_REQUIRED.test(message)) {
    return "PHONE_MISSING";
  }
  return "INVALID_REQUEST";
}
function resultMessage(code, details = {}) {
  const message = MESSAGES[code];
  if (message === void 0) {
    throw new Error(`Unknown result code '${String(code)}'`);
  }
  return message(details);
}
function quoted(details) {
  const vccMessage = trimToNull(details.vccMessage);
  return vccMessage === null ? "" : ` (${vccMessage})`;
}
function listOr(items, fallback) {
  return items && items.length > 0 ? items.join(", ") : fallback;
}
function createdMessage(details) {
  const agentId = trimToNull(details.agentId);
  if (agentId === null) {
    return "Created in VCC and linked through the username.";
  }
  if (details.agentIdNotSent === true) {
    return `Created in VCC and linked through the username. Agent ID '${agentId}' was not sent: the template does not take calls.`;
  }
  return `Created in VCC and linked through agent ID '${agentId}'.`;
}
var RETRY_NEVER_TWICE = "a retry never creates a user twice.";
var MESSAGES = {
  CREATED: createdMessage,
  UPDATED: (details) => `Already linked in VCC: added ${listOr(details.added, "the template's missing skills and groups")} from the template.`,
  ALREADY_LINKED: () => "A VCC user with this username and agent ID already exists and is linked: nothing to do.",
  SKIPPED: (details) => {
    const codes = details.issueCodes ?? [];
    const because = codes.length === 0 ? "" : ` because of ${codes.join(", ")}`;
    return `Not sent to VCC${because}. Fix the Salesforce user and try again.`;
  },
  CANCELLED: () => "The job was cancelled before this user was processed: nothing was sent to VCC for this user. Run the view again to finish it.",
  PARTIALLY_CREATED: (details) => `The VCC user exists, but ${listOr(details.missing, "some settings")} could not be set${quoted(details)}. Run the view again (or Retry failed) to finish it: nothing is created twice.`,
  VCC_USER_EXISTS: (details) => {
    const username = trimToNull(details.username);
    return `A VCC user already exists with the username${username === null ? "" : ` '${username}'`}. If it is this person, ignore this error; otherwise change the Salesforce user's Username and try again.`;
  },
  AGENT_ID_IN_USE: (details) => `Agent ID '${trimToNull(details.agentId) ?? ""}' is already in use. If the VCC user holding it is this person, ignore this error; otherwise change the Salesforce user's NVM Agent Id and try again.`,
  PHONE_MISSING: () => "The user has no telephone number. Add a telephone number to the Salesforce user and try again.",
  LICENCE_LIMIT: (details) => `VCC refused: the account has no licence left for another user${quoted(details)}. Free a licence (archive a user you no longer need) or buy more, or allow overages in the VCC settings, then retry the failed users.`,
  INVALID_REQUEST: (details) => {
    const vccMessage = trimToNull(details.vccMessage);
    return `VCC rejected the request: ${vccMessage === null ? "no reason given" : withoutFinalStop(vccMessage)}. Correct the Salesforce user or the template user and try again.`;
  },
  UNAUTHORIZED: () => "VCC refused the API credentials. Check the client ID and secret given for VCC, then retry the failed users.",
  FORBIDDEN: () => "VCC refused the request: the API client does not have the scope it needs (users:write). Ask the VCC administrator to grant it, then retry the failed users.",
  RATE_LIMITED: () => "VCC's rate limit was still reached after several retries. Retry the failed users in a few minutes.",
  VCC_UNREACHABLE: (details) => `VCC could not be reached at ${trimToNull(details.host) ?? "its address"}${quoted(details)}. Check the VCC URL and the network, then retry the failed users: ${RETRY_NEVER_TWICE}`,
  VCC_UNAVAILABLE: (details) => `VCC could not be reached${quoted(details)}. Retry the failed users later: ${RETRY_NEVER_TWICE}`
};
function withoutFinalStop(text) {
  return text.replace(/[.!]+$/, "");
}
var CSV_COLUMNS = [
  ["userId", "Salesforce User ID"],
  ["username", "Username"],
  ["status", "Status"],
  ["code", "Code"],
  ["message", "Message"],
  ["agentId", "NVM Agent Id"],
  ["vccUserId", "VCC User ID"]
];
var FORMULA_START = /^[=+\-@\t\r]/;
function csvCell(value) {
  let text = value === null || value === void 0 ? "" : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function resultsToCsv(results) {
  const lines = [
    CSV_COLUMNS.map(([, header]) => csvCell(header)).join(","),
    ...results.map((row) => CSV_COLUMNS.map(([column]) => csvCell(row[column])).join(","))
  ];
  return lines.join("\r\n") + "\r\n";
}
var FAILING_ISSUES = ["PHONE_MISSING", "AGENT_ID_IN_USE", "VCC_USER_EXISTS"];
function preflight(issues, details = {}) {
  if (issues.some((issue3) => issue3.code === "ALREADY_LINKED")) {
    return {
      status: "AlreadyLinked",
      code: "ALREADY_LINKED",
      message: resultMessage("ALREADY_LINKED", details)
    };
  }
  const errors = issues.filter((issue3) => ISSUE_SEVERITY[issue3.code] === "error").map((issue3) => issue3.code);
  if (errors.length === 0) {
    return null;
  }
  const failing = errors.find((code2) => FAILING_ISSUES.includes(code2));
  if (failing === void 0) {
    return {
      status: "Skipped",
      code: "SKIPPED",
      message: resultMessage("SKIPPED", { ...details, issueCodes: errors })
    };
  }
  const code = failing;
  const others = errors.filter((other) => other !== failing);
  const also = others.length === 0 ? "" : ` Also fix: ${others.join(", ")}.`;
  return { status: "Failed", code, message: resultMessage(code, details) + also };
}

var TASK_FIELD_ACCESS = [
  { field: "WhoId", label: "Name", access: "edit" },
  { field: "WhatId", label: "Related To", access: "edit" },
  { field: "CallObject", label: "Call Object Identifier", access: "read" },
  { field: "CallType", label: "Call Type", access: "read" },
  { field: "CallDurationInSeconds", label: "Call Duration", access: "read" },
  { field: "Description", label: "Comments", access: "edit" },
  { field: "Type", label: "Type", access: "edit" },
  { field: "Status", label: "Status", access: "edit" },
  { field: "ReminderDateTime", label: "Reminder", access: "edit" },
  { field: "OwnerId", label: "Assigned To", access: "edit" },
  { field: "Subject", label: "Subject", access: "edit" },
  { field: "ActivityDate", label: "Due Date", access: "edit" }
];
var READINESS_CODES = [
  "USER_INACTIVE",
  "VCC_PERMISSION_SET_MISSING",
  "TASK_FIELD_ACCESS_MISSING",
  "CALL_CENTER_MISSING",
  "PHONE_MISSING",
  "PHONE_INVALID",
  "PLATFORM_LICENSE"
];
var DEFAULT_READINESS_SETTINGS = {
  agentPermissionSets: ["ContactWorld_Agent", "NVM_Agent", "VCC_Agent"],
  supervisorPermissionSets: ["ContactWorld_Supervisor", "NVM_Supervisor", "VCC_Supervisor"],
  taskAccessPermissionSet: "VCC_Task_Field_Access",
  usersTakeCalls: true,
  apiUserPermissionSets: ["ContactWorld_API_User", "NVM_API_User", "VCC_API_User"]
};
function bareName(name) {
  const index = name.indexOf("__");
  return (index > 0 ? name.slice(index + 2) : name).toLowerCase();
}
function permissionSetMatches(set, names) {
  const full = set.name.toLowerCase();
  const bare = bareName(set.name);
  const label = (set.label ?? "").toLowerCase();
  return names.some((wanted) => {
    const key = wanted.trim().toLowerCase();
    return key !== "" && (key === full || bareName(key) === bare || key === label);
  });
}
var PLATFORM_LICENSE2 = /platform|force\.com/i;
function isPlatformLicense(licenseName) {
  const text = trimToNull(licenseName);
  return text !== null && PLATFORM_LICENSE2.test(text);
}
function missingTaskFields(user, sets, unpermissionable = /* @__PURE__ */ new Set()) {
  const granted = /* @__PURE__ */ new Map();
  for (const id of user.permissionSetIds) {
    for (const permission of sets.get(id)?.taskFields ?? []) {
      const field = permission.field.replace(/^Task\./i, "").toLowerCase();
      if (permission.edit) {
        granted.set(field, "edit");
      } else if (permission.read && !granted.has(field)) {
        granted.set(field, "read");
      }
    }
  }
  return TASK_FIELD_ACCESS.filter(({ field, access }) => {
    const key = field.toLowerCase();
    if (unpermissionable.has(key)) {
      return false;
    }
    const has = granted.get(key);
    return has === void 0 || access === "edit" && has !== "edit";
  }).map(
    ({ field, label, access }) => `${label} (${field}): ${access === "edit" ? "read and edit" : "read"}`
  );
}
function issue2(code, message, remedy, fix) {
  return { code, severity: code === "PLATFORM_LICENSE" ? "warning" : "error", message, remedy, fix };
}
function checkReadiness(facts, settings) {
  const sets = new Map(facts.permissionSets.map((set) => [set.id, set]));
  const unpermissionable = new Set(
    (facts.unpermissionableFields ?? []).map((f) => f.replace(/^Task\./i, "").toLowerCase())
  );
  return facts.users.map((user) => {
    const issues = userIssues(user, sets, unpermissionable, settings);
    return { userId: user.id, ready: issues.every((one) => one.severity !== "error"), issues };
  });
}
function userIssues(user, sets, unpermissionable, settings) {
  const issues = [];
  if (!user.isActive) {
    issues.push(issue2("USER_INACTIVE", "The user is inactive.", "Activate the user in Setup > Users.", null));
  }
  const assigned = user.permissionSetIds.map((id) => sets.get(id)).filter((set) => set !== void 0);
  const isAgent = assigned.some((set) => permissionSetMatches(set, settings.agentPermissionSets));
  const isSupervisor = assigned.some((set) => permissionSetMatches(set, settings.supervisorPermissionSets));
  if (!isAgent && !isSupervisor) {
    const names = [...settings.agentPermissionSets, ...settings.supervisorPermissionSets].join(", ");
    issues.push(
      issue2(
        "VCC_PERMISSION_SET_MISSING",
        "The user has no VCC user-type permission set (agent or supervisor).",
        `Assign the VCC agent or supervisor permission set (one of: ${names}).`,
        "assignPermissionSet"
      )
    );
  }
  const missing = missingTaskFields(user, sets, unpermissionable);
  if (missing.length > 0) {
    const set = trimToNull(settings.taskAccessPermissionSet);
    issues.push(
      issue2(
        "TASK_FIELD_ACCESS_MISSING",
        `The user lacks access to ${missing.length} Task field${missing.length === 1 ? "" : "s"}: ${missing.join("; ")}.`,
        set === null ? "Assign a permission set that grants this Task field access." : `Assign the permission set ${set}, which grants this Task field access.`,
        "assignTaskAccess"
      )
    );
  }
  if (trimToNull(user.callCenterId) === null) {
    issues.push(
      issue2(
        "CALL_CENTER_MISSING",
        "The user has no Call Center.",
        "Set the VCC Call Center on the user.",
        "setCallCenter"
      )
    );
  }
  issues.push(...phoneIssues(user, isAgent || !isSupervisor && settings.usersTakeCalls !== false));
  if (isPlatformLicense(user.licenseName)) {
    issues.push(
      issue2(
        "PLATFORM_LICENSE",
        `The user has a ${user.licenseName} licence: some VCC features do not work with it.`,
        "Give the user a Salesforce licence.",
        null
      )
    );
  }
  return issues;
}
function phoneIssues(user, isAgent) {
  if (!isAgent) {
    return [];
  }
  if (trimToNull(user.phone) === null) {
    return [
      issue2("PHONE_MISSING", "The agent has no phone number.", "Enter the phone number on the user.", null)
    ];
  }
  if (normalizePhone(user.phone) === null) {
    return [
      issue2(
        "PHONE_INVALID",
        `The agent's phone number '${user.phone}' is not valid: it needs 7 to 15 digits.`,
        "Correct the phone number on the user.",
        null
      )
    ];
  }
  return [];
}

var API_USER_REQUIREMENTS = [
  "USER_FOUND",
  "ACTIVE",
  "NOT_FROZEN",
  "SALESFORCE_LICENCE",
  "LOGIN_HOURS",
  "IP_RANGES",
  "API_ENABLED",
  "EDIT_TASKS",
  "VIEW_ALL_USERS",
  "VIEW_ALL_DATA",
  "MODIFY_ALL_DATA",
  "PASSWORD_NEVER_EXPIRES"
];
function requirement(code, outcome, detail, fix, recommended = false) {
  return { code, outcome, recommended, detail, fix: outcome === "pass" ? null : fix };
}
function flag(value, good) {
  return value === null ? "cannotTell" : value === good ? "pass" : "fail";
}
var PRIVATE = /^(private|none)$/i;
function checkApiUser(facts) {
  if (!facts.found) {
    const missing = requirement(
      "USER_FOUND",
      "fail",
      `No Salesforce user has the username '${facts.username}'.`,
      "Check the username of the user VCC is linked to (VCC > Admin > Salesforce account)."
    );
    return { username: facts.username, ok: false, requirements: [missing] };
  }
  const requirements = [...accountRequirements(facts), ...permissionRequirements(facts)];
  const ok = requirements.every((one) => one.recommended || one.outcome !== "fail");
  return { username: facts.username, ok, requirements };
}
function accountRequirements(facts) {
  const profile = facts.profileName ?? "its profile";
  const licence = facts.licenseName;
  const hours = facts.loginHoursRestricted;
  const ranges = facts.loginIpRangeCount;
  return [
    requirement("USER_FOUND", "pass", `The user '${facts.username}' exists.`, ""),
    requirement(
      "ACTIVE",
      flag(facts.isActive, true),
      facts.isActive === false ? "The user is inactive." : "Active.",
      "Activate the user in Setup > Users."
    ),
    requirement(
      "NOT_FROZEN",
      flag(facts.isFrozen, false),
      facts.isFrozen === null ? "Whether the user is frozen cannot be read." : facts.isFrozen ? "The user is frozen." : "Not frozen.",
      "Unfreeze the user in Setup > Users."
    ),
    requirement(
      "SALESFORCE_LICENCE",
      licence === null ? "cannotTell" : isPlatformLicense(licence) ? "fail" : "pass",
      licence === null ? "The licence cannot be read." : `Licence: ${licence}.`,
      "Give the API user a Salesforce licence (not Salesforce Platform)."
    ),
    requirement(
      "LOGIN_HOURS",
      flag(hours, false),
      hours === null ? "Login hours cannot be read." : hours ? `${profile} restricts login hours.` : "No login hours restriction.",
      `Clear the login hours of the profile ${profile}, or give the API user a profile without them.`
    ),
    requirement(
      "IP_RANGES",
      ranges === null ? "cannotTell" : ranges > 0 ? "fail" : "pass",
      ranges === null ? "Login IP ranges cannot be read." : ranges > 0 ? `${profile} has ${ranges} login IP range(s).` : "No login IP ranges.",
      `Remove the login IP ranges of the profile ${profile}, or give the API user a profile without them.`
    )
  ];
}
function permissionRequirements(facts) {
  const p = facts.permissions;
  const grant = (name) => `Add ${name} to a clone of the ContactWorld API user permission set and assign it to the API user.`;
  const has = (value, name) => value === null ? `${name} cannot be read.` : value ? `Has ${name}.` : `Lacks ${name}.`;
  return [
    requirement(
      "API_ENABLED",
      flag(p.apiEnabled, true),
      has(p.apiEnabled, "API Enabled"),
      grant("API Enabled")
    ),
    requirement("EDIT_TASKS", flag(p.editTask, true), has(p.editTask, "Edit Tasks"), grant("Edit Tasks")),
    requirement(
      "VIEW_ALL_USERS",
      flag(p.viewAllUsers, true),
      has(p.viewAllUsers, "View All Users"),
      grant("View All Users")
    ),
    viewAllData(facts, grant("View All Data")),
    modifyAllData(facts, grant("Modify All Data")),
    requirement(
      "PASSWORD_NEVER_EXPIRES",
      flag(p.passwordNeverExpires, true),
      has(p.passwordNeverExpires, "Password Never Expires"),
      grant("Password Never Expires"),
      true
    )
  ];
}
function viewAllData(facts, fix) {
  const value = facts.permissions.viewAllData;
  if (value === true) {
    return requirement("VIEW_ALL_DATA", "pass", "Has View All Data.", fix);
  }
  if (facts.orgWideDefaults === null) {
    return requirement("VIEW_ALL_DATA", "cannotTell", "The org-wide defaults cannot be read.", fix);
  }
  const privates = Object.keys(facts.orgWideDefaults).filter((object) => PRIVATE.test(facts.orgWideDefaults[object])).sort();
  if (privates.length === 0) {
    return requirement("VIEW_ALL_DATA", "pass", "Not needed: no object VCC reads is Private.", fix);
  }
  const detail = `Needed: the org-wide default of ${privates.join(", ")} is Private`;
  return requirement(
    "VIEW_ALL_DATA",
    value === null ? "cannotTell" : "fail",
    `${detail}${value === null ? "." : ", and the user lacks it."}`,
    fix
  );
}
function modifyAllData(facts, fix) {
  const value = facts.permissions.modifyAllData;
  const answer = facts.dataConnectorInserts;
  if (answer === null) {
    return requirement(
      "MODIFY_ALL_DATA",
      "cannotTell",
      `Needed only if a Data Connector applet inserts records in Salesforce (${value === true ? "the user has it" : value === false ? "the user lacks it" : "unknown whether the user has it"}).`,
      `Answer whether a Data Connector applet inserts records; if it does: ${fix}`
    );
  }
  if (!answer) {
    return requirement(
      "MODIFY_ALL_DATA",
      "pass",
      "Not needed: no Data Connector applet inserts records.",
      fix
    );
  }
  return requirement(
    "MODIFY_ALL_DATA",
    flag(value, true),
    value === null ? "Needed (a Data Connector inserts records); cannot be read." : value ? "Has Modify All Data." : "Needed (a Data Connector inserts records), and the user lacks it.",
    fix
  );
}
export {
  AGENT_ID_ERROR_CODES,
  AGENT_ID_MAX_DIGITS,
  API_USER_REQUIREMENTS,
  AgentIdError,
  COMPLETE_STATUSES,
  CREATION_STATUSES,
  DEFAULT_READINESS_SETTINGS,
  ISSUE_CODES,
  ISSUE_SEVERITY,
  READINESS_CODES,
  RESULT_CODES,
  STATUS_COUNT,
  TASK_FIELD_ACCESS,
  agentIdKey,
  allComplete,
  checkApiUser,
  checkReadiness,
  checkUsers,
  classifyVccError,
  countStatuses,
  csvCell,
  generateAgentIds,
  isBlank,
  isPlatformLicense,
  isValidUsername,
  maxAgentId,
  missingTaskFields,
  needsAgentId,
  normalizePhone,
  permissionSetMatches,
  preflight,
  resultMessage,
  resultStatus,
  resultsToCsv,
  splitPhone,
  summarizeChecks,
  trimToNull,
  usernameKey,
  validateStartingId,
  vccErrorMessage
};
