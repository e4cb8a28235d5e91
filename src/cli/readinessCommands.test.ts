/** vcc-users fix, api-user and the readiness of check, end to end in child processes on the shipped demo org. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiUserHealth } from '../core';
import type { DemoOrgData } from '../service/DemoOrg';
import type { FixReport } from '../service/readinessService';

const BIN = path.resolve(__dirname, '../../bin/vcc-users.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** A fresh state directory on the shipped demo data. */
function demo(): string[] {
  return [
    '--state-dir',
    mkdtempSync(path.join(tmpdir(), 'vcc-ready-')),
    '--vcc-data',
    path.resolve(__dirname, '../../data/vcc-demo.json')
  ];
}

/** How many users of the Support London team lack the Task access permission set, and a call center. */
function supportLondon(): { need: number; noCenter: number } {
  const org = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../data/org-demo.json'), 'utf8')
  ) as DemoOrgData;
  const set = org.readiness?.permissionSets?.find((one) => one.name === 'VCC_Task_Field_Access')?.id;
  const team = org.users.filter((user) => user.team === 'Support London');
  return {
    need: team.filter((user) => !(org.readiness?.assignments?.[user.id] ?? []).includes(set ?? '')).length,
    noCenter: team.filter((user) => !user.callCenterId).length
  };
}

describe('vcc-users readiness commands', () => {
  it('fix --dry-run changes nothing; fix then changes exactly the users that need it', async () => {
    const state = demo();
    const fix = [
      'fix',
      '--view',
      'Support Team - London',
      '--assign-permission-set',
      'VCC_Task_Field_Access'
    ];
    const dry = await run([
      ...fix,
      '--call-center',
      'Vonage Contact Center',
      '--dry-run',
      '--json',
      ...state
    ]);
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as FixReport;
    const { need, noCenter } = supportLondon();
    expect(planned.counts.map((entry) => entry.outcomes)).toEqual([
      { alreadyHad: 60 - need, wouldAssign: need },
      { alreadySet: 60 - noCenter, wouldSet: noCenter }
    ]);
    expect(need).toBeGreaterThan(0);
    const done = await run([...fix, '--json', ...state]);
    const report = JSON.parse(done.stdout) as FixReport;
    expect(report.counts.map((entry) => entry.outcomes)).toEqual([{ alreadyHad: 60 - need, assigned: need }]);
    const again = await run([...fix, ...state]);
    expect(again.stdout).toContain('permission set VCC_Task_Field_Access: 60 alreadyHad');
  }, 60_000);

  it('fix refuses an unknown permission set with exit 2 and changes nothing', async () => {
    const state = demo();
    const bad = await run(['fix', '--view', 'New Starters', '--assign-permission-set', 'Nope', ...state]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("No permission set is named 'Nope': nothing was changed.");
  }, 60_000);

  it('api-user: exit 0 for a healthy API user, 1 with the failing requirement and its fix', async () => {
    const state = demo();
    const good = await run(['api-user', '--username', 'vcc.api@northwind.example', '--json', ...state]);
    expect(good.code).toBe(0);
    expect((JSON.parse(good.stdout) as ApiUserHealth).ok).toBe(true);
    const frozen = await run(['api-user', '--username', 'api.frozen@northwind.example', ...state]);
    expect(frozen.code).toBe(1);
    expect(frozen.stdout).toMatch(/FAIL NOT_FROZEN\s+The user is frozen\.\n\s+fix: Unfreeze the user/);
    const answered = await run([
      'api-user',
      '--username',
      'vcc.api@northwind.example',
      '--data-connector-inserts',
      'yes',
      ...state
    ]);
    expect(answered.code).toBe(1);
    expect(answered.stdout).toMatch(/FAIL MODIFY_ALL_DATA/);
    const several = await run(['api-user', ...state]);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(
      /\d+ users have an API user permission set \(.*vcc\.api@northwind\.example/
    );
  }, 60_000);

  it('check shows the readiness of each user', async () => {
    const state = demo();
    const checked = await run(['check', '--view', 'New Starters', '--json', ...state]);
    const { readiness } = JSON.parse(checked.stdout) as { readiness: { issues: { code: string }[] }[] };
    expect(readiness).toHaveLength(40);
    expect(
      readiness.every((row) => row.issues.some((issue) => issue.code === 'VCC_PERMISSION_SET_MISSING'))
    ).toBe(true);
  }, 60_000);
});
