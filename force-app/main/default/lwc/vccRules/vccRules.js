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
  "ALREADY_LINKED",
  "SKIPPED",
  "VCC_USER_EXISTS",
  "AGENT_ID_IN_USE",
  "PHONE_MISSING",
  "INVALID_REQUEST",
  "UNAUTHORIZED",
  "RATE_LIMITED",
  "VCC_UNAVAILABLE",
  "PARTIALLY_CREATED"
];
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
var EXTENSION = /\s*(?:x|ext\.?|extension)\s*\d+\s*$/i;
var PHONE_PUNCTUATION = /[\s\-.()]/g;
var PHONE_DIGITS = /^\d{7,15}$/;
function normalizePhone(phone) {
  const text = trimToNull(phone);
  if (text === null) {
    return null;
  }
  let digits = text.replace(EXTENSION, "").replace(PHONE_PUNCTUATION, "");
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
    if (check.issues.some((issue2) => issue2.severity === "error")) {
      summary.withErrors++;
    } else if (check.issues.some((issue2) => issue2.severity === "warning")) {
      summary.withWarnings++;
    }
    if (check.issues.some((issue2) => issue2.code === "ALREADY_LINKED")) {
      summary.alreadyLinked++;
    }
  }
  return summary;
}

function resultStatus(code) {
  switch (code) {
    case "CREATED":
      return "Created";
    case "ALREADY_LINKED":
      return "AlreadyLinked";
    case "SKIPPED":
      return "Skipped";
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
function classifyVccError(status, body) {
  if (status === null || status === void 0 || status === 0 || status === 408 || status >= 500) {
    return "VCC_UNAVAILABLE";
  }
  if (status === 401 || status === 403) {
    return "UNAUTHORIZED";
  }
  if (status === 429) {
    return "RATE_LIMITED";
  }
  const message = vccErrorMessage(body) ?? "";
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
  const username = trimToNull(details.username);
  const agentId = trimToNull(details.agentId);
  const vccMessage = trimToNull(details.vccMessage);
  switch (code) {
    case "CREATED":
      return agentId === null ? "Created in VCC and linked through the username." : `Created in VCC and linked through agent ID '${agentId}'.`;
    case "ALREADY_LINKED":
      return "A VCC user with this username and agent ID already exists and is linked: nothing to do.";
    case "SKIPPED": {
      const codes = details.issueCodes ?? [];
      const because = codes.length === 0 ? "" : ` because of ${codes.join(", ")}`;
      return `Not sent to VCC${because}. Fix the Salesforce user and try again.`;
    }
    case "VCC_USER_EXISTS":
      return `A VCC user already exists with the username${username === null ? "" : ` '${username}'`}. If it is this person, ignore this error; otherwise change the Salesforce user's Username and try again.`;
    case "AGENT_ID_IN_USE":
      return `Agent ID '${agentId ?? ""}' is already in use. If the VCC user holding it is this person, ignore this error; otherwise change the Salesforce user's NVM Agent Id and try again.`;
    case "PHONE_MISSING":
      return "The user has no telephone number. Add a telephone number to the Salesforce user and try again.";
    case "INVALID_REQUEST":
      return `VCC rejected the request: ${vccMessage === null ? "no reason given" : withoutFinalStop(vccMessage)}. Correct the Salesforce user or the template user and try again.`;
    case "UNAUTHORIZED":
      return "VCC refused the API credentials. Check the client ID, secret and scopes (users:read users:write) of the Named Credential, then retry the failed users.";
    case "RATE_LIMITED":
      return "VCC's rate limit was still reached after several retries. Retry the failed users in a few minutes.";
    case "VCC_UNAVAILABLE":
      return `VCC could not be reached${vccMessage === null ? "" : ` (${vccMessage})`}. Retry the failed users later: a retry never creates a user twice.`;
    case "PARTIALLY_CREATED": {
      const missing = details.missing && details.missing.length > 0 ? details.missing.join(", ") : "some settings";
      return `The VCC user was created, but ${missing} could not be set${vccMessage === null ? "" : ` (${vccMessage})`}. Add them in the VCC Admin Portal (User Admin).`;
    }
  }
}
function withoutFinalStop(text) {
  return text.replace(/[.!]+$/, "");
}
var CSV_COLUMNS = [
  "userId",
  "username",
  "status",
  "code",
  "message",
  "agentId",
  "vccUserId"
];
function resultsToCsv(results) {
  const cell = (value) => {
    const text = value === null || value === void 0 ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    CSV_COLUMNS.join(","),
    ...results.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(","))
  ];
  return lines.join("\r\n") + "\r\n";
}
var FAILING_ISSUES = ["PHONE_MISSING", "AGENT_ID_IN_USE", "VCC_USER_EXISTS"];
function preflight(issues, details = {}) {
  if (issues.some((issue2) => issue2.code === "ALREADY_LINKED")) {
    return {
      status: "AlreadyLinked",
      code: "ALREADY_LINKED",
      message: resultMessage("ALREADY_LINKED", details)
    };
  }
  const errors = issues.filter((issue2) => ISSUE_SEVERITY[issue2.code] === "error").map((issue2) => issue2.code);
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
export {
  AGENT_ID_ERROR_CODES,
  AGENT_ID_MAX_DIGITS,
  AgentIdError,
  ISSUE_CODES,
  ISSUE_SEVERITY,
  RESULT_CODES,
  agentIdKey,
  checkUsers,
  classifyVccError,
  generateAgentIds,
  isBlank,
  isValidUsername,
  maxAgentId,
  needsAgentId,
  normalizePhone,
  preflight,
  resultMessage,
  resultStatus,
  resultsToCsv,
  summarizeChecks,
  trimToNull,
  validateStartingId,
  vccErrorMessage
};
