/**
 * One HTTP request to VCC over node:http(s), with a keep-alive pool, a timeout to connect and one for the whole
 * answer. It never throws: a network failure is an Attempt with `status: null`, `error` saying what happened, and
 * `unreachable` true when the request certainly never reached VCC (refused, unknown host, no connection in time).
 */
import http from 'node:http';
import https from 'node:https';
import { format, LABELS } from '../core';

export interface Attempt {
  status: number | null;
  body: unknown;
  retryAfterMs: number | null;
  error: string | null;
  /** True when no connection was made: nothing was sent, so even a POST may be sent again. */
  unreachable: boolean;
}

export interface RequestLimits {
  timeoutMs: number;
  connectTimeoutMs: number;
  concurrency: number;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECT_TIMEOUT'
]);

const agents = new Map<string, http.Agent>();

function agentFor(protocol: string, concurrency: number): http.Agent {
  const key = `${protocol}${concurrency}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: concurrency, keepAliveMsecs: 1000 };
    agent = protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

export function sendRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  limits: RequestLimits
): Promise<Attempt> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(failed(format(LABELS.VCC_Op_Not_A_Url, url), true));
      return;
    }
    const lib = target.protocol === 'https:' ? https : http;
    const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
    let settled = false;
    const finish = (attempt: Attempt): void => {
      if (!settled) {
        settled = true;
        clearTimeout(whole);
        clearTimeout(connect);
        resolve(attempt);
      }
    };
    const req = lib.request(target, {
      method,
      agent: agentFor(target.protocol, limits.concurrency),
      headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) }
    });
    let connected = false;
    const connect = setTimeout(() => {
      if (!connected) {
        finish(failed(`no connection within ${limits.connectTimeoutMs} ms`, true, 'CONNECT_TIMEOUT'));
        req.destroy();
      }
    }, limits.connectTimeoutMs);
    const whole = setTimeout(() => {
      finish(failed(`no answer within ${limits.timeoutMs} ms`, false));
      req.destroy();
    }, limits.timeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) {
        connected = true;
      } else {
        socket.once('connect', () => (connected = true));
      }
    });
    req.on('response', (res) => collect(res, finish));
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      finish(failed(code, !connected && UNREACHABLE.has(code), code));
    });
    req.end(payload);
  });
}

/** The whole answer: status, parsed body and Retry-After. */
function collect(res: http.IncomingMessage, finish: (attempt: Attempt) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('error', (error: NodeJS.ErrnoException) => finish(failed(error.code ?? error.message, false)));
  res.on('end', () =>
    finish({
      status: res.statusCode ?? null,
      body: parse(Buffer.concat(chunks).toString('utf8')),
      retryAfterMs: retryAfter(res.headers['retry-after']),
      error: null,
      unreachable: false
    })
  );
}

function failed(error: string, unreachable: boolean, code?: string): Attempt {
  return {
    status: null,
    body: null,
    retryAfterMs: null,
    error,
    unreachable: unreachable && (code === undefined || UNREACHABLE.has(code))
  };
}

function parse(text: string): unknown {
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function retryAfter(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) {
    return null;
  }
  if (/^\d+(\.\d+)?$/.test(text.trim())) {
    return Number(text) * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
