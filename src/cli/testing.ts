/** Helpers of the vcc-users end-to-end tests: the command in a child process, fresh state and org files. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DemoOrgData } from '../service/DemoOrg';
import type { RunningSimulator } from '../vcc/simulator/server';

const BIN = path.resolve(__dirname, '../../bin/vcc-users.js');
export const TEMPLATE = 'template.agent@vcc.example';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

export const run = (args: string[]): Promise<Run> => start(args).done;

/** A fresh state directory and the shipped demo data, so runs never share state. */
export function demo(): string[] {
  return [
    '--state-dir',
    mkdtempSync(path.join(tmpdir(), 'vcc-cli-')),
    '--vcc-data',
    path.resolve(__dirname, '../../data/vcc-demo.json')
  ];
}

/** An org of `count` users with agent IDs in one view, written to a fresh directory. */
export function orgFile(count: number, prefix: string): { dir: string; file: string; org: DemoOrgData } {
  const dir = mkdtempSync(path.join(tmpdir(), `vcc-cli-${prefix}-`));
  const users = Array.from({ length: count }, (_, i) => ({
    id: `005${prefix.toUpperCase()}${String(i).padStart(11, '0')}`,
    name: `${prefix} Test ${i}`,
    username: `${prefix}.test${i}@example.com`,
    email: `${prefix}.test${i}@example.com`,
    phone: `+44 20 7946 ${7000 + i}`,
    agentId: String(60_000 + i),
    callCenterId: '04v000000000001AAA'
  }));
  const org: DemoOrgData = {
    users,
    callCenters: [{ id: '04v000000000001AAA', name: 'VCC' }],
    listViews: [
      {
        id: '00BTEST000000001AAA',
        label: 'Test View',
        developerName: 'Test_View',
        userIds: users.map((u) => u.id)
      }
    ]
  };
  const file = path.join(dir, 'org.json');
  writeFileSync(file, JSON.stringify(org));
  return { dir, file, org };
}

export function createArgs(file: string, dir: string, sim: RunningSimulator, extra: string[] = []): string[] {
  return [
    'create',
    '--template',
    TEMPLATE,
    '--view',
    'Test View',
    '--yes',
    '--json',
    '--org-data',
    file,
    '--state-dir',
    dir,
    '--vcc-url',
    sim.url,
    '--rate',
    '0',
    ...extra
  ];
}

/** Results saved so far by any job in the state directory. */
export function savedResults(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir).filter((name) => name.startsWith('org-results-'))) {
    for (const file of readdirSync(path.join(dir, entry))) {
      const ids = readFileSync(path.join(dir, entry, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { userId: string }).userId);
      count += new Set(ids).size;
    }
  }
  return count;
}

export async function until(check: () => boolean): Promise<void> {
  while (!check()) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
