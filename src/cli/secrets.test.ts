/**
 * The VCC client secret never shows: vcc-users runs in child processes against a VCC (the simulator behind a
 * small recording proxy) that only accepts a distinctive secret, given each supported way; every stdout and
 * stderr and every file written under the state directory is searched for it. Also: plain http to another
 * computer is refused before anything is sent, and the CLI never calls the simulator's /_sim/* endpoints on
 * a VCC it was pointed at.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JobStatus } from '../core';
import type { RunningSimulator } from '../vcc/simulator/server';
import { startTestSimulator } from '../vcc/testing';

jest.setTimeout(120_000);

const BIN = path.resolve(__dirname, '../../bin/vcc-users.js');
const SECRET = 'Zq9-SECRET-never-shown-4f1c7e';
const WRONG = 'Wx3-WRONG-never-shown-8b2d0a';
const TEMPLATE = 'template.agent@vcc.example';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv = { ...process.env, ...env };
  if (!('VCC_CLIENT_SECRET' in env)) {
    delete childEnv.VCC_CLIENT_SECRET;
  }
  delete childEnv.VCC_CLIENT_ID;
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Forwards to the simulator and records every path asked for. */
async function recordingProxy(target: string, paths: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    const upstream = request(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('the VCC client secret', () => {
  let sim: RunningSimulator;
  let proxy: Server;
  let vccUrl: string;
  let stateDir: string;
  let secretDir: string;
  const paths: string[] = [];
  const runs: Run[] = [];

  beforeAll(async () => {
    sim = await startTestSimulator({ clientId: 'secret-test-client', clientSecret: SECRET });
    proxy = await recordingProxy(sim.url, paths);
    vccUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    stateDir = mkdtempSync(path.join(tmpdir(), 'vcc-secret-state-'));
    secretDir = mkdtempSync(path.join(tmpdir(), 'vcc-secret-file-'));
  });

  afterAll(async () => {
    if (proxy) {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
    await sim?.close();
    rmSync(stateDir, { recursive: true, force: true });
    rmSync(secretDir, { recursive: true, force: true });
  });

  const common = () => ['--vcc-url', vccUrl, '--client-id', 'secret-test-client', '--state-dir', stateDir];
  const recorded = async (args: string[], env?: Record<string, string>): Promise<Run> => {
    const result = await run(args, env);
    runs.push(result);
    return result;
  };

  it('works from the command line, with a warning that points to the safer ways', async () => {
    const result = await recorded([
      'check',
      '--template',
      TEMPLATE,
      '--view',
      'Seed Example',
      ...common(),
      '--client-secret',
      SECRET
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Seed Example: 5 users');
    expect(result.stderr).toContain(
      'warning: --client-secret on the command line can be read by other users'
    );
    expect(result.stderr).toContain('VCC_CLIENT_SECRET');
    expect(result.stderr).toContain('--client-secret-file FILE');
  });

  it('works from --client-secret-file and from VCC_CLIENT_SECRET, without a warning', async () => {
    const file = path.join(secretDir, 'vcc-secret');
    writeFileSync(file, `${SECRET}\n`, { mode: 0o600 });
    const csv = path.join(stateDir, 'results.csv');
    const created = await recorded([
      'create',
      '--template',
      TEMPLATE,
      '--view',
      'Seed Example',
      '--yes',
      '--json',
      '--csv',
      csv,
      ...common(),
      '--client-secret-file',
      file
    ]);
    const job = JSON.parse(created.stdout) as JobStatus;
    expect(job).toMatchObject({ status: 'Completed', created: 3, failed: 2 });
    expect(created.stderr).not.toContain('warning');
    const again = await recorded(['job', job.jobId, ...common()], { VCC_CLIENT_SECRET: SECRET });
    expect(again.stdout).toContain(`Job ${job.jobId} Completed: 3 created, 2 failed`);
    expect(again.stderr).not.toContain('warning');
  });

  it('a wrong secret fails (exit 3) without showing the secret it sent', async () => {
    const result = await recorded(
      ['check', '--template', TEMPLATE, '--view', 'Seed Example', '--json', ...common()],
      {
        VCC_CLIENT_SECRET: WRONG
      }
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/client ID,? and secret|client ID, secret/);
    expect(result.stdout + result.stderr).not.toContain(WRONG);
  });

  it('an unreadable --client-secret-file is bad input (exit 2) that names the file', async () => {
    const missing = path.join(secretDir, 'no-such-file');
    const result = await recorded(['views', ...common(), '--client-secret-file', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Cannot read --client-secret-file ${missing} (ENOENT).`);
  });

  it('is never sent over plain http to another computer: exit 2, one line naming the URL', async () => {
    const before = paths.length;
    const result = await recorded(
      [
        'check',
        '--template',
        TEMPLATE,
        '--view',
        'Seed Example',
        '--vcc-url',
        'http://vcc.example.invalid/api',
        '--state-dir',
        stateDir
      ],
      { VCC_CLIENT_SECRET: SECRET }
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'vcc-users: Refusing to send credentials to http://vcc.example.invalid/api over plain http: use https:// (--vcc-url).'
    );
    const token = await recorded(
      ['views', ...common(), '--vcc-token-url', 'http://auth.example.invalid/token'],
      {
        VCC_CLIENT_SECRET: SECRET
      }
    );
    expect(token.code).toBe(2);
    expect(token.stderr).toContain('Refusing to send credentials to http://auth.example.invalid/token');
    expect(paths.length).toBe(before);
  });

  it("shows up in no output and no file, and the CLI never called the simulator's /_sim/* on a VCC URL", () => {
    expect(runs.length).toBeGreaterThanOrEqual(7);
    expect(sim.stats.tokensIssued).toBeGreaterThan(0);
    runs.forEach((result) => {
      expect(result.stdout).not.toContain(SECRET);
      expect(result.stderr).not.toContain(SECRET);
    });
    const files = filesUnder(stateDir);
    expect(files.some((file) => file.endsWith('results.csv'))).toBe(true);
    expect(files.some((file) => path.basename(file).startsWith('org-state-'))).toBe(true);
    files.forEach((file) =>
      expect({ file, found: readFileSync(file, 'utf8').includes(SECRET) }).toEqual({ file, found: false })
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((url) => url.startsWith('/_sim'))).toEqual([]);
  });
});
