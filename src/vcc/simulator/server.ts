/**
 * A local VCC User Admin API v4 to develop and test against: the contract of VCC-API.md (OAuth client
 * credentials, the versioned Accept header, paged lists, per-user skills, groups and permissions, VCC's errors),
 * a choice for each contradictory point (tenant.ts), a strict mode, a licence limit, and faults on demand.
 * Choices where VCC's documentation is silent are listed in README.md beside this file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../../shared/http';
import { sleep } from '../../shared/sleep';
import { TokenIssuer } from './auth';
import { SimulatorError } from './errors';
import { NO_FAULTS, parseFaults, RateBucket, type Faults } from './faults';
import { route, type Answer } from './routes';
import { VccStore, type SimulatorData } from './store';
import { DEFAULT_TENANT, type Tenant } from './tenant';

export { parseFaults, type Faults } from './faults';
export type { Tenant } from './tenant';

export interface SimulatorOptions extends Partial<Tenant> {
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
  /** Agents the account may hold without allowOverages=true; absent for no limit. */
  licences?: number | null;
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
  tenant: Tenant;
  close(): Promise<void>;
}

interface Context {
  options: SimulatorOptions;
  store: VccStore;
  tenant: Tenant;
  faults: Faults;
  stats: SimulatorStats;
  issuer: TokenIssuer;
  bucket: RateBucket;
  random: () => number;
  save(): void;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const store = new VccStore(options.data);
  store.licences = options.licences ?? null;
  const tenant: Tenant = { ...DEFAULT_TENANT };
  for (const key of Object.keys(DEFAULT_TENANT) as (keyof Tenant)[]) {
    if (options[key] !== undefined) {
      Object.assign(tenant, { [key]: options[key] });
    }
  }
  const faults: Faults = { ...NO_FAULTS, ...options.faults };
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
  const issuer = new TokenIssuer(
    options.clientId ?? 'demo-client',
    options.clientSecret ?? 'demo-secret',
    options.tokenTtl ?? 7200
  );
  const context: Context = {
    options,
    store,
    tenant,
    faults,
    stats,
    issuer,
    bucket: new RateBucket(faults),
    random: options.random ?? Math.random,
    save: () => saveState(store, options.statePath)
  };
  context.save();
  const server = await listen(context, options);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    stats,
    faults,
    tenant,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

function saveState(store: VccStore, statePath: string | undefined): void {
  if (statePath) {
    mkdirSync(path.dirname(statePath), { recursive: true });
    const temporary = `${statePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(store.toData(), null, 2));
    renameSync(temporary, statePath);
  }
}

async function listen(context: Context, options: SimulatorOptions): Promise<Server> {
  let active = 0;
  const server: Server = createServer((req, res) => {
    active++;
    context.stats.maxConcurrent = Math.max(context.stats.maxConcurrent, active);
    handle(context, req, res)
      .catch((error: unknown) => {
        if (!res.headersSent) {
          send(context, res, [500, { message: `Simulator error: ${(error as Error).message}` }]);
        }
      })
      .finally(() => active--);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  return server;
}

function send(context: Context, res: ServerResponse, [status, body, headers]: Answer): void {
  context.stats.byStatus[status] = (context.stats.byStatus[status] ?? 0) + 1;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

/** Faults first (latency, the rate limit, failures), then the token endpoint or an API call. */
async function handle(context: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { stats, faults } = context;
  stats.requests++;
  const url = new URL(req.url ?? '/', 'http://simulator');
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  const raw = await readBody(req);
  if (pathname.startsWith('/_sim/')) {
    return send(context, res, control(context, pathname, req.method ?? 'GET', raw));
  }
  if (faults.latencyMs > 0) {
    await sleep(faults.latencyMs);
  }
  const wait = context.bucket.take();
  if (wait > 0) {
    stats.rateLimited++;
    const retryAfter = String(Math.max(1, Math.ceil(wait)));
    return send(context, res, [
      429,
      { message: 'Too many requests. Try again later.' },
      { 'retry-after': retryAfter }
    ]);
  }
  if (faults.failNext > 0 || (faults.failRate > 0 && context.random() < faults.failRate)) {
    faults.failNext = Math.max(0, faults.failNext - 1);
    stats.failed++;
    const status = [500, 502, 503][Math.floor(context.random() * 3)];
    return send(context, res, [status, { message: 'An unexpected error occurred. Please try again.' }]);
  }
  if (pathname === '/Auth/connect/token') {
    const answer = context.issuer.token(req, raw);
    stats.tokensIssued = context.issuer.issued;
    return send(context, res, answer);
  }
  if (!pathname.startsWith('/useradmin/')) {
    return send(context, res, [404, { message: `No route for ${req.method} ${pathname}.` }]);
  }
  const refusal = context.issuer.check(req);
  if (refusal) {
    return send(context, res, refusal);
  }
  return api(context, req, res, pathname.slice('/useradmin'.length), url.searchParams, raw);
}

async function api(
  context: Context,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  query: URLSearchParams,
  raw: string
): Promise<void> {
  const method = req.method ?? 'GET';
  let body: unknown = undefined;
  if (method !== 'GET') {
    try {
      body = raw.length === 0 ? undefined : JSON.parse(raw);
    } catch {
      return send(context, res, [400, { message: 'The request body is not valid JSON.' }]);
    }
  }
  let answer: Answer;
  try {
    const created = (): void => void context.stats.usersCreated++;
    answer = route({ store: context.store, tenant: context.tenant, created }, method, pathname, query, body);
  } catch (error) {
    if (error instanceof SimulatorError) {
      return send(context, res, [error.status, { message: error.message }]);
    }
    throw error;
  }
  if (method !== 'GET') {
    context.save();
    const { faults } = context;
    if (faults.dropNext > 0 || (faults.dropRate > 0 && context.random() < faults.dropRate)) {
      faults.dropNext = Math.max(0, faults.dropNext - 1);
      context.stats.dropped++;
      req.socket.destroy();
      return;
    }
  }
  return send(context, res, answer);
}

/**
 * Local control endpoints: GET /_sim/stats, GET /_sim/state (the data file format, group memberships and
 * permissions included), GET or PUT /_sim/faults (change faults while running), GET or PUT /_sim/tenant (the
 * reading of the contradictory points, strict mode, licences), POST /_sim/revoke-tokens.
 */
function control(context: Context, pathname: string, method: string, raw: string): Answer {
  const { store, stats, faults, tenant } = context;
  if (pathname === '/_sim/revoke-tokens' && method === 'POST') {
    return [200, { revoked: context.issuer.revokeAll() }];
  }
  if (pathname === '/_sim/stats' && method === 'GET') {
    return [
      200,
      { ...stats, users: store.userCount, licencesUsed: store.licencesUsed, licences: store.licences }
    ];
  }
  if (pathname === '/_sim/state' && method === 'GET') {
    return [200, store.toData()];
  }
  if (pathname === '/_sim/faults' && (method === 'GET' || method === 'PUT')) {
    if (method === 'PUT') {
      try {
        Object.assign(faults, parseFaults(JSON.parse(raw || '{}') as Record<string, unknown>));
      } catch (error) {
        return [400, { message: (error as Error).message }];
      }
      context.bucket.reset();
    }
    return [200, faults];
  }
  if (pathname === '/_sim/tenant' && (method === 'GET' || method === 'PUT')) {
    if (method === 'PUT') {
      try {
        const { licences, ...reading } = parseTenant(JSON.parse(raw || '{}') as Record<string, unknown>);
        Object.assign(tenant, reading);
        if (licences !== undefined) {
          store.licences = licences;
        }
      } catch (error) {
        return [400, { message: (error as Error).message }];
      }
    }
    return [200, { ...tenant, licences: store.licences }];
  }
  return [404, { message: `No route for ${method} ${pathname}.` }];
}

/** Validated tenant settings from JSON or command-line values. */
export function parseTenant(input: Record<string, unknown>): Partial<Tenant> & { licences?: number | null } {
  const out: Partial<Tenant> & { licences?: number | null } = {};
  const pick = <K extends keyof Tenant>(
    key: K,
    allowed: readonly Tenant[K][],
    convert = (v: unknown): unknown => v
  ): void => {
    if (input[key] === undefined) {
      return;
    }
    const value = convert(input[key]) as Tenant[K];
    if (!allowed.includes(value)) {
      throw new Error(`${key} must be one of ${allowed.join(', ')}, not '${String(input[key])}'`);
    }
    out[key] = value;
  };
  pick('pageBase', [0, 1], Number);
  pick('arrayName', ['items', 'named']);
  pick('capacityKey', ['camel', 'pascal']);
  pick('skillLevelType', ['string', 'number']);
  pick('strict', [true, false], (v) => (v === 'true' ? true : v === 'false' ? false : v));
  if (input.licences !== undefined) {
    const licences = input.licences === null ? null : Number(input.licences);
    if (licences !== null && (!Number.isInteger(licences) || licences < 0)) {
      throw new Error(`licences must be a whole number from 0, not '${String(input.licences)}'`);
    }
    out.licences = licences;
  }
  return out;
}
