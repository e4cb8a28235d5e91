/**
 * One way to read errors everywhere in the tab: Apex errors ({ body: { message } }), UI API page and field errors,
 * JavaScript errors and plain strings become a list of messages an admin can read.
 */
import { LABELS, format } from 'c/vccLabels';
import { plainMessage } from 'c/vccWords';

export function reduceErrors(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  const messages = list
    .filter((error) => error !== undefined && error !== null)
    .flatMap((error) => {
      if (typeof error === 'string') {
        return [error];
      }
      const body = error.body;
      if (Array.isArray(body)) {
        return body.map((item) => item && item.message);
      }
      if (body && Array.isArray(body.pageErrors) && body.pageErrors.length > 0) {
        return body.pageErrors.map((item) => item.message);
      }
      if (body && body.fieldErrors && Object.keys(body.fieldErrors).length > 0) {
        return Object.values(body.fieldErrors).flatMap((items) => items.map((item) => item.message));
      }
      if (body && typeof body.message === 'string') {
        return [body.message];
      }
      if (typeof error.message === 'string') {
        return [error.message];
      }
      return [error.statusText];
    })
    .filter((message) => typeof message === 'string' && message.trim() !== '');
  return messages.length > 0 || list.length === 0 ? messages : [LABELS.VCC_Error_Unknown];
}

const HTTP_CALL = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*\s+failed(?:\s+with\s+HTTP\s+\d{3})?:?\s*/gi;
const HTTP_STATUS = /\bHTTP\s+(\d{3})\b/i;
const NETWORK =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|fetch failed|could not be reached|socket hang up|timed out/i;
const HOST =
  /(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|reached at|host)\s+([A-Za-z0-9.-]+(?::\d+)?)/i;
const CREDENTIALS = /UNAUTHORIZED|credentials|access token|invalid_client/i;
const SCOPE = /FORBIDDEN|\bscope\b/i;
const DOWN = /VCC_UNAVAILABLE|not answering|stopped answering|Service Unavailable/i;

/** The cause of one message: a VCC outage, no network path, refused credentials or scope, a rate limit, or other. */
function causeOf(message, status) {
  const http = HTTP_STATUS.exec(message);
  const code = http ? Number(http[1]) : null;
  if (code === 401 || CREDENTIALS.test(message)) {
    return { kind: 'credentials', code };
  }
  if (code === 403 || SCOPE.test(message)) {
    return { kind: 'scope', code };
  }
  if (code === 429 || /RATE_LIMITED|rate limit/i.test(message)) {
    return { kind: 'rate', code };
  }
  if (NETWORK.test(message) || /VCC_UNREACHABLE/.test(message)) {
    const host = HOST.exec(message);
    return { kind: 'unreachable', code, host: host ? host[1] : null };
  }
  if ((code !== null && code >= 500) || DOWN.test(message) || (status >= 500 && /VCC/.test(message))) {
    return { kind: 'down', code };
  }
  return { kind: 'other', code };
}

const CAUSES = {
  down: (cause) => ({
    title: LABELS.VCC_Error_Vcc_Down_Title,
    message: format(LABELS.VCC_Error_Vcc_Down, cause.code ? ` (${cause.code})` : '')
  }),
  unreachable: (cause) => ({
    title: LABELS.VCC_Error_Vcc_Unreachable_Title,
    message: format(
      LABELS.VCC_Error_Vcc_Unreachable,
      cause.host ? format(LABELS.VCC_Error_Host, cause.host) : ''
    )
  }),
  credentials: () => ({ title: LABELS.VCC_Error_Credentials_Title, message: LABELS.VCC_Error_Credentials }),
  scope: () => ({ title: LABELS.VCC_Error_Scope_Title, message: LABELS.VCC_Error_Scope }),
  rate: () => ({ title: LABELS.VCC_Error_Rate_Title, message: LABELS.VCC_Error_Rate })
};

/** Causes that pass by themselves: Try again helps. */
export const TRANSIENT_CAUSES = ['down', 'unreachable', 'rate'];

/**
 * Errors in an admin's words, the one place that maps them: `{ kind, title, messages, transient }`. VCC outages,
 * unreachable hosts, refused credentials or scope and rate limits get their own sentence; any other message is kept,
 * without HTTP verbs, paths or raw codes. Null when there is no error.
 */
export function describeError(errors) {
  if (errors === undefined || errors === null) {
    return null;
  }
  const first = Array.isArray(errors) ? errors[0] : errors;
  const status = first ? first.status : undefined;
  const messages = reduceErrors(errors);
  if (messages.length === 0) {
    return null;
  }
  const cause = causeOf(messages.join(' '), typeof status === 'number' ? status : 0);
  const known = CAUSES[cause.kind];
  if (known) {
    const { title, message } = known(cause);
    return { kind: cause.kind, title, messages: [message], transient: TRANSIENT_CAUSES.includes(cause.kind) };
  }
  const plain = messages.map((message) => plainMessage(message.replace(HTTP_CALL, '')));
  return { kind: 'other', title: LABELS.VCC_Error_Title, messages: [...new Set(plain)], transient: false };
}

/**
 * One panel per cause: `entries` are `{ source, error }` (the operation that failed and its error); errors of the
 * same VCC cause share one panel naming every source, any other error has a panel of its own. Answers
 * `[{ key, kind, sources, error }]` in the order of the entries.
 */
export function groupByCause(entries) {
  const panels = [];
  const byKind = new Map();
  for (const { source, error } of entries) {
    const described = describeError(error);
    if (!described) {
      continue;
    }
    const shared = described.kind !== 'other' ? byKind.get(described.kind) : undefined;
    if (shared) {
      shared.sources.push(source);
    } else {
      const panel = {
        key: described.kind === 'other' ? source : described.kind,
        kind: described.kind,
        sources: [source],
        error
      };
      panels.push(panel);
      if (described.kind !== 'other') {
        byKind.set(described.kind, panel);
      }
    }
  }
  return panels;
}
