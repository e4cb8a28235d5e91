/** Test helpers: the service over a fresh demo org and a simulator on 127.0.0.1, and the invariants of a job. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countStatuses, usernameKey, type JobStatus } from '../core';
import type { VccClientOptions } from '../vcc/client';
import type { RunningSimulator, SimulatorOptions } from '../vcc/simulator/server';
import { clientFor, startTestSimulator } from '../vcc/testing';
import { DemoOrg, type DemoOrgData } from './DemoOrg';
import { VccUserCreationService, type ServiceOptions } from './VccUserCreationService';

/** The shipped demo org (data/org-demo.json), a fresh copy each time. */
export function orgDemoData(): DemoOrgData {
  return JSON.parse(readFileSync(path.resolve(__dirname, '../../data/org-demo.json'), 'utf8')) as DemoOrgData;
}

export interface TestService {
  service: VccUserCreationService;
  org: DemoOrg;
  sim: RunningSimulator;
  viewId(label: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestService(
  options: {
    orgData?: DemoOrgData;
    simulator?: Partial<SimulatorOptions>;
    client?: Partial<VccClientOptions>;
    service?: ServiceOptions;
  } = {}
): Promise<TestService> {
  const sim = await startTestSimulator(options.simulator);
  const org = new DemoOrg(options.orgData ?? orgDemoData());
  const service = new VccUserCreationService(org, clientFor(sim, options.client), options.service);
  return {
    service,
    org,
    sim,
    viewId: async (label) => {
      const view = (await service.getUserListViews()).find((candidate) => candidate.label === label);
      if (!view) {
        throw new Error(`no view ${label}`);
      }
      return view.id;
    },
    close: () => sim.close()
  };
}

/**
 * What must hold after any job, whatever happened to it: one result per user, counts equal to the statuses and
 * adding up to `processed`, no VCC username twice, and every user the job reports linked (Created, Updated,
 * AlreadyLinked) holds every skill and group of the template. Gives the problems found (empty when none).
 */
export function jobProblems(job: JobStatus, sim: RunningSimulator, templateUsername: string): string[] {
  const problems: string[] = [];
  const ids = job.results.map((result) => result.userId);
  if (new Set(ids).size !== ids.length) {
    problems.push('a user has more than one result');
  }
  if (job.status !== 'Running' && job.status !== 'Queued' && ids.length !== job.total) {
    problems.push(`${ids.length} results for ${job.total} users`);
  }
  const counts = countStatuses(job.results);
  for (const [name, count] of Object.entries(counts)) {
    if (job[name as keyof typeof counts] !== count) {
      problems.push(`${name} is ${job[name as keyof typeof counts]}, the results say ${count}`);
    }
  }
  const sum = Object.values(counts).reduce((a, b) => a + b, 0);
  if (sum !== job.processed) {
    problems.push(`the counts add up to ${sum}, processed is ${job.processed}`);
  }
  const usernames = sim.store.listUsers('All').map((user) => usernameKey(user.username));
  if (new Set(usernames).size !== usernames.length) {
    problems.push('a VCC username exists twice');
  }
  const template = sim.store.findByUsername(templateUsername)!;
  const skills = sim.store.getSkills(template.userId).map((skill) => skill.skillId);
  const groups = sim.store.getUserGroups(template.userId).map((group) => group.groupId);
  for (const result of job.results) {
    if (!['Created', 'Updated', 'AlreadyLinked'].includes(result.status)) {
      continue;
    }
    const user = result.vccUserId
      ? sim.store.listUsers('All').find((u) => u.userId === result.vccUserId)
      : null;
    if (!user) {
      problems.push(`${result.username} is ${result.status} without a VCC user`);
      continue;
    }
    const has = new Set(sim.store.getSkills(user.userId).map((skill) => skill.skillId));
    const inGroups = new Set(sim.store.getUserGroups(user.userId).map((group) => group.groupId));
    if (skills.some((id) => !has.has(id)) || groups.some((id) => !inGroups.has(id))) {
      problems.push(`${result.username} is ${result.status} without every skill and group of the template`);
    }
  }
  return problems;
}
