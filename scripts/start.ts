/**
 * npm start: the real User Creation tab on a laptop. Builds the LWC bundles with LWC OSS, serves them on
 * http://127.0.0.1:3000, and answers every @salesforce/apex/VccUserCreationController.<method> call through
 * POST /apex/VccUserCreationController/<method> into the TypeScript service, over the demo org and the VCC
 * simulator (both started here). Ctrl-C stops everything; changes are kept in .vcc-data/.
 *
 *   npm start -- [--port 3000] [--vcc-port 4010] [--org-data FILE] [--vcc-data FILE] [--state-dir DIR]
 *                [--vcc-url URL ...]
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { VccUserCreationService } from '../src/service/VccUserCreationService';
import {
  assertSafeDestinations,
  DEFAULT_STATE_DIR,
  setUp,
  setupOptionsFrom,
  SETUP_FLAGS,
  type SetupOptions
} from '../src/cli/setup';
import type { RunningSimulator } from '../src/vcc/simulator/server';
import { spawn } from 'node:child_process';
import { previewSources } from './preview/build';
import { APEX_ROUTE, handleApexCall, refuse, sendJson, type BridgeContext } from './preview/bridge';
import { checkHost, newToken, PAGE_CSP, securityHeaders } from './preview/guard';

const root = path.resolve(__dirname, '..');
const SLDS = path.join(root, 'node_modules/@salesforce-ux/design-system/assets');
const BUNDLE = path.join(root, 'dist/preview/app.js');

export interface AppOptions extends SetupOptions {
  /** 0 takes a free port. */
  port?: number;
  /** Build even when the bundle is newer than its sources. */
  rebuild?: boolean;
  /** false: do not build the tab (the bridge alone, e.g. for its tests). Default true. */
  build?: boolean;
  log?: (line: string) => void;
}

export interface RunningApp {
  url: string;
  service: VccUserCreationService;
  /** The VCC simulator started with the app, when it started one. */
  simulator: RunningSimulator | null;
  describe: string[];
  close(): Promise<void>;
}

/** Builds the bundle when a source is newer than it. */
export async function ensureBundle(
  rebuild = false,
  log: (line: string) => void = () => undefined
): Promise<void> {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const stale = rebuild || previewSources().some((file) => statSync(file).mtimeMs > built);
  if (stale) {
    mkdirSync(path.dirname(BUNDLE), { recursive: true });
    log('building the tab with LWC OSS...');
    const { ms, bytes } = await buildInChild();
    log(
      `built ${path.relative(root, BUNDLE)} (${(bytes / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s`
    );
  }
}

/** rollup and the LWC compiler run in a child process: ES modules only, and their memory is freed after. */
function buildInChild(): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'preview/build.ts'), BUNDLE],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      if (code === 0) {
        resolve(JSON.parse(out.trim().split('\n').pop() as string) as { ms: number; bytes: number });
      } else {
        reject(new Error(`building the tab failed: ${err.trim() || `exit ${code}`}`));
      }
    });
  });
}

