/**
 * The data of npm run bench:ui: an org of 10,000 users in one view (some with issues) and 500 ready to create in
 * another, and a state directory holding a finished 10,000-result job of the big view, as the demo org keeps it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreationResult } from '../../src/core';
import type { DemoOrgData, DemoUser } from '../../src/service/DemoOrg';
import { DemoOrgState, sha256 } from '../../src/service/demoOrgState';
import type { JobRecord } from '../../src/service/OrgGateway';
import { recordId } from '../../src/service/salesforceIds';

export const BIG = 10_000;
export const CREATE = 500;
export const BIG_VIEW = 'Big View';
export const CREATE_VIEW = 'Create 500';
export const TEMPLATE = 'template.agent@vcc.example';
const CENTER = '04v000000000001AAA';

function user(prefix: string, i: number, agentId: number | null): DemoUser {
  return {
    id: `005${prefix}${String(i).padStart(10, '0')}`,
    name: `${prefix} User ${i}`,
    username: `${prefix.toLowerCase()}.user${i}@northwind.example`,
    email: `${prefix.toLowerCase()}.user${i}@northwind.example`,
    phone: i % 37 === 5 ? null : `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
    agentId: agentId === null ? null : String(agentId),
    callCenterId: i % 11 === 3 ? null : CENTER,
    isActive: i % 53 !== 7,
    licenseName: i % 29 === 4 ? 'Salesforce Platform' : 'Salesforce'
  };
}

export function benchOrg(): DemoOrgData {
  const big = Array.from({ length: BIG }, (_, i) => user('BIG', i, i % 2 === 0 ? 300_000 + i : null));
  const create = Array.from({ length: CREATE }, (_, i) => ({
    ...user('NEW', i, 400_000 + i),
    phone: `+44 20 7946 ${String(i).padStart(4, '0')}`,
    callCenterId: CENTER,
    isActive: true,
    licenseName: 'Salesforce'
  }));
  return {
    users: [...big, ...create],
    callCenters: [{ id: CENTER, name: 'Vonage Contact Center' }],
    listViews: [
      {
        id: '00BBENCH00000001AAA',
        label: BIG_VIEW,
        developerName: 'Big_View',
        userIds: big.map((u) => u.id)
      },
      {
        id: '00BBENCH00000002AAA',
        label: CREATE_VIEW,
        developerName: 'Create_500',
        userIds: create.map((u) => u.id)
      }
    ]
  };
}

/** The first user of the big view in the tab's default order (name, ascending). */
export const FIRST_BIG_USER = user('BIG', 0, null).id;

export interface SeededState {
  dir: string;
  orgFile: string;
  /** The finished job of the big view's 10,000 users. */
  jobId: string;
  /** Its first result: the last user of the view (the job ran them in reverse), never on a new job's first page. */
  firstResultUserId: string;
}

/**
 * A temp state directory for `org`, holding a finished job of the big view's users (in reverse order), saved
 * as the demo org saves its jobs and results. Without `seedJob`, the directory and the org file only.
 */
export function seededState(org: DemoOrgData, seedJob: boolean): SeededState {
  const dir = mkdtempSync(path.join(tmpdir(), 'vcc-bench-ui-'));
  const orgFile = path.join(dir, 'org.json');
  const text = JSON.stringify(org);
  writeFileSync(orgFile, text);
  const bigView = org.listViews.find((view) => view.label === BIG_VIEW)!;
  const userIds = [...(bigView.userIds ?? [])].reverse();
  const jobId = recordId('a01', 1);
  if (seedJob) {
    const byId = new Map(org.users.map((one) => [one.id, one]));
    const started = Date.now() - 3_600_000;
    const job: JobRecord = {
      jobId,
      status: 'Completed',
      templateUsername: TEMPLATE,
      userIds,
      total: userIds.length,
      createdAt: new Date(started).toISOString(),
      attempted: [],
      error: null,
      listViewId: bigView.id,
      listViewLabel: bigView.label,
      startedBy: 'bench@local',
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(started + 600_000).toISOString(),
      notice: null
    };
    const state = new DemoOrgState(dir, orgFile, sha256(text));
    state.write({ ...org, jobs: [job] });
    state.appendResults(
      jobId,
      userIds.map((id, i) => seededResult(byId.get(id)!, i))
    );
  }
  return { dir, orgFile, jobId, firstResultUserId: userIds[0] };
}

/** Most created, every 9th failed for want of a phone. */
function seededResult(one: DemoUser, i: number): CreationResult {
  if (i % 9 === 4) {
    return {
      userId: one.id,
      username: one.username,
      status: 'Failed',
      code: 'PHONE_MISSING',
      message:
        'The user has no telephone number. Add a telephone number to the Salesforce user and try again.',
      agentId: one.agentId ?? null,
      vccUserId: null
    };
  }
  return {
    userId: one.id,
    username: one.username,
    status: 'Created',
    code: 'CREATED',
    message: `Created in VCC and linked through agent ID '${one.agentId ?? i}'.`,
    agentId: one.agentId ?? String(500_000 + i),
    vccUserId: `vcc-${i}`
  };
}
