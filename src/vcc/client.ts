/**
 * The VCC User Admin API v4 client: OAuth client-credentials token cache (one refresh on 401), the versioned
 * Accept header, paging, pacing under the fair-usage rate limit, retries with exponential backoff and jitter
 * (honouring Retry-After), bounded concurrency and a timeout on every request.
 *
 * A POST is never retried blindly: when its outcome is unknown (no answer, a timeout, a 5xx) the error says
 * `ambiguous`, and the caller looks at the user list before deciding (see creator.ts).
 */
import { classifyVccError, resultMessage, trimToNull, vccErrorMessage, type ResultCode } from '../core';
import {
  agentDisplayIdOf,
  VCC_ACCEPT,
  VCC_SCOPES,
  type VccAgentSkill,
  type VccGroup,
  type VccNewUser,
  type VccPage,
  type VccUser
} from './types';
import { sleep } from '../shared/sleep';

export interface VccClientOptions {
  /** The API root, e.g. https://emea.api.newvoicemedia.com (the client adds /useradmin/...). */
  apiUrl: string;
  /** The token endpoint, e.g. https://emea.newvoicemedia.com/Auth/connect/token. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  /** Requests per second the client allows itself (fair usage); 0 for no pacing. */
  maxRequestsPerSecond?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Retries after the first try, for 429, 5xx and network errors. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The source of jitter. */
  random?: () => number;
}

/** A VCC call that failed for good; `code` is a result code of the contract. */
export class VccError extends Error {
  constructor(
    readonly code: ResultCode,
    message: string,
    readonly status: number | null,
    readonly vccMessage: string | null,
    /** True when a POST may have been applied although no success came back. */
    readonly ambiguous = false
  ) {
    super(message);
    this.name = 'VccError';
  }
}

export interface VccCallStats {
  /** HTTP requests sent, token requests included. */
  calls: number;
  tokenCalls: number;
  retries: number;
  rateLimited: number;
}

type Method = 'GET' | 'POST' | 'PUT';

interface Attempt {
  status: number | null;
  body: unknown;
  retryAfterMs: number | null;
  error: string | null;
}

export class VccClient {
  readonly stats: VccCallStats = { calls: 0, tokenCalls: 0, retries: 0, rateLimited: 0 };
  private readonly options: Required<VccClientOptions>;
  private token: { value: string; refreshAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;
  private nextSlot = 0;
  private pausedUntil = 0;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: VccClientOptions) {
    this.options = {
      scope: VCC_SCOPES,
      maxRequestsPerSecond: 10,
      concurrency: 4,
      timeoutMs: 20_000,
      maxRetries: 6,
      baseDelayMs: 250,
      maxDelayMs: 15_000,
      random: Math.random,
      ...options,
      apiUrl: options.apiUrl.replace(/\/+$/, '')
    };
  }

  /** Every user, all pages of `limit=5000`. */
  async listUsers(include: 'Active' | 'Archived' | 'All' = 'All'): Promise<VccUser[]> {
    return this.listAll<VccUser>('/useradmin/users', { include });
  }

  async getUser(userId: string): Promise<VccUser> {
    return (await this.call('GET', `/useradmin/users/${encodeURIComponent(userId)}`)) as VccUser;
  }

  /** The user with this username (case-insensitive), archived users included, from a fresh list. */
  async findUserByUsername(username: string): Promise<VccUser | null> {
    const wanted = username.trim().toLowerCase();
    return (await this.listUsers('All')).find((user) => user.username.toLowerCase() === wanted) ?? null;
  }

  /** Every agentDisplayId held by a VCC user, archived users included. */
  async getAgentIdsInUse(): Promise<string[]> {
    const ids: string[] = [];
    for (const user of await this.listUsers('All')) {
      const id = trimToNull(agentDisplayIdOf(user));
      if (id !== null) {
        ids.push(id);
      }
    }
    return ids;
  }

  /** POST /users?allowOverages=false. Throws a VccError; `ambiguous` when it may have been applied. */
  async createUser(user: VccNewUser): Promise<VccUser> {
    return (await this.call('POST', '/useradmin/users', { allowOverages: 'false' }, user)) as VccUser;
  }

  async getUserSkills(userId: string): Promise<VccAgentSkill[]> {
    const body = (await this.call('GET', `/useradmin/users/${encodeURIComponent(userId)}/skills`)) as {
      agentSkills?: VccAgentSkill[];
    };
    return body.agentSkills ?? [];
  }

  /** PUT replaces the user's whole skill list. */
  async putUserSkills(userId: string, skills: VccAgentSkill[]): Promise<void> {
    await this.call('PUT', `/useradmin/users/${encodeURIComponent(userId)}/skills`, undefined, {
      agentSkills: skills
    });
  }

  async listGroups(): Promise<VccGroup[]> {
    return this.listAll<VccGroup>('/useradmin/groups', {});
  }

  async getGroupUsers(groupId: string): Promise<string[]> {
    const body = (await this.call('GET', `/useradmin/groups/${encodeURIComponent(groupId)}/users`)) as {
      users?: { userId: string }[];
    };
    return (body.users ?? []).map((member) => member.userId);
  }

  /** PUT replaces the whole membership: read, merge, then write (see addToGroup). */
  async putGroupUsers(groupId: string, userIds: string[]): Promise<void> {
    await this.call('PUT', `/useradmin/groups/${encodeURIComponent(groupId)}/users`, undefined, {
      users: userIds.map((userId) => ({ userId }))
    });
  }

