/**
 * Acceptance: the VCC contract, end to end. The simulator answers in each reading of VCC's contradictory points
 * (strict mode on) with thousands of users holding agent IDs, a template of 30 skills and groups of 41 where the
 * template is member 31; `vcc-users` is pointed at it with --vcc-url and --vcc-token-url.
 */
import type { JobStatus } from '../core';
import type { Tenant } from '../vcc/simulator/server';
import {
  cli,
  countProblems,
  duplicates,
  incompleteUsers,
  lostMembers,
  ORG_DEMO,
  parseJob,
  startTenant,
  state,
  tempDir,
  TEMPLATE,
  VCC_ACCEPT,
  vccFlags
} from './harness';

/** The first reading runs at the CLI's default pace, the others unpaced to keep the suite short. */
const READINGS: Partial<Tenant>[] = [
  { pageBase: 0, arrayName: 'named', capacityKey: 'camel', skillLevelType: 'number' },
  { pageBase: 1, arrayName: 'items', capacityKey: 'pascal', skillLevelType: 'string' },
  { pageBase: 0, arrayName: 'items', capacityKey: 'pascal', skillLevelType: 'number' },
  { pageBase: 1, arrayName: 'named', capacityKey: 'camel', skillLevelType: 'string' }
];

const numeric = (id: string | null | undefined): string => (id ? String(Number(id)) : '');

