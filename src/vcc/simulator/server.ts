/**
 * A local VCC User Admin API v4 to develop and test against: the real contract of VCC-API.md (OAuth client
 * credentials, the versioned Accept header, paged users, skills, groups, VCC's errors) plus faults on demand.
 * Choices where VCC's documentation is silent are listed in README.md beside this file.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VCC_ACCEPT } from '../types';
import { SimulatorError, VccStore, type SimulatorData } from './store';
import { readBody } from '../../shared/http';
import { sleep } from '../../shared/sleep';

export interface Faults {
  /** Requests per second over all endpoints (token included); 0 for none. Over it: 429 with Retry-After. */
  rateLimit: number;
  /** Added to every answer, in milliseconds. */
  latencyMs: number;
  /** Share of requests answered 500, 502 or 503 without doing anything. */
  failRate: number;
  /** Share of POST and PUT requests that are applied, then answered by a reset connection. */
  dropRate: number;
  /** The next N API requests fail with a 503 (counts down). */
  failNext: number;
  /** The next N POST or PUT requests are applied, then dropped (counts down). */
  dropNext: number;
}

export interface SimulatorOptions {
  data: SimulatorData;
  /** 0 (the default) takes a free port. */
  port?: number;
  host?: string;
  /** Written after every change, and read instead of `data` by the caller when it exists (see loadData). */
  statePath?: string;
  clientId?: string;
  clientSecret?: string;
  /** Token lifetime in seconds. */
  tokenTtl?: number;
  faults?: Partial<Faults>;
  /** The source of chance for faults: a seeded one makes a run repeatable. */
  random?: () => number;
}

export interface SimulatorStats {
  requests: number;
  byStatus: Record<string, number>;
  tokensIssued: number;
  rateLimited: number;
  failed: number;
  dropped: number;
  usersCreated: number;
  /** The most requests handled at the same moment. */
  maxConcurrent: number;
}

export interface RunningSimulator {
  url: string;
  port: number;
  store: VccStore;
  stats: SimulatorStats;
  faults: Faults;
  close(): Promise<void>;
}

const GRANTABLE_SCOPES = ['users:read', 'users:write'];

interface Token {
  expiresAt: number;
  scopes: Set<string>;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const store = new VccStore(options.data);
  const clientId = options.clientId ?? 'demo-client';
  const clientSecret = options.clientSecret ?? 'demo-secret';
  const tokenTtl = options.tokenTtl ?? 7200;
  const random = options.random ?? Math.random;
  const faults: Faults = {
    rateLimit: 0,
    latencyMs: 0,
    failRate: 0,
    dropRate: 0,
    failNext: 0,
    dropNext: 0,
    ...options.faults
  };
  const tokens = new Map<string, Token>();
  const stats: SimulatorStats = {
    requests: 0,
    byStatus: {},
    tokensIssued: 0,
    rateLimited: 0,
    failed: 0,
    dropped: 0,
    usersCreated: 0,
    maxConcurrent: 0
  };
  let active = 0;
  const bucket = { tokens: faults.rateLimit, at: Date.now() };

  const save = (): void => {
    if (options.statePath) {
      mkdirSync(path.dirname(options.statePath), { recursive: true });
      const temporary = `${options.statePath}.tmp`;
      writeFileSync(temporary, JSON.stringify(store.toData(), null, 2));
      renameSync(temporary, options.statePath);
    }
  };
  if (options.statePath) {
    save();
  }

