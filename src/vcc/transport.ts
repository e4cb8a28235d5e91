/**
 * One VCC call, done right: the OAuth client-credentials token (cached, renewed before it expires, fetched again
 * once on a 401), the versioned Accept header, the adaptive pace, a bound on requests in flight, a timeout on the
 * connection and on the answer, and retries that say what happened:
 * - 429: honour Retry-After (else back off), halve the pace, and keep going for a time budget (minutes);
 * - 5xx, a timeout or a dropped connection: back off and retry a few times (a POST is never retried: `ambiguous`);
 * - a refused connection or an unknown host: retried briefly, then VCC_UNREACHABLE naming the host.
 * No message ever holds the client secret or the token request's body.
 */
import { classifyVccError, format, LABELS, resultMessage, vccErrorMessage } from '../core';
import { sleep } from '../shared/sleep';
import { AdaptivePace } from './pace';
import { sendRequest, type Attempt } from './request';
import { tokenFailure, unreachableError, VccError } from './errors';
import { DEFAULT_VCC_REGION, VCC_ACCEPT, VCC_SCOPE_READ, VCC_SCOPE_WRITE, vccRegionUrls } from './types';

export { VccError } from './errors';

export interface VccRetryInfo {
  /** The try that failed, from 1. */
  attempt: number;
  /** The most tries for this kind of failure, or null when a time budget bounds them (429). */
  maxAttempts: number | null;
  status: number | null;
  /** 'rate-limited', 'unavailable' (5xx), 'no-answer' (timeout, dropped) or 'unreachable'. */
  reason: 'rate-limited' | 'unavailable' | 'no-answer' | 'unreachable';
  /** What failed, e.g. "GET /useradmin/users: HTTP 503". */
  detail: string;
}

export interface VccClientOptions {
  /** The API root, e.g. https://emea.api.newvoicemedia.com/useradmin (with or without /useradmin). */
  apiUrl?: string;
  /** The token endpoint, e.g. https://emea.cc.vonage.com/Auth/connect/token. */
  tokenUrl?: string;
  /** emea, nam or apac: picks the documented token and API URLs that are not given. Default emea. */
  region?: string;
  clientId: string;
  clientSecret: string;
  /** One scope: users:write by default, users:read with `readOnly`. */
  scope?: string;
  readOnly?: boolean;
  /** Requests per second the client allows itself (fractions allowed; 0 for no pacing). Default 2.5. */
  maxRequestsPerSecond?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Per request, for the whole answer, in milliseconds. */
  timeoutMs?: number;
  /** To open a connection, in milliseconds. */
  connectTimeoutMs?: number;
  /** Retries after the first try for 5xx, timeouts and dropped connections. */
  maxRetries?: number;
  /** Retries of a refused connection or an unknown host (short: an unreachable VCC fails within seconds). */
  unreachableRetries?: number;
  /** How long a request keeps retrying 429s, in milliseconds. */
  rateLimitBudgetMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The source of jitter. */
  random?: () => number;
  /** Sends allowOverages=true on creates (an agent past the licence limit). Default false. */
  allowOverages?: boolean;
  /** Entries per page of a list (1 to 5000). */
  pageSize?: number;
  /** Called before each retry, e.g. to show "VCC is not answering, retrying (2 of 5)". */
  onRetry?: (info: VccRetryInfo) => void;
}

export interface VccCallStats {
  /** HTTP requests sent, token requests included. */
  calls: number;
  tokenCalls: number;
  retries: number;
  rateLimited: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

type Settings = Required<Omit<VccClientOptions, 'onRetry' | 'region' | 'readOnly'>> &
  Pick<VccClientOptions, 'onRetry'>;

interface RetryState {
  attempt: number;
  transient: number;
  unreachable: number;
  limited: number;
  limitedSince: number | null;
}

/** The API root without a trailing slash or /useradmin: paths start with /useradmin. */
export function apiRoot(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/useradmin$/i, '');
}