describe.each(READINGS)('vcc-users against a tenant answering %o', (reading) => {
  const pace = reading === READINGS[0] ? [] : ['--rate', '0'];
  it("the help page's example: 3 created, 2 failed, each complete, no group loses a member", async () => {
    const simulator = await startTenant(reading);
    try {
      const before = await state(simulator);
      const template = before.users.find((user) => user.username === TEMPLATE)!;
      const templateGroups = before.groups!.filter((group) => group.users!.includes(template.userId!));
      expect(template.skills).toHaveLength(30);
      expect(templateGroups.filter((group) => group.users!.indexOf(template.userId!) >= 25)).toHaveLength(9);
      const args = ['create', '--template', TEMPLATE, '--view', 'Seed Example', '--yes', '--json'];
      const run = await cli([
        ...args,
        '--org-data',
        ORG_DEMO,
        '--state-dir',
        tempDir('seed'),
        ...vccFlags(simulator),
        ...pace
      ]);
      const job: JobStatus = parseJob(run);
      expect({ code: run.code, created: job.created, failed: job.failed, status: job.status }).toEqual({
        code: 1,
        created: 3,
        failed: 2,
        status: 'Completed'
      });
      expect(
        job.results
          .filter((r) => r.status === 'Failed')
          .map((r) => r.code)
          .sort()
      ).toEqual(['PHONE_MISSING', 'VCC_USER_EXISTS']);
      expect(countProblems(job)).toEqual([]);
      const after = await state(simulator);
      const created = job.results.filter((r) => r.status === 'Created').map((r) => r.username ?? '');
      expect(incompleteUsers(after, created)).toEqual([]);
      // Each new user holds its own agent ID and telephone number, never the template's.
      for (const result of job.results.filter((r) => r.status === 'Created')) {
        const user = after.users.find((u) => u.username === result.username)!;
        const config = (user.userAccountConfiguration as { agentConfiguration: Record<string, unknown> })
          .agentConfiguration;
        expect(numeric(config.agentDisplayId as string)).toBe(numeric(result.agentId));
        const telephony = config.telephonyAddress as Record<string, unknown>;
        expect(telephony.telephoneAddress).not.toBe('+442079400000');
        expect(telephony.telephoneAddress).toBeTruthy();
      }
      expect(lostMembers(before, after)).toEqual([]);
      expect(duplicates(after)).toEqual([]);
    } finally {
      await simulator.close();
    }
  }, 60_000);

  it('generate-ids skips every agent ID held in VCC, archived users included', async () => {
    const simulator = await startTenant(reading);
    try {
      const held = new Set((await state(simulator)).users.map((u) => numeric(agentIdOf(u))));
      const args = ['generate-ids', '--view', 'Sales Team', '--starting-id', '5000', '--dry-run', '--json'];
      const run = await cli([
        ...args,
        '--org-data',
        ORG_DEMO,
        '--state-dir',
        tempDir('ids'),
        ...vccFlags(simulator),
        ...pace
      ]);
      expect({ code: run.code, stderr: run.stderr.includes('vcc-users:') ? run.stderr : '' }).toEqual({
        code: 0,
        stderr: ''
      });
      const rows = JSON.parse(run.stdout) as { userId: string; agentId: string }[];
      expect(rows).toHaveLength(80);
      expect(rows.filter((row) => held.has(numeric(row.agentId))).map((row) => row.agentId)).toEqual([]);
      expect(new Set(rows.map((row) => numeric(row.agentId))).size).toBe(80);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});

function agentIdOf(user: { userAccountConfiguration: unknown }): string | null {
  const config = user.userAccountConfiguration as { agentConfiguration?: { agentDisplayId?: string } };
  return config.agentConfiguration?.agentDisplayId ?? null;
}

describe('the simulator speaks the documented create body (strict mode)', () => {
  async function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
    const tokenAnswer = await fetch(`${url}/Auth/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret&scope=users%3Awrite'
    });
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
    const response = await fetch(`${url}/useradmin/users?allowOverages=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, accept: VCC_ACCEPT, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    });
    return { status: response.status, text: await response.text() };
  }

  const documented = (username: string, agentId: string): Record<string, unknown> => ({
    username,
    name: 'Documented Body',
    email: username,
    userAccountConfiguration: {
      role: 'Agent',
      actAsAgent: true,
      agentConfiguration: {
        agentDisplayId: agentId,
        webrtc: true,
        location: 'GB',
        capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
        telephonyAddress: {
          telephoneAddress: '+442079460123',
          outboundTelephonyRegion: 'eaf39b3a-1d61-4c30-aa64-61193cce24ac'
        }
      }
    }
  });

  it('accepts boolean actAsAgent with a sibling agentConfiguration; refuses an object actAsAgent and read-only fields', async () => {
    const simulator = await startTenant({}, 10);
    try {
      const accepted = await post(simulator.url, documented('doc.body@accept.example', '77001'));
      expect(accepted.status).toBe(201);
      expect(JSON.parse(accepted.text)).toMatchObject({ username: 'doc.body@accept.example' });

      const nested = documented('nested.body@accept.example', '77002');
      const config = nested.userAccountConfiguration as Record<string, unknown>;
      config.actAsAgent = { agentConfiguration: config.agentConfiguration };
      delete config.agentConfiguration;
      const refusedNested = await post(simulator.url, nested);
      expect(refusedNested.status).toBe(400);
      expect(refusedNested.text).toMatch(/actAsAgent/);

      for (const [index, [field, place]] of (
        [
          ['chargeable', 'userAccountConfiguration'],
          ['userId', 'root'],
          ['locked', 'root'],
          ['lastLoginTime', 'root']
        ] as const
      ).entries()) {
        const body = documented(`ro.${field.toLowerCase()}@accept.example`, `7710${index}`);
        const target = place === 'root' ? body : (body.userAccountConfiguration as Record<string, unknown>);
        target[field] = field === 'lastLoginTime' ? '2026-01-01T00:00:00Z' : field === 'userId' ? 'x' : true;
        const refused = await post(simulator.url, body);
        expect({ field, status: refused.status }).toEqual({ field, status: 400 });
        expect(refused.text).toContain(field);
      }
      const users = (await state(simulator)).users.map((user) => user.username);
      expect(users.filter((name) => name.endsWith('@accept.example'))).toEqual(['doc.body@accept.example']);
    } finally {
      await simulator.close();
    }
  }, 30_000);
});
