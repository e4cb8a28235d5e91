/**
 * Acceptance harness: a VCC simulator started in-process on 127.0.0.1 (port 0) with data built here, the
 * `vcc-users` command run as a child process, and checks made only through public interfaces (the CLI's
 * output and exit code, the simulator's HTTP API and its /_sim/* endpoints).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreationResult, JobStatus } from '../core';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../vcc/simulator/server';
import type { SimulatorData, SimulatorUser } from '../vcc/simulator/store';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/vcc-users.js');
export const ORG_DEMO = path.join(ROOT, 'data/org-demo.json');
export const TEMPLATE = 'template.agent@vcc.example';
export const VCC_ACCEPT = 'application/vnd.newvoicemedia.v4+json';

/** The first agent ID held by the generated VCC users; every fourth ID from here is left free. */
export const VCC_ID_BASE = 5000;
const SKILL_COUNT = 30;
const GROUP_SIZE = 40;
/** The template's place in the big groups: member 31, on the second page of 25. */
const TEMPLATE_PLACE = 30;

const skillId = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const groupId = (i: number): string => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
const userId = (i: number): string => `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;

function agentConfiguration(agentId: string, phone: string): Record<string, unknown> {
  return {
    agentDisplayId: agentId,
    webrtc: true,
    location: 'GB',
    capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
    outboundWrapUp: 30,
    telephonyAddress: {
      telephoneAddress: phone,
      outboundTelephonyRegion: 'eaf39b3a-1d61-4c30-aa64-61193cce24ac',
      nationalDisplay: false
    }
  };
}

function agent(index: number, username: string, agentId: string, active = true): SimulatorUser {
  return {
    userId: userId(index),
    username,
    name: `Existing ${index}`,
    email: username,
    active,
    userAccountConfiguration: {
      role: 'Agent',
      actAsAgent: true,
      agentConfiguration: agentConfiguration(agentId, `+4420794${String(index).padStart(5, '0')}`)
    },
    skills: [{ skillId: skillId(index % SKILL_COUNT), agentSkillLevel: 5 }]
  } as SimulatorUser;
}

/**
 * A tenant of `existing` users holding agent IDs from VCC_ID_BASE (every fourth ID free, every tenth user
 * archived), the agent template with 30 skills (levels 1 to 10) in 8 groups of 40 where it is member 31, one
 * where it is member 1 and one of hundreds where it is member 251 (with 700 users or more), and the username of the help page's Daniel Okafor already taken.
 */
export function tenantData(existing = 3000): SimulatorData {
  const users: SimulatorUser[] = [];
  let id = VCC_ID_BASE;
  for (let i = 0; i < existing; i++) {
    if ((id - VCC_ID_BASE) % 4 === 3) {
      id++;
    }
    users.push(agent(i + 10, `existing.${i}@vcc.example`, String(id++), i % 10 !== 9));
  }
  users.push(agent(1, 'daniel.okafor@northwind.example', '4444'));
  const template = agent(0, TEMPLATE, '9001');
  template.skills = Array.from({ length: SKILL_COUNT }, (_, i) => ({
    skillId: skillId(i),
    agentSkillLevel: (i % 10) + 1
  }));
  users.unshift(template);
  const groups = Array.from({ length: 10 }, (_, g) => {
    const members = users.slice(2 + g * GROUP_SIZE, 2 + (g + 1) * GROUP_SIZE).map((u) => u.userId!);
    if (g < 8) {
      members.splice(TEMPLATE_PLACE, 0, template.userId!);
    } else if (g === 8) {
      members.unshift(template.userId!);
    } else {
      // A group of hundreds, the template far down its list.
      members.push(...users.slice(2 + GROUP_SIZE * 10, 2 + GROUP_SIZE * 10 + 260).map((u) => u.userId!));
      members.splice(Math.min(250, members.length), 0, template.userId!);
    }
    return { groupId: groupId(g), name: `Group ${g}`, users: members };
  });
  const skills = Array.from({ length: SKILL_COUNT + 2 }, (_, i) => ({
    skillId: skillId(i),
    name: `Skill ${i}`
  }));
  return { users, skills, groups };
}

export async function startTenant(
  options: Partial<SimulatorOptions> = {},
  existing = 3000
): Promise<RunningSimulator> {
  return startSimulator({ data: tenantData(existing), strict: true, ...options });
}

/** GET or PUT a control endpoint of the simulator over HTTP. */
export async function sim<T = unknown>(
  simulator: RunningSimulator,
  route: string,
  body?: unknown
): Promise<T> {
  const response = await fetch(`${simulator.url}/_sim/${route}`, {
    method: body === undefined ? 'GET' : 'PUT',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return (await response.json()) as T;
}

export const state = (simulator: RunningSimulator): Promise<SimulatorData> => sim(simulator, 'state');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {}
): { child: ChildProcess; done: Promise<Run> } {
  const began = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SF_ACCESS_TOKEN: '',
      SF_INSTANCE_URL: '',
      VCC_CLIENT_SECRET: 'demo-secret',
      ...env
    }
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - began }))
  );
  return { child, done };
}

export const cli = (args: string[]): Promise<Run> => startCli(args).done;

/** `npm start -- <args>` (scripts/start.ts through tsx), killed after 30 s if it does not end by itself. */
export function startCommand(args: string[]): Promise<Run> {
  const began = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - began });
    })
  );
}

const tempDirs: string[] = [];

/** A fresh directory for one run's files, removed after the test file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `vcc-accept-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The flags that point the CLI at a simulator, its token URL spelled out. */
export const vccFlags = (simulator: RunningSimulator): string[] => [
  '--vcc-url',
  simulator.url,
  '--vcc-token-url',
  `${simulator.url}/Auth/connect/token`,
  '--client-id',
  'demo-client'
];