  /** Token bucket of `rateLimit` requests, refilled continuously; the seconds to wait when empty. */
  const takeRate = (): number => {
    if (faults.rateLimit <= 0) {
      return 0;
    }
    const now = Date.now();
    bucket.tokens = Math.min(faults.rateLimit, bucket.tokens + ((now - bucket.at) / 1000) * faults.rateLimit);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / faults.rateLimit;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stats.requests++;
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const raw = await readBody(req);

    if (path.startsWith('/_sim/')) {
      return control(path, req.method ?? 'GET', raw, res);
    }
    if (faults.latencyMs > 0) {
      await sleep(faults.latencyMs);
    }
    const wait = takeRate();
    if (wait > 0) {
      stats.rateLimited++;
      return send(
        res,
        429,
        { message: 'Too many requests. Try again later.' },
        {
          'retry-after': String(Math.max(1, Math.ceil(wait)))
        }
      );
    }
    if (faults.failNext > 0 || (faults.failRate > 0 && random() < faults.failRate)) {
      faults.failNext = Math.max(0, faults.failNext - 1);
      stats.failed++;
      const status = [500, 502, 503][Math.floor(random() * 3)];
      return send(res, status, { message: 'An unexpected error occurred. Please try again.' });
    }

    if (path === '/Auth/connect/token') {
      return token(req, raw, res);
    }
    if (!path.startsWith('/useradmin/')) {
      return send(res, 404, { message: `No route for ${req.method} ${path}.` });
    }

    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const granted = auth ? tokens.get(auth[1]) : undefined;
    if (!granted || granted.expiresAt <= Date.now()) {
      if (auth && granted) {
        tokens.delete(auth[1]);
      }
      return send(
        res,
        401,
        { message: 'Authorization has been denied for this request.' },
        {
          'www-authenticate': 'Bearer error="invalid_token"'
        }
      );
    }
    const accept = req.headers.accept ?? '';
    const version = /application\/vnd\.newvoicemedia\.v(\d+)\+json/i.exec(accept);
    if (!version) {
      return send(res, 400, { message: 'Version missing from Accept header!' });
    }
    if (version[1] !== '4') {
      return send(res, 400, {
        message: `Invalid api-version 'v${version[1]}'. The supported version is v4 (Accept: ${VCC_ACCEPT}).`
      });
    }
    const method = req.method ?? 'GET';
    const needed = method === 'GET' ? 'users:read' : 'users:write';
    if (!granted.scopes.has(needed)) {
      return send(res, 403, { message: `The token has no '${needed}' scope.` });
    }

    let body: unknown = undefined;
    if (method === 'POST' || method === 'PUT') {
      try {
        body = raw.length === 0 ? undefined : JSON.parse(raw);
      } catch {
        return send(res, 400, { message: 'The request body is not valid JSON.' });
      }
    }
    try {
      const [status, answer, headers] = route(
        method,
        path.slice('/useradmin'.length),
        url.searchParams,
        body
      );
      if (method !== 'GET') {
        save();
        if (faults.dropNext > 0 || (faults.dropRate > 0 && random() < faults.dropRate)) {
          faults.dropNext = Math.max(0, faults.dropNext - 1);
          stats.dropped++;
          req.socket.destroy();
          return;
        }
      }
      return send(res, status, answer, headers);
    } catch (error) {
      if (error instanceof SimulatorError) {
        return send(res, error.status, { message: error.message });
      }
      throw error;
    }
  };

