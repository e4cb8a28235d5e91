/**
 * npm start's simulator port: --vcc-port in --help, a bad value refused with exit 2, the simulator started on the
 * port asked for, and a simulator already running there used instead of a second one.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// the first start may build the tab (about 16 s alone, much longer on a busy machine)
jest.setTimeout(400_000);

const ROOT = path.resolve(__dirname, '..');
const START = path.join(__dirname, 'start.ts');
/** The environment without PORT (the tests give the ports) and without a real org's token. */
const ENV: NodeJS.ProcessEnv = { ...process.env, SF_ACCESS_TOKEN: '', SF_INSTANCE_URL: '' };
delete ENV.PORT;

function runStart(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', START, ...args],
      { cwd: ROOT, env: ENV },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      }
    );
  });
}

/** npm start as a child on a free port and a state directory of its own; resolves with what it printed. */
function startChild(args: string[], children: ChildProcess[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vcc-start-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', START, '--port', '0', '--state-dir', dir, ...args],
    {
      cwd: ROOT,
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything.')) {
        resolve(output);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start ended (exit ${code}):\n${output}`)));
  });
}

/** Stops the children (SIGTERM: each closes its app and simulator) and waits for them to end. */
async function stopChildren(children: ChildProcess[]): Promise<void> {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await ended;
    }
  }
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('npm start --vcc-port', () => {
  it('is in --help', async () => {
    const { code, stdout } = await runStart(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--vcc-port N\s+the VCC simulator's port \(default 4010\)/);
  });

  it('refuses a value that is not a port, naming the flag, with exit 2', async () => {
    const { code, stderr } = await runStart(['--vcc-port', '70000']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("npm start: --vcc-port must be a port number from 0 to 65535, not '70000'");
  });

  it('starts the simulator on that port, and uses the one already running there', async () => {
    const port = await freePort();
    const children: ChildProcess[] = [];
    try {
      const first = await startChild(['--vcc-port', String(port)], children);
      expect(first).toContain(`VCC: simulator on http://127.0.0.1:${port} from `);
      const second = await startChild(['--vcc-port', String(port)], children);
      expect(second).toContain(`VCC: the simulator already running on http://127.0.0.1:${port}`);
    } finally {
      await stopChildren(children);
    }
  });
});