export function parseJob(run: Run): JobStatus {
  let job: JobStatus | null = null;
  try {
    job = JSON.parse(run.stdout) as JobStatus;
  } catch {
    job = null;
  }
  if (!job || !Array.isArray(job.results)) {
    throw new Error(`no JSON job on stdout (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return job;
}

/** An org file of `count` users with agent IDs from `firstId`, all in the view 'Acceptance View'. */
export function writeOrg(dir: string, count: number, firstId = 70_000, prefix = 'acc'): string {
  const users = Array.from({ length: count }, (_, i) => ({
    id: `005AC${prefix.toUpperCase().slice(0, 3)}${String(i).padStart(10, '0')}`,
    name: `Accept ${prefix} ${i}`,
    username: `${prefix}.${i}@accept.example`,
    email: `${prefix}.${i}@accept.example`,
    phone: `+44 20 7946 ${String(i).padStart(4, '0')}`,
    agentId: String(firstId + i),
    callCenterId: '04vAC0000000001AAA'
  }));
  const file = path.join(dir, `org-${prefix}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      users,
      callCenters: [{ id: '04vAC0000000001AAA', name: 'VCC' }],
      listViews: [
        {
          id: '00BAC0000000001AAA',
          label: 'Acceptance View',
          developerName: 'Acceptance_View',
          userIds: users.map((user) => user.id)
        }
      ]
    })
  );
  return file;
}

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function until(check: () => Promise<boolean> | boolean, limitMs = 60_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error('gave up waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const COUNT_OF: Record<CreationResult['status'], keyof JobStatus> = {
  Created: 'created',
  Updated: 'updated',
  AlreadyLinked: 'alreadyLinked',
  PartiallyCreated: 'partiallyCreated',
  Skipped: 'skipped',
  Failed: 'failed',
  Cancelled: 'cancelled'
};

/** What is wrong with a job's counts: each count equals its statuses, they add up to processed, one result a user. */
export function countProblems(job: JobStatus): string[] {
  const problems: string[] = [];
  for (const [status, key] of Object.entries(COUNT_OF)) {
    const seen = job.results.filter((result) => result.status === status).length;
    if (job[key] !== seen) {
      problems.push(`${String(key)} is ${String(job[key])} but ${seen} results are ${status}`);
    }
  }
  if (job.results.length !== job.processed) {
    problems.push(`processed is ${job.processed} but there are ${job.results.length} results`);
  }
  const ids = job.results.map((result) => result.userId);
  if (new Set(ids).size !== ids.length) {
    problems.push('a user has more than one result');
  }
  return problems;
}

const key = (value: string | undefined | null): string => (value ?? '').trim().toLowerCase();
const agentIdOf = (user: SimulatorUser): string | null => {
  const config = user.userAccountConfiguration as { agentConfiguration?: { agentDisplayId?: string } };
  const id = config.agentConfiguration?.agentDisplayId;
  return id ? String(Number(id)) : null;
};

/** Usernames or agent IDs held by more than one VCC user. */
export function duplicates(data: SimulatorData): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const user of data.users) {
    for (const k of [`username ${key(user.username)}`, `agent ID ${agentIdOf(user) ?? ''}`]) {
      if (!k.endsWith(' ') && seen.has(k)) {
        out.push(k);
      }
      seen.add(k);
    }
  }
  return out;
}

/**
 * What each given VCC user (by username) lacks of the template: a skill at the template's level, or a group.
 * An empty list when every one of them is complete.
 */
export function incompleteUsers(data: SimulatorData, usernames: string[], template = TEMPLATE): string[] {
  const byName = new Map(data.users.map((user) => [key(user.username), user]));
  const source = byName.get(key(template))!;
  const groupsOf = (id: string): string[] =>
    (data.groups ?? []).filter((group) => (group.users ?? []).includes(id)).map((group) => group.name);
  const templateGroups = groupsOf(source.userId!);
  const problems: string[] = [];
  for (const username of usernames) {
    const user = byName.get(key(username));
    if (!user) {
      problems.push(`${username}: not in VCC`);
      continue;
    }
    const levels = new Map(
      (user.skills ?? []).map((skill) => [skill.skillId, Number(skill.agentSkillLevel)])
    );
    const missingSkills = (source.skills ?? []).filter(
      (skill) => levels.get(skill.skillId) !== Number(skill.agentSkillLevel)
    );
    const groups = new Set(groupsOf(user.userId!));
    const missingGroups = templateGroups.filter((group) => !groups.has(group));
    if (missingSkills.length > 0 || missingGroups.length > 0) {
      problems.push(
        `${username}: ${missingSkills.length} of ${source.skills?.length ?? 0} skills missing, groups missing: ` +
          `[${missingGroups.join(', ')}]`
      );
    }
  }
  return problems;
}

/** Members a group had in `before` and no longer has in `after`. */
export function lostMembers(before: SimulatorData, after: SimulatorData): string[] {
  const now = new Map((after.groups ?? []).map((group) => [group.groupId, new Set(group.users ?? [])]));
  const lost: string[] = [];
  for (const group of before.groups ?? []) {
    const members = now.get(group.groupId) ?? new Set<string>();
    const gone = (group.users ?? []).filter((member) => !members.has(member));
    if (gone.length > 0) {
      lost.push(`${group.name} lost ${gone.length}`);
    }
  }
  return lost;
}

/** Usernames of the results that say the user is in VCC and linked. */
export const linked = (job: JobStatus): string[] =>
  job.results
    .filter((result) => ['Created', 'Updated', 'AlreadyLinked'].includes(result.status))
    .map((result) => result.username ?? '');
