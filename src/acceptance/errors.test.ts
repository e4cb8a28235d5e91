/**
 * Acceptance: bad input exits 2 with one line and no stack trace; a VCC that cannot be used exits 3 quickly,
 * saying what happened (the host and the network error, credentials for 401, scope for 403).
 */
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { cli, closedPort, ORG_DEMO, startCommand, startTenant, tempDir, TEMPLATE, type Run } from './harness';

/** The lines of stderr that are not the run's own description of the org and VCC it uses. */
const messageLines = (run: Run): string[] =>
  run.stderr.split('\n').filter((line) => line.trim() !== '' && !/^(org|VCC): /.test(line));

const STACK = /^\s+at |Error: .*\n\s+at /m;

describe('bad input: exit 2, one line, no stack trace', () => {
  const dir = tempDir('bad');
  const broken = path.join(dir, 'broken.json');
  const noName = path.join(dir, 'no-name.json');
  writeFileSync(broken, '{\n  "users": [\n    { "id": "005A", }\n  ]\n}\n');
  writeFileSync(
    noName,
    JSON.stringify({
      users: [{ id: '005A', username: 'a@b.example' }],
      listViews: [{ id: '00B1', label: 'X' }]
    })
  );
  const state = ['--state-dir', dir];
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['views', '--frobnicate'], /--frobnicate/],
    ['an unknown command', ['frobnicate'], /frobnicate/],
    ['a negative Starting ID', ['generate-ids', '--view', 'Sales Team', '--starting-id', '-5'], /-5/],
    ['a non-numeric Starting ID', ['generate-ids', '--view', 'Sales Team', '--starting-id', 'abc'], /abc/],
    ['a broken JSON data file', ['views', '--org-data', broken], /broken\.json.*line 3/],
    ['a list view without developerName', ['views', '--org-data', noName], /developerName/],
    ['an unknown VCC region', ['views', '--vcc-region', 'xyz'], /xyz/],
    ['a missing org data file', ['views', '--org-data', path.join(dir, 'absent.json')], /absent\.json/],
    [
      'an unknown view',
      ['check', '--template', TEMPLATE, '--view', 'No Such View', '--org-data', ORG_DEMO],
      /No Such View/
    ]
  ];
  it.each(cases)(
    '%s',
    async (_, args, names) => {
      const run = await cli([...args, ...state]);
      const lines = messageLines(run);
      expect({ code: run.code, lines: lines.length }).toEqual({ code: 2, lines: 1 });
      expect(lines[0]).toMatch(names);
      expect(run.stderr).not.toMatch(STACK);
    },
    30_000
  );
});

describe('a VCC that cannot be used', () => {
  const args = (url: string, dir: string): string[] => [
    'create',
    '--template',
    TEMPLATE,
    '--view',
    'Seed Example',
    '--yes',
    '--org-data',
    ORG_DEMO,
    '--state-dir',
    dir,
    '--vcc-url',
    url,
    '--vcc-token-url',
    `${url}/Auth/connect/token`,
    '--client-id',
    'demo-client'
  ];

  it('a closed port: exit 3 at once, naming the host and the network error', async () => {
    const port = await closedPort();
    const run = await cli(args(`http://127.0.0.1:${port}`, tempDir('closed')));
    expect(run.code).toBe(3);
    expect(messageLines(run).join('\n')).toContain(`127.0.0.1:${port}`);
    expect(run.stderr).toMatch(/ECONNREFUSED|refused/i);
    expect(run.stderr).not.toMatch(/client ID, secret/);
    expect(run.stderr).not.toMatch(STACK);
  }, 30_000);

  it('a wrong path (every answer 404): exit 3, not blamed on the credentials', async () => {
    const server: Server = createServer((_, res) =>
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>')
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wrong`;
      const run = await cli(args(url, tempDir('wrongpath')));
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/404/);
      expect(run.stderr).not.toMatch(/client ID, secret/);
      expect(run.stderr).not.toMatch(STACK);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);

  it('a wrong secret: exit 3, the message is about the credentials and never shows the secret', async () => {
    const simulator = await startTenant({}, 10);
    try {
      const secret = 'wrong-secret-5f3a9c';
      const run = await cli([
        ...args(simulator.url, tempDir('secret')),
        '--client-secret-file',
        writeSecret(secret)
      ]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/credential|client ID|secret/i);
      expect(run.stdout + run.stderr).not.toContain(secret);
    } finally {
      await simulator.close();
    }
  }, 30_000);
});

function writeSecret(secret: string): string {
  const file = path.join(tempDir('secretfile'), 'secret');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return file;
}

describe('help', () => {
  const START_OPTIONS = [
    '--port',
    '--org',
    '--org-data',
    '--vcc-data',
    '--state-dir',
    '--vcc-url',
    '--vcc-token-url',
    '--vcc-region',
    '--client-id',
    '--client-secret-file',
    '--allow-overages',
    '--rebuild'
  ];

  it('npm start -- --help lists every option and the exit codes, and starts nothing', async () => {
    const run = await startCommand(['--help']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(START_OPTIONS.filter((option) => !run.stdout.includes(option))).toEqual([]);
    expect(run.stdout).toMatch(/exit/i);
    expect(run.stdout).not.toMatch(/is running/);
  }, 60_000);
});
