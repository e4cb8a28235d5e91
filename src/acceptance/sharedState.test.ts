/**
 * Acceptance: `npm start` and `vcc-users` on one state directory (the documented way to share `.vcc-data`):
 * jobs started from either stay apart, each with its own ID and its own results.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { JobInfo, JobStatus } from '../core';
import { cli, parseJob, ROOT, startTenant, tempDir, TEMPLATE, vccFlags, writeOrg } from './harness';

/** `npm start` (scripts/start.ts) as a child on a free port; resolves once it says where it runs. */
function startApp(args: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts'), '--port', '0', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SF_ACCESS_TOKEN: '', SF_INSTANCE_URL: '', VCC_CLIENT_SECRET: 'demo-secret' }
    }
  );
  let output = '';
  const stop = (): void => {
    child.kill('SIGKILL');
  };
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const running = /is running: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (running) {
        resolve({ url: running[1], stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start ended (exit ${code}):\n${output}`)));
  });
}

/** A call through npm start's bridge, as its own page makes it (the page's token, JSON). */
async function bridge<T>(url: string, method: string, body: unknown): Promise<T> {
  const page = await (await fetch(`${url}/`)).text();
  const token = /<meta name="vcc-token" content="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
  const response = await fetch(`${url}/apex/VccUserCreationController/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vcc-token': token, origin: url },
    body: JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method}: ${response.status} ${text}`);
  }
  return JSON.parse(text) as T;
}

describe('npm start and vcc-users on one state directory', () => {
  it('a job started by the app after a CLI job gets its own ID; the CLI job keeps its results', async () => {
    const simulator = await startTenant({}, 100);
    const dir = tempDir('shared');
    const org = writeOrg(dir, 4);
    const flags = ['--org-data', org, '--state-dir', dir, ...vccFlags(simulator)];
    let app: Awaited<ReturnType<typeof startApp>> | null = null;
    try {
      app = await startApp(flags);
      const fromCli = parseJob(
        await cli([
          'create',
          '--template',
          TEMPLATE,
          '--view',
          'Acceptance View',
          '--yes',
          '--json',
          '--rate',
          '0',
          ...flags
        ])
      );
      expect(fromCli.created).toBe(4);

      const views = await bridge<{ id: string }[]>(app.url, 'getUserListViews', {});
      const users = await bridge<{ id: string }[]>(app.url, 'getViewUsers', { listViewId: views[0].id });
      const started = await bridge<JobInfo>(app.url, 'createUsers', {
        templateUsername: TEMPLATE,
        userIds: users.map((user) => user.id).slice(0, 2),
        listViewId: views[0].id
      });
      let fromApp: JobStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        fromApp = await bridge<JobStatus>(app.url, 'getJob', { jobId: started.jobId });
      } while (fromApp.status === 'Queued' || fromApp.status === 'Running');
      expect(fromApp.results.map((result) => result.status)).toEqual(['AlreadyLinked', 'AlreadyLinked']);

      const again = parseJob(await cli(['job', fromCli.jobId, '--json', ...flags]));
      expect({
        sameId: started.jobId === fromCli.jobId,
        cliJob: { total: again.total, created: again.created, results: again.results.length }
      }).toEqual({ sameId: false, cliJob: { total: 4, created: 4, results: 4 } });
    } finally {
      app?.stop();
      await simulator.close();
    }
  }, 120_000);
});