  const route = (
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown
  ): [number, unknown, Record<string, string>?] => {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'users') {
      if (parts.length === 1 && method === 'GET') {
        const include = parseInclude(query.get('include'));
        return [200, page(store.listUsers(include), query)];
      }
      if (parts.length === 1 && method === 'POST') {
        const allow = query.get('allowOverages');
        if (allow !== null && allow !== 'true' && allow !== 'false') {
          throw new SimulatorError(400, "allowOverages must be 'true' or 'false'.");
        }
        const user = store.createUser(body);
        stats.usersCreated++;
        return [201, user, { location: `/useradmin/users/${user.userId}` }];
      }
      if (parts.length === 2 && method === 'GET') {
        return [200, store.getUser(parts[1])];
      }
      if (parts.length === 3 && parts[2] === 'skills') {
        if (method === 'GET') {
          return [200, { agentSkills: store.getSkills(parts[1]) }];
        }
        if (method === 'PUT') {
          return [200, { agentSkills: store.putSkills(parts[1], body) }];
        }
      }
    }
    if (parts[0] === 'groups') {
      if (parts.length === 1 && method === 'GET') {
        return [200, page(store.listGroups(), query)];
      }
      if (parts.length === 3 && parts[2] === 'users') {
        if (method === 'GET') {
          return [200, { users: store.getGroupUsers(parts[1]) }];
        }
        if (method === 'PUT') {
          return [200, { users: store.putGroupUsers(parts[1], body) }];
        }
      }
    }
    throw new SimulatorError(method === 'GET' ? 404 : 405, `No route for ${method} /useradmin${path}.`);
  };

  const token = (req: IncomingMessage, raw: string, res: ServerResponse): void => {
    if (req.method !== 'POST') {
      return send(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
    }
    const form = new URLSearchParams(raw);
    let id = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (basic) {
      const [user, ...pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      id = decodeURIComponent(user);
      secret = decodeURIComponent(pass.join(':'));
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return send(res, 400, { error: 'unsupported_grant_type' });
    }
    if (id !== clientId || secret !== clientSecret) {
      return send(res, 401, { error: 'invalid_client' });
    }
    const requested = (form.get('scope') ?? GRANTABLE_SCOPES.join(' ')).split(/\s+/).filter(Boolean);
    const unknown = requested.filter((scope) => !GRANTABLE_SCOPES.includes(scope));
    if (unknown.length > 0) {
      return send(res, 400, {
        error: 'invalid_scope',
        error_description: `Unknown scope ${unknown.join(' ')}`
      });
    }
    const accessToken = randomBytes(24).toString('hex');
    tokens.set(accessToken, { expiresAt: Date.now() + tokenTtl * 1000, scopes: new Set(requested) });
    stats.tokensIssued++;
    return send(res, 200, {
      access_token: accessToken,
      expires_in: tokenTtl,
      token_type: 'Bearer',
      scope: requested.join(' ')
    });
  };

  /**
   * Local control endpoints: GET /_sim/stats, GET /_sim/state, GET or PUT /_sim/faults (change faults while
   * running), POST /_sim/revoke-tokens (every issued token is refused from then on).
   */
  const control = (path: string, method: string, raw: string, res: ServerResponse): void => {
    if (path === '/_sim/revoke-tokens' && method === 'POST') {
      const revoked = tokens.size;
      tokens.clear();
      return send(res, 200, { revoked });
    }
    if (path === '/_sim/stats' && method === 'GET') {
      return send(res, 200, { ...stats, users: store.userCount });
    }
    if (path === '/_sim/state' && method === 'GET') {
      return send(res, 200, store.toData());
    }
    if (path === '/_sim/faults' && (method === 'GET' || method === 'PUT')) {
      if (method === 'PUT') {
        try {
          Object.assign(faults, parseFaults(JSON.parse(raw || '{}') as Record<string, unknown>));
        } catch (error) {
          return send(res, 400, { message: (error as Error).message });
        }
        bucket.tokens = faults.rateLimit;
      }
      return send(res, 200, faults);
    }
    return send(res, 404, { message: `No route for ${method} ${path}.` });
  };

  const server: Server = createServer((req, res) => {
    active++;
    stats.maxConcurrent = Math.max(stats.maxConcurrent, active);
    handle(req, res)
      .catch((error: unknown) => {
        if (!res.headersSent) {
          send(res, 500, { message: `Simulator error: ${(error as Error).message}` });
        }
      })
      .finally(() => active--);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    stats,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

/** Validated fault settings from JSON or command-line values. */
export function parseFaults(input: Record<string, unknown>): Partial<Faults> {
  const out: Partial<Faults> = {};
  const number = (key: keyof Faults, min: number, max: number): void => {
    if (input[key] === undefined) {
      return;
    }
    const value = Number(input[key]);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`${key} must be a number from ${min} to ${max}, not '${String(input[key])}'`);
    }
    out[key] = value;
  };
  number('rateLimit', 0, 1_000_000);
  number('latencyMs', 0, 600_000);
  number('failRate', 0, 1);
  number('dropRate', 0, 1);
  number('failNext', 0, 1_000_000);
  number('dropNext', 0, 1_000_000);
  return out;
}

function parseInclude(value: string | null): 'Active' | 'Archived' | 'All' {
  if (value === null || value === '') {
    return 'Active';
  }
  const match = ['Active', 'Archived', 'All'].find((option) => option.toLowerCase() === value.toLowerCase());
  if (!match) {
    throw new SimulatorError(400, `include must be Active, Archived or All, not '${value}'.`);
  }
  return match as 'Active' | 'Archived' | 'All';
}

function page<T>(items: T[], query: URLSearchParams): { meta: Record<string, number>; items: T[] } {
  const pageNumber = wholeNumber(query.get('page'), 0, 'page', 0, Number.MAX_SAFE_INTEGER);
  const limit = wholeNumber(query.get('limit'), 25, 'limit', 1, 5000);
  const slice = items.slice(pageNumber * limit, pageNumber * limit + limit);
  return {
    meta: {
      page: pageNumber,
      count: slice.length,
      pageCount: Math.ceil(items.length / limit),
      totalCount: items.length
    },
    items: slice
  };
}

function wholeNumber(value: string | null, fallback: number, name: string, min: number, max: number): number {
  if (value === null || value === '') {
    return fallback;
  }
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new SimulatorError(400, `${name} must be a whole number from ${min} to ${max}.`);
  }
  return number;
}