export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const log = options.log ?? (() => undefined);
  // Bad credentials' destinations are refused before the (slow) build.
  assertSafeDestinations(options);
  if (options.build !== false) {
    await ensureBundle(options.rebuild, log);
  }
  const setup = await setUp(options);
  const { service } = setup;
  const resumed = await service.resumeUnfinishedJobs();
  if (resumed.length > 0) {
    log(`resumed ${resumed.length} unfinished job(s): ${resumed.join(', ')}`);
  }
  const banner = `Local preview: ${setup.describe.join('; ')}`;
  const token = newToken();
  // The token goes only into the page, and the page only to a request that named this app in Host.
  const page = readFileSync(path.join(__dirname, 'preview/index.html'), 'utf8')
    .replace('__TOKEN__', token)
    .replace('__BANNER__', escapeHtml(banner));
  const context: BridgeContext = { service, port: 0, token, log };
  const server: Server = createServer((req, res) => {
    handle(req, res, context, page).catch((error: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, { body: { message: (error as Error).message }, status: 500 });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, '127.0.0.1', () => resolve());
  });
  context.port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${context.port}`,
    service,
    simulator: setup.simulator,
    describe: setup.describe,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await setup.close();
    }
  };
}

/** Every request: the Host check first (static files too), then the bridge, the page or a file. */
async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  context: BridgeContext,
  page: string
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local');
  const apex = APEX_ROUTE.exec(url.pathname);
  if (apex) {
    return handleApexCall(apex[1], req, res, context);
  }
  const refusal = checkHost(req, context.port);
  if (refusal) {
    return refuse(req, res, refusal, context.log);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, { body: { message: 'Method not allowed' }, status: 405 });
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, {
      ...securityHeaders(),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': PAGE_CSP
    });
    res.end(page);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204, securityHeaders());
    res.end();
    return;
  }
  if (url.pathname === '/app.js') {
    return file(res, BUNDLE, 'no-store');
  }
  if (url.pathname.startsWith('/slds/')) {
    const target = path.normalize(path.join(SLDS, decodeURIComponent(url.pathname.slice('/slds/'.length))));
    if (target.startsWith(SLDS + path.sep) && existsSync(target) && statSync(target).isFile()) {
      return file(res, target, 'max-age=86400');
    }
  }
  res.writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain' });
  res.end('Not found');
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png'
};

function file(res: ServerResponse, target: string, cache: string): void {
  res.writeHead(200, {
    ...securityHeaders(),
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'cache-control': cache
  });
  createReadStream(target).pipe(res);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string
  );
}

/** What `npm start -- --help` prints: every option, and what happens on errors. */
const START_USAGE = `Usage: npm start -- [options]

The User Creation tab on http://127.0.0.1:3000, on the demo org and a local VCC simulator (or your own).

Options:
  --port N               the port (default 3000, or PORT; 0 for any free port)
  --vcc-port N           the VCC simulator's port (default 4010): a simulator already running there is used,
                         else one is started there (on any free port when it is taken); with --vcc-data the
                         simulator of that data always starts on a free port of its own
  --rebuild              build the tab again even when no source changed
  --org ALIAS            a real org, through the sf CLI's login (or set SF_ACCESS_TOKEN and SF_INSTANCE_URL)
  --org-data FILE        a demo org of your own (default data/org-demo.json)
  --vcc-data FILE        VCC simulator data of your own (default data/vcc-demo.json)
  --state-dir DIR        where changes are kept, and the lock that lets one job run at a time (default .vcc-data)
  --vcc-url URL          a real VCC API root; --vcc-token-url URL its token endpoint
  --vcc-region R         emea (default), nam or apac: VCC's documented token and API URLs for that region
  --client-id ID         VCC API client ID (or VCC_CLIENT_ID)
  --client-secret-file FILE, --client-secret SECRET
                         the VCC API client secret (or VCC_CLIENT_SECRET)
  --allow-overages       create agents past the account's licence limit (off by default)
  --help (-h)            this text

Exit codes: 0 stopped with Ctrl-C; 2 could not start (the message says why: a bad option or data file, a port
in use, VCC or the org unreachable).`;

/** A port number given on the command line (0 = any free port), or an error naming the flag. */
function portOption(flag: string, value: string): number {
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} must be a port number from 0 to 65535, not '${value}'`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT || '3000' },
      'vcc-port': { type: 'string' },
      ...SETUP_FLAGS,
      rebuild: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  if (values.help) {
    console.log(START_USAGE);
    return;
  }
  const port = portOption('--port', values.port);
  const simulatorPort =
    values['vcc-port'] === undefined ? undefined : portOption('--vcc-port', values['vcc-port']);
  const app = await startApp({
    ...setupOptionsFrom(values),
    port,
    simulatorPort,
    rebuild: values.rebuild,
    log: (line) => console.log(line)
  });
  console.log(
    `\nVCC User Creation is running: ${app.url} (listening on 127.0.0.1 only; calls need the page's token)\n`
  );
  app.describe.forEach((line) => console.log(`  ${line}`));
  console.log(
    `  changes are kept in ${path.resolve(values['state-dir'] ?? DEFAULT_STATE_DIR)} (delete it to start again)`
  );
  console.log(
    '  bring your own data: npm start -- --org-data FILE --vcc-data FILE (formats: data/README.md)'
  );
  console.log('\nCtrl-C stops everything.');
  let stopping = false;
  const stop = (): void => {
    if (!stopping) {
      stopping = true;
      void app.close().then(() => process.exit(0));
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`npm start: ${(error as Error).message}`);
    process.exit(2);
  });
}