export class VccTransport {
  readonly stats: VccCallStats = { calls: 0, tokenCalls: 0, retries: 0, rateLimited: 0 };
  readonly settings: Settings;
  readonly pace: AdaptivePace;
  private token: { value: string; refreshAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: VccClientOptions) {
    const region = vccRegionUrls(options.region ?? DEFAULT_VCC_REGION);
    this.settings = <Settings>{
      scope: options.readOnly ? VCC_SCOPE_READ : VCC_SCOPE_WRITE,
      maxRequestsPerSecond: 2.5,
      concurrency: 4,
      timeoutMs: 20_000,
      connectTimeoutMs: 5_000,
      maxRetries: 6,
      unreachableRetries: 2,
      rateLimitBudgetMs: 300_000,
      baseDelayMs: 250,
      maxDelayMs: 15_000,
      random: Math.random,
      allowOverages: false,
      pageSize: 5000,
      ...withoutUndefined(options),
      apiUrl: apiRoot(options.apiUrl ?? region.apiUrl),
      tokenUrl: (options.tokenUrl ?? region.tokenUrl).trim()
    };
    this.pace = new AdaptivePace({ requestsPerSecond: this.settings.maxRequestsPerSecond });
  }

  /** One API call with the token, the Accept header, the pace and retries; the parsed answer. */
  async call(method: Method, path: string, query?: Record<string, string>, body?: unknown): Promise<unknown> {
    const url = this.settings.apiUrl + path + (query ? '?' + new URLSearchParams(query).toString() : '');
    const state: RetryState = { attempt: 0, transient: 0, unreachable: 0, limited: 0, limitedSince: null };
    let refreshed = false;
    for (;;) {
      state.attempt++;
      const token = await this.getToken();
      const result = await this.send(method, url, this.headers(token, body), body);
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        this.pace.answered();
        return result.body;
      }
      if (result.status === 401 && !refreshed) {
        refreshed = true;
        if (this.token?.value === token) {
          this.token = null;
        }
        continue;
      }
      await this.retryOrThrow(method, path, result, state);
    }
  }

  private headers(token: string, body: unknown): Record<string, string> {
    return {
      authorization: `Bearer ${token}`,
      accept: VCC_ACCEPT,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    };
  }

  /** Waits before the next try, or throws the VccError that ends this call. */
  private async retryOrThrow(
    method: Method,
    path: string,
    result: Attempt,
    state: RetryState
  ): Promise<void> {
    const detail = `${method} ${path}: ${result.error ?? `HTTP ${result.status}`}`;
    if (result.status === 429) {
      this.stats.rateLimited++;
      const now = Date.now();
      state.limitedSince ??= now;
      if (now - state.limitedSince >= this.settings.rateLimitBudgetMs) {
        throw this.failure(method, path, result, false);
      }
      const wait = Math.max(result.retryAfterMs ?? 0, this.backoffDelay(state.limited++));
      this.pace.rateLimited(wait);
      this.retrying({
        attempt: state.attempt,
        maxAttempts: null,
        status: 429,
        reason: 'rate-limited',
        detail
      });
      return;
    }
    if (result.status === null && result.unreachable) {
      // A connection that timed out has used its seconds already: no retry, so an unreachable VCC fails fast.
      const timedOut = result.error?.startsWith('no connection within') === true;
      if (timedOut || state.unreachable >= this.settings.unreachableRetries) {
        throw this.unreachable(this.settings.apiUrl, result.error);
      }
      const maxAttempts = this.settings.unreachableRetries + 1;
      this.retrying({
        attempt: ++state.unreachable,
        maxAttempts,
        status: null,
        reason: 'unreachable',
        detail
      });
      await sleep(Math.min(1000, this.backoffDelay(state.unreachable)));
      return;
    }
    const transient = result.status === null || result.status >= 500 || result.status === 408;
    if (!transient) {
      throw this.failure(method, path, result, false);
    }
    if (method === 'POST') {
      // The POST may have been applied: the caller must look before trying again.
      throw this.failure(method, path, result, true);
    }
    if (state.transient >= this.settings.maxRetries) {
      throw this.failure(method, path, result, false);
    }
    const reason = result.status === null ? 'no-answer' : 'unavailable';
    const maxAttempts = this.settings.maxRetries + 1;
    this.retrying({ attempt: ++state.transient, maxAttempts, status: result.status, reason, detail });
    await sleep(this.jittered(state.transient - 1));
  }

  private retrying(info: VccRetryInfo): void {
    this.stats.retries++;
    try {
      this.settings.onRetry?.(info);
    } catch {
      // a listener's failure never stops a call
    }
  }

  /** Exponential, capped. */
  private backoffDelay(attempt: number): number {
    return Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** attempt);
  }

  /** "Equal jitter": half fixed, half random, so retries spread out but never come back at once. */
  private jittered(attempt: number): number {
    const exponential = this.backoffDelay(attempt);
    return exponential / 2 + (this.settings.random() * exponential) / 2;
  }

  failure(method: Method, path: string, result: Attempt, ambiguous: boolean): VccError {
    const code = classifyVccError(result.status, result.body, result.unreachable);
    const vccMessage = this.scrub(
      result.error ?? vccErrorMessage(result.body) ?? (result.status ? `HTTP ${result.status}` : null)
    );
    const where = `${method} ${path.split('?')[0]}`;
    const status = result.status ? ` with HTTP ${result.status}` : '';
    let why = vccMessage ?? resultMessage(code);
    if (result.status === 403 && code === 'FORBIDDEN') {
      why = format(LABELS.VCC_Op_Scope_Needed, why, this.settings.scope);
    } else if (result.status === 429) {
      why = format(LABELS.VCC_Op_Kept_Refusing, why, Math.round(this.settings.rateLimitBudgetMs / 1000));
    } else if (result.status === 404 && /^\/useradmin\/(users|groups)$/.test(path.split('?')[0])) {
      why = format(LABELS.VCC_Op_Api_Url_Wrong, why, this.settings.apiUrl);
    }
    return new VccError(code, `${where} failed${status}: ${why}`, result.status, vccMessage, ambiguous);
  }

  /** VCC_UNREACHABLE naming the host and the network error. */
  unreachable(url: string, error: string | null): VccError {
    return unreachableError(url, error);
  }

  /** The cached token, or a new one; concurrent callers share one token request. */
  async getToken(): Promise<string> {
    if (this.token && Date.now() < this.token.refreshAt) {
      return this.token.value;
    }
    this.tokenRequest ??= this.fetchToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  private async fetchToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.settings.clientId,
      client_secret: this.settings.clientSecret,
      scope: this.settings.scope
    }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    for (let attempt = 0; ; attempt++) {
      this.stats.tokenCalls++;
      const result = await this.send('POST', this.settings.tokenUrl, headers, form);
      const body = result.body as { access_token?: unknown; expires_in?: unknown } | null;
      if (result.status === 200 && typeof body?.access_token === 'string' && body.access_token !== '') {
        const ttl = Math.max(1, Number(body.expires_in ?? 3600) || 3600) * 1000;
        // Renew a little before it expires: a minute early, or a tenth of a short lifetime.
        this.token = { value: body.access_token, refreshAt: Date.now() + ttl - Math.min(60_000, ttl / 10) };
        return body.access_token;
      }
      const transient =
        (result.status === null && !result.unreachable) ||
        result.status === 429 ||
        (result.status ?? 0) >= 500;
      if (!transient || attempt >= this.settings.maxRetries) {
        throw this.tokenFailure(result);
      }
      if (result.status === 429) {
        this.stats.rateLimited++;
        this.pace.rateLimited(Math.max(result.retryAfterMs ?? 0, this.backoffDelay(attempt)));
      } else {
        await sleep(this.jittered(attempt));
      }
      this.stats.retries++;
    }
  }

  /** Why no token came: the network, a wrong URL, refused credentials, a missing scope. */
  private tokenFailure(result: Attempt): VccError {
    if (result.status === 429 || (result.status ?? 0) >= 500) {
      return this.failure('POST', new URL(this.settings.tokenUrl).pathname, result, false);
    }
    return tokenFailure(result, this.settings.tokenUrl, this.settings.scope, (text) => this.scrub(text));
  }

  /** Never lets the client secret into a message. */
  private scrub(text: string | null): string | null {
    const secret = this.settings.clientSecret;
    return text === null || secret === '' ? text : text.split(secret).join('***');
  }

  /** One HTTP request within the pace and the concurrency bound; never throws. */
  private async send(
    method: Method,
    url: string,
    headers: Record<string, string>,
    body?: unknown
  ): Promise<Attempt> {
    await this.acquire();
    try {
      await this.pace.take();
      this.stats.calls++;
      const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      return await sendRequest(method, url, headers, text, this.settings);
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.inFlight < this.settings.concurrency) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.inFlight--;
    }
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