  /** Reads the group's members, adds `userIds`, writes the merged list once. */
  async addToGroup(groupId: string, userIds: readonly string[]): Promise<void> {
    const members = await this.getGroupUsers(groupId);
    const merged = [...new Set([...members, ...userIds])];
    if (merged.length !== members.length) {
      await this.putGroupUsers(groupId, merged);
    }
  }

  private async listAll<T>(path: string, query: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 0; ; page++) {
      const body = (await this.call('GET', path, {
        ...query,
        page: String(page),
        limit: '5000'
      })) as VccPage<T>;
      items.push(...(body.items ?? []));
      if (page + 1 >= (body.meta?.pageCount ?? 0) || (body.items ?? []).length === 0) {
        return items;
      }
    }
  }

  /** One API call with the token, the Accept header, pacing and retries. */
  private async call(
    method: Method,
    path: string,
    query?: Record<string, string>,
    body?: unknown
  ): Promise<unknown> {
    const url = this.options.apiUrl + path + (query ? '?' + new URLSearchParams(query).toString() : '');
    const idempotent = method !== 'POST';
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const token = await this.getToken();
      const result = await this.send(
        method,
        url,
        {
          authorization: `Bearer ${token}`,
          accept: VCC_ACCEPT,
          ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        body === undefined ? undefined : JSON.stringify(body)
      );
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        return result.body;
      }
      if (result.status === 401 && !refreshed) {
        refreshed = true;
        if (this.token?.value === token) {
          this.token = null;
        }
        attempt--;
        continue;
      }
      const transient = result.status === null || result.status === 429 || result.status >= 500;
      if (!transient) {
        throw this.failure(method, path, result, false);
      }
      if (!idempotent && result.status !== 429) {
        // The POST may have been applied: the caller must look before trying again.
        throw this.failure(method, path, result, true);
      }
      if (attempt >= this.options.maxRetries) {
        throw this.failure(method, path, result, false);
      }
      await this.backoff(attempt, result);
    }
  }

  private failure(method: Method, path: string, result: Attempt, ambiguous: boolean): VccError {
    const code = classifyVccError(result.status, result.body);
    const vccMessage =
      result.error ?? vccErrorMessage(result.body) ?? (result.status ? `HTTP ${result.status}` : null);
    const where = `${method} ${path.split('?')[0]}`;
    return new VccError(
      code,
      `${where} failed${result.status ? ` with HTTP ${result.status}` : ''}: ${vccMessage ?? resultMessage(code)}`,
      result.status,
      vccMessage,
      ambiguous
    );
  }

  private async backoff(attempt: number, result: Attempt): Promise<void> {
    this.stats.retries++;
    const exponential = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
    // "Equal jitter": half fixed, half random, so retries spread out but never come back at once.
    let delay = exponential / 2 + (this.options.random() * exponential) / 2;
    if (result.status === 429) {
      this.stats.rateLimited++;
      delay = Math.max(delay, result.retryAfterMs ?? 0);
      // Everyone waits, not only this request: the limit is shared by the whole account.
      this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delay);
    }
    await sleep(delay);
  }

  /** The cached token, or a new one; concurrent callers share one token request. */
  private async getToken(): Promise<string> {
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
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      scope: this.options.scope
    });
    for (let attempt = 0; ; attempt++) {
      this.stats.tokenCalls++;
      const result = await this.send(
        'POST',
        this.options.tokenUrl,
        { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        form.toString()
      );
      const body = result.body as { access_token?: string; expires_in?: number; error?: string } | null;
      if (result.status === 200 && body?.access_token) {
        const ttl = Math.max(1, Number(body.expires_in ?? 3600)) * 1000;
        // Renew a little before it expires: a minute early, or a tenth of a short lifetime.
        this.token = { value: body.access_token, refreshAt: Date.now() + ttl - Math.min(60_000, ttl / 10) };
        return body.access_token;
      }
      const transient = result.status === null || result.status === 429 || result.status >= 500;
      if (!transient || attempt >= this.options.maxRetries) {
        const reason = body?.error ?? result.error ?? `HTTP ${result.status}`;
        throw new VccError(
          transient ? classifyVccError(result.status, result.body) : 'UNAUTHORIZED',
          `VCC did not give an access token (${reason}): check the client ID, secret and scopes.`,
          result.status,
          reason
        );
      }
      await this.backoff(attempt, result);
    }
  }

  /** One HTTP request within the pace and the concurrency bound; never throws. */
  private async send(
    method: Method,
    url: string,
    headers: Record<string, string>,
    body?: string
  ): Promise<Attempt> {
    await this.acquire();
    try {
      await this.pace();
      this.stats.calls++;
      const response = await fetch(url, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs)
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return {
        status: response.status,
        body: parsed,
        retryAfterMs: retryAfter(response.headers.get('retry-after')),
        error: null
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${this.options.timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      return { status: null, body: null, retryAfterMs: null, error: reason };
    } finally {
      this.release();
    }
  }

  /** Spaces requests evenly at maxRequestsPerSecond, and holds everyone during a 429 pause. */
  private async pace(): Promise<void> {
    for (;;) {
      const now = Date.now();
      const rate = this.options.maxRequestsPerSecond;
      const at = Math.max(now, this.pausedUntil, rate > 0 ? this.nextSlot : 0);
      if (rate > 0) {
        this.nextSlot = at + 1000 / rate;
      }
      if (at <= now) {
        return;
      }
      await sleep(at - now);
      if (this.pausedUntil <= Date.now()) {
        return;
      }
    }
  }

  private async acquire(): Promise<void> {
    if (this.inFlight < this.options.concurrency) {
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

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
function retryAfter(value: string | null): number | null {
  if (value === null) {
    return null;
  }
  if (/^\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
