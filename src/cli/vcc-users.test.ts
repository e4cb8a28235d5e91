/** The vcc-users command end to end, in child processes, on files in the documented formats. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JobStatus } from '../core';
import type { DemoOrgData } from '../service/DemoOrg';
import { startTestSimulator } from '../vcc/testing';

const BIN = path.resolve(__dirname, '../../bin/vcc-users.js');

function start(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  );
  return { child, done };
}

const run = (args: string[]) => start(args).done;

/** A fresh state directory and the shipped demo data, so runs never share state. */
function demo(): string[] {
  return [
    '--state-dir',
    mkdtempSync(path.join(tmpdir(), 'vcc-cli-')),
    '--vcc-data',
    path.resolve(__dirname, '../../data/vcc-demo.json')
  ];
}

describe('vcc-users', () => {
  it('create on the seed example: 3 created, 2 failed, exit 1 (partial)', async () => {
    const { code, stdout } = await run([
      'create',
      '--template',
      'template.agent@vcc.example',
      '--view',
      'Seed Example',
      '--yes',
      '--json',
      ...demo()
    ]);
    const job = JSON.parse(stdout) as JobStatus;
    expect(job).toMatchObject({ status: 'Completed', created: 3, failed: 2, skipped: 0 });
    expect(job.results.filter((result) => result.status === 'Failed').map((result) => result.code)).toEqual([
      'PHONE_MISSING',
      'VCC_USER_EXISTS'
    ]);
    expect(code).toBe(1);
  }, 30_000);

  it('tells bad input apart with exit 2 and a clear message', async () => {
    const state = demo();
    const unknownView = await run([
      'check',
      '--template',
      'template.agent@vcc.example',
      '--view',
      'Nope',
      ...state
    ]);
    expect(unknownView.code).toBe(2);
    expect(unknownView.stderr).toMatch(
      /vcc-users: No User list view is called 'Nope'\. Views: All Active Users, /
    );
    const unknownTemplate = await run([
      'create',
      '--template',
      'ghost@vcc.example',
      '--view',
      'Seed Example',
      '--yes',
      ...state
    ]);
    expect(unknownTemplate.code).toBe(2);
    expect(unknownTemplate.stderr).toContain("No VCC user has the username 'ghost@vcc.example'");
    const badStart = await run(['generate-ids', '--view', 'Sales Team', '--starting-id', '12x', ...state]);
    expect(badStart.code).toBe(2);
    expect(badStart.stderr).toContain("Starting ID '12x' is not a whole number");
    const noYes = await run([
      'create',
      '--template',
      'template.agent@vcc.example',
      '--view',
      'Seed Example',
      ...state
    ]);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('Add --yes');
  }, 60_000);

  it('generate-ids: --dry-run saves nothing, then IDs are saved and shown by check', async () => {
    const state = demo();
    const dry = await run([
      'generate-ids',
      '--view',
      'New Starters',
      '--starting-id',
      '4000',
      '--dry-run',
      '--json',
      ...state
    ]);
    const preview = JSON.parse(dry.stdout) as { userId: string; agentId: string }[];
    expect(preview).toHaveLength(40);
    const before = await run(['check', '--view', 'New Starters', '--json', ...state]);
    expect(
      (JSON.parse(before.stdout) as { users: { agentId: string | null }[] }).users.every(
        (user) => user.agentId === null
      )
    ).toBe(true);
    const saved = await run([
      'generate-ids',
      '--view',
      'New Starters',
      '--starting-id',
      '4000',
      '--json',
      ...state
    ]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toEqual({ assignments: preview, errors: [] });
    const after = await run([
      'check',
      '--template',
      'template.agent@vcc.example',
      '--view',
      'New Starters',
      '--json',
      ...state
    ]);
    const checked = JSON.parse(after.stdout) as {
      users: { agentId: string }[];
      checks: { issues: { code: string }[] }[];
    };
    expect(checked.users.map((user) => user.agentId)).toEqual(preview.map((row) => row.agentId));
    expect(checked.checks.flatMap((check) => check.issues.map((issue) => issue.code))).not.toContain(
      'AGENT_ID_MISSING'
    );
  }, 60_000);

  it('a run killed halfway and started again finishes the rest and creates nobody twice', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 40 } });
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'vcc-cli-kill-'));
      const users = Array.from({ length: 24 }, (_, i) => ({
        id: `005KILL${String(i).padStart(11, '0')}`,
        name: `Kill Test ${i}`,
        username: `kill.test${i}@example.com`,
        email: `kill.test${i}@example.com`,
        phone: `+44 20 7946 ${7000 + i}`,
        agentId: String(60_000 + i),
        callCenterId: '04v000000000001AAA'
      }));
      const org: DemoOrgData = {
        users,
        callCenters: [{ id: '04v000000000001AAA', name: 'VCC' }],
        listViews: [
          {
            id: '00BKILL000000001AAA',
            label: 'Kill Test',
            developerName: 'Kill_Test',
            userIds: users.map((u) => u.id)
          }
        ]
      };
      writeFileSync(path.join(dir, 'org.json'), JSON.stringify(org));
      const args = [
        'create',
        '--template',
        'template.agent@vcc.example',
        '--view',
        'Kill Test',
        '--yes',
        '--json'
      ];
      args.push(
        '--org-data',
        path.join(dir, 'org.json'),
        '--state-dir',
        dir,
        '--vcc-url',
        sim.url,
        '--rate',
        '25',
        '--chunk-size',
        '5'
      );
      const statePath = path.join(dir, 'org-state-org.json');
      const resultCount = (): number => {
        if (!existsSync(statePath)) {
          return 0;
        }
        const state = JSON.parse(readFileSync(statePath, 'utf8')) as DemoOrgData;
        return Object.values(state.results ?? {}).reduce((sum, list) => sum + list.length, 0);
      };

      const first = start(args);
      while (resultCount() < 6) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      first.child.kill('SIGKILL');
      await first.done;
      const createdBeforeRestart = sim.stats.usersCreated;
      expect(createdBeforeRestart).toBeGreaterThanOrEqual(6);
      expect(createdBeforeRestart).toBeLessThan(24);

      const second = await run(args);
      const job = JSON.parse(second.stdout) as JobStatus;
      expect(second.code).toBe(0);
      expect(job).toMatchObject({ status: 'Completed', total: 24, processed: 24, created: 24, failed: 0 });
      expect(new Set(job.results.map((result) => result.userId)).size).toBe(24);
      expect(sim.stats.usersCreated).toBe(24);
      for (const user of users) {
        expect(sim.store.listUsers('All').filter((vcc) => vcc.username === user.username)).toHaveLength(1);
      }
    } finally {
      await sim.close();
    }
  }, 90_000);

  it('job ID prints a job and writes its results as CSV', async () => {
    const state = demo();
    const created = JSON.parse(
      (
        await run([
          'create',
          '--template',
          'template.agent@vcc.example',
          '--view',
          'Seed Example',
          '--yes',
          '--json',
          ...state
        ])
      ).stdout
    ) as JobStatus;
    const csv = path.join(state[1], 'results.csv');
    const shown = await run(['job', created.jobId, '--csv', csv, ...state]);
    expect(shown.stdout).toMatch(
      new RegExp(`^Job ${created.jobId} Completed: 3 created, 2 failed, 0 skipped of 5`)
    );
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('userId,username,status,code,message,agentId,vccUserId');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toContain(
      ',ben.carter@northwind.example,Failed,PHONE_MISSING,The user has no telephone number.'
    );
  }, 60_000);
});
