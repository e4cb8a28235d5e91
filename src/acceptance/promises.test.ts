/**
 * Acceptance: the other promises of the contract, end to end through `vcc-users`: a VCC limit below the client's
 * pace, the licence limit, Supervisor templates (permissions, no voice), re-runs that add what an admin removed
 * and keep what an admin added, and the read-only probe in each reading of VCC's contradictory points.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSimulator, type RunningSimulator } from '../vcc/simulator/server';
import type { SimulatorData } from '../vcc/simulator/store';
import { seededRandom } from '../vcc/simulator/data';
import {
  cli,
  countProblems,
  duplicates,
  incompleteUsers,
  linked,
  ORG_DEMO,
  parseJob,
  ROOT,
  sim,
  startCli,
  startTenant,
  state,
  tempDir,
  TEMPLATE,
  until,
  VCC_ACCEPT,
  vccFlags,
  writeOrg
} from './harness';

const create = (org: string, dir: string, simulator: RunningSimulator, extra: string[] = []): string[] => [
  'create',
  '--template',
  TEMPLATE,
  '--view',
  'Acceptance View',
  '--yes',
  '--json',
  '--org-data',
  org,
  '--state-dir',
  dir,
  ...vccFlags(simulator),
  ...extra
];

/** One call to the simulator's API, as any client of VCC would make it. */
async function vcc(
  simulator: RunningSimulator,
  method: string,
  route: string,
  body?: unknown
): Promise<unknown> {
  const tokenAnswer = await fetch(`${simulator.url}/Auth/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret'
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const response = await fetch(`${simulator.url}/useradmin${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: VCC_ACCEPT, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  expect({ route, status: response.status }).toEqual({ route, status: 200 });
  return response.json();
}

describe('promises of the contract', () => {
  it("a VCC limit below the client's pace: every user still created, none RATE_LIMITED", async () => {
    const simulator = await startTenant({ faults: { rateLimit: 4 } }, 200);
    try {
      const dir = tempDir('pace');
      const run = await cli(create(writeOrg(dir, 8), dir, simulator, ['--rate', '8']));
      const job = parseJob(run);
      expect(job.results.filter((result) => result.status !== 'Created')).toEqual([]);
      expect(run.code).toBe(0);
      expect(incompleteUsers(await state(simulator), linked(job))).toEqual([]);
    } finally {
      await simulator.close();
    }
  }, 90_000);

  it('the licence limit: LICENCE_LIMIT for the rest, without a refused create for each of them', async () => {
    const simulator = await startTenant({}, 200);
    try {
      const { licencesUsed } = await sim<{ licencesUsed: number }>(simulator, 'stats');
      await sim(simulator, 'tenant', { licences: licencesUsed + 2 });
      const dir = tempDir('licence');
      const run = await cli(create(writeOrg(dir, 12), dir, simulator));
      const job = parseJob(run);
      expect(run.code).toBe(1);
      expect(countProblems(job)).toEqual([]);
      expect(job.created).toBe(2);
      expect(job.results.filter((r) => r.status !== 'Created').map((r) => r.code)).toEqual(
        Array(10).fill('LICENCE_LIMIT')
      );
      const stats = await sim<{ byStatus: Record<string, number> }>(simulator, 'stats');
      expect(stats.byStatus['400'] ?? 0).toBeLessThanOrEqual(2);
    } finally {
      await simulator.close();
    }
  }, 60_000);

  it('a Supervisor template without voice: permissions copied, no agent ID sent, a re-run links them', async () => {
    const data = JSON.parse(readFileSync(path.join(ROOT, 'data/vcc-demo.json'), 'utf8')) as SimulatorData;
    const simulator = await startSimulator({ data, strict: true });
    try {
      const dir = tempDir('supervisor');
      const args = [
        'create',
        '--template',
        'template.supervisor@vcc.example',
        '--view',
        'Supervisors',
        '--yes'
      ];
      const flags = [
        '--json',
        '--org-data',
        ORG_DEMO,
        '--state-dir',
        dir,
        ...vccFlags(simulator),
        '--rate',
        '0'
      ];
      const job = parseJob(await cli([...args, ...flags]));
      expect(countProblems(job)).toEqual([]);
      expect(job.created).toBeGreaterThan(0);
      const after = await state(simulator);
      const template = after.users.find((u) => u.username === 'template.supervisor@vcc.example')!;
      for (const result of job.results.filter((r) => r.status === 'Created')) {
        const user = after.users.find((u) => u.username === result.username)!;
        expect({ user: user.username, permissions: user.permissions }).toEqual({
          user: user.username,
          permissions: template.permissions
        });
        expect(user.userAccountConfiguration).not.toHaveProperty('agentConfiguration');
      }
      const again = parseJob(await cli([...args, ...flags]));
      expect(countProblems(again)).toEqual([]);
      expect(again.results.filter((r) => r.code === 'VCC_USER_EXISTS')).toEqual([]);
      expect(again.alreadyLinked).toBe(job.created);
    } finally {
      await simulator.close();
    }
  }, 60_000);

  it('tokens revoked mid-run (401): a new token is fetched and every user is created', async () => {
    const simulator = await startTenant({ faults: { latencyMs: 30 } }, 200);
    try {
      const dir = tempDir('revoke');
      const running = startCli(
        create(writeOrg(dir, 10), dir, simulator, ['--rate', '0', '--chunk-size', '3'])
      );
      await until(async () => (await sim<{ usersCreated: number }>(simulator, 'stats')).usersCreated >= 2);
      const revoked = await fetch(`${simulator.url}/_sim/revoke-tokens`, { method: 'POST' });
      expect(revoked.status).toBe(200);
      const run = await running.done;
      const job = parseJob(run);
      expect(job.results.filter((result) => result.status !== 'Created')).toEqual([]);
      expect(run.code).toBe(0);
      expect(incompleteUsers(await state(simulator), linked(job))).toEqual([]);
    } finally {
      await simulator.close();
    }
  }, 60_000);

  it('dropped answers to creates of users without agent ID (no-voice Supervisor): nobody created twice', async () => {
    const data = JSON.parse(readFileSync(path.join(ROOT, 'data/vcc-demo.json'), 'utf8')) as SimulatorData;
    const simulator = await startSimulator({
      data,
      strict: true,
      faults: { dropRate: 0.5 },
      random: seededRandom(3)
    });
    try {
      const dir = tempDir('dropsup');
      const args = [
        'create',
        '--template',
        'template.supervisor@vcc.example',
        '--view',
        'Supervisors',
        '--yes'
      ];
      const job = parseJob(
        await cli([
          ...args,
          '--json',
          '--org-data',
          ORG_DEMO,
          '--state-dir',
          dir,
          ...vccFlags(simulator),
          '--rate',
          '0'
        ])
      );
      expect(countProblems(job)).toEqual([]);
      expect((await sim<{ dropped: number }>(simulator, 'stats')).dropped).toBeGreaterThan(0);
      expect(job.results.filter((r) => ['VCC_USER_EXISTS', 'AGENT_ID_IN_USE'].includes(r.code))).toEqual([]);
      const after = await state(simulator);
      expect(duplicates(after)).toEqual([]);
      expect(incompleteUsers(after, linked(job), 'template.supervisor@vcc.example')).toEqual([]);
      const { usersCreated } = await sim<{ usersCreated: number }>(simulator, 'stats');
      expect(usersCreated).toBe(job.created + job.partiallyCreated);
    } finally {
      await simulator.close();
    }
  }, 60_000);

  it('a re-run adds what an admin removed (Updated) and keeps what an admin added', async () => {
    const simulator = await startTenant({}, 200);
    try {
      const dir = tempDir('repair');
      const org = writeOrg(dir, 3);
      const first = parseJob(await cli(create(org, dir, simulator, ['--rate', '0'])));
      expect(first.created).toBe(3);
      const [a, b] = first.results.map((result) => result.vccUserId!);
      const skills = (await vcc(simulator, 'GET', `/users/${a}/skills?limit=100`)) as {
        agentSkills?: { skillId: string; agentSkillLevel: number }[];
        items?: { skillId: string; agentSkillLevel: number }[];
      };
      const kept = (skills.agentSkills ?? skills.items ?? []).slice(1);
      await vcc(simulator, 'PUT', `/users/${a}/skills`, {
        agentSkills: kept.map((s) => ({ skillId: s.skillId, agentSkillLevel: Number(s.agentSkillLevel) }))
      });
      const extra = (await state(simulator)).groups!.find((group) => group.name === 'Group 9')!;
      const groups = (await vcc(simulator, 'GET', `/users/${b}/groups?limit=100`)) as {
        agentGroups?: { groupId: string }[];
        items?: { groupId: string }[];
      };
      const ids = [...(groups.agentGroups ?? groups.items ?? []).map((g) => g.groupId), extra.groupId];
      await vcc(simulator, 'PUT', `/users/${b}/groups`, { agentGroups: ids.map((groupId) => ({ groupId })) });

      const run = await cli(create(org, dir, simulator, ['--rate', '0']));
      const job = parseJob(run);
      expect(run.code).toBe(0);
      expect(countProblems(job)).toEqual([]);
      expect(job.results.map((result) => result.status)).toEqual([
        'Updated',
        'AlreadyLinked',
        'AlreadyLinked'
      ]);
      expect(job.results[0].message).toMatch(/skill/i);
      const after = await state(simulator);
      expect(incompleteUsers(after, linked(job))).toEqual([]);
      expect(after.groups!.find((group) => group.groupId === extra.groupId)!.users).toContain(b);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});

describe('vcc-users probe (read-only)', () => {
  it.each([
    { pageBase: 0, arrayName: 'named', capacityKey: 'camel', skillLevelType: 'number' } as const,
    { pageBase: 1, arrayName: 'items', capacityKey: 'pascal', skillLevelType: 'string' } as const
  ])(
    'reports how a tenant answering %o behaves on each contradictory point, and writes nothing',
    async (reading) => {
      const simulator = await startTenant(reading, 60);
      try {
        const before = await state(simulator);
        const run = await cli([
          'probe',
          '--template',
          TEMPLATE,
          '--json',
          '--state-dir',
          tempDir('probe'),
          ...vccFlags(simulator)
        ]);
        expect(run.code).toBe(0);
        const result = JSON.parse(run.stdout) as { ok: boolean; findings: Record<string, string> };
        expect(result.ok).toBe(true);
        expect(result.findings.pageBase).toMatch(new RegExp(`^${reading.pageBase}\\b`));
        expect(result.findings.arrayName).toMatch(reading.arrayName === 'items' ? /^items\b/ : /^users\b/);
        expect(result.findings.capacityKeys).toMatch(
          reading.capacityKey === 'camel' ? /^camel/i : /^pascal/i
        );
        expect(result.findings.skillLevelType).toMatch(new RegExp(`^${reading.skillLevelType}`));
        expect(await state(simulator)).toEqual(before);
      } finally {
        await simulator.close();
      }
    },
    30_000
  );
});
