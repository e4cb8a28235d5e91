/**
 * The readiness side of the demo org (the `readiness` section of data/org-demo.json): VCC permission sets, the
 * Task field access permission set, profiles with login hours and IP ranges, assignments that leave users in
 * every readiness state, and API users that each fail one requirement of the health check.
 * Deterministic: the same users always give the same data.
 */
import { TASK_FIELD_ACCESS } from '../core';
import type { DemoUser } from '../service/DemoOrg';
import type { DemoPermissionSet, DemoProfile, DemoReadinessData } from '../service/demoReadiness';
import { recordId } from '../service/salesforceIds';

type NewUser = Partial<DemoUser> & { team: string; name: string; username: string };

/** What this module needs of the demo org's user list. */
export interface DemoUserList {
  readonly all: DemoUser[];
  add(user: NewUser): DemoUser;
}

const ALL_TASK_FIELDS = Object.fromEntries(TASK_FIELD_ACCESS.map(({ field, access }) => [field, access]));
const READ_TASK_FIELDS = Object.fromEntries(TASK_FIELD_ACCESS.map(({ field }) => [field, 'read' as const]));

const SETS = {
  agent: recordId('0PS', 1),
  supervisor: recordId('0PS', 2),
  apiUser: recordId('0PS', 3),
  taskAccess: recordId('0PS', 4),
  salesActivity: recordId('0PS', 5),
  apiExtra: recordId('0PS', 6)
};

const PERMISSION_SETS: DemoPermissionSet[] = [
  { id: SETS.agent, name: 'NVMContactWorld__ContactWorld_Agent', label: 'ContactWorld Agent' },
  { id: SETS.supervisor, name: 'NVMContactWorld__ContactWorld_Supervisor', label: 'ContactWorld Supervisor' },
  {
    id: SETS.apiUser,
    name: 'NVMContactWorld__ContactWorld_API_User',
    label: 'ContactWorld API User',
    permissions: ['ApiEnabled', 'EditTask', 'PasswordNeverExpires']
  },
  {
    id: SETS.taskAccess,
    name: 'VCC_Task_Field_Access',
    label: 'VCC Task Field Access',
    taskFields: ALL_TASK_FIELDS
  },
  {
    id: SETS.salesActivity,
    name: 'Sales_Activity',
    label: 'Sales Activity',
    taskFields: { WhoId: 'edit', WhatId: 'edit', Subject: 'edit', Description: 'read' }
  },
  {
    id: SETS.apiExtra,
    name: 'VCC_API_User_Extra',
    label: 'VCC API User (View All)',
    permissions: ['ViewAllUsers', 'ViewAllData']
  }
];

const PROFILES: DemoProfile[] = [
  { name: 'Standard User', taskFields: READ_TASK_FIELDS, permissions: ['EditTask'] },
  { name: 'Supervisor', taskFields: ALL_TASK_FIELDS, permissions: ['EditTask', 'ViewAllUsers'] },
  { name: 'VCC API', permissions: [] },
  { name: 'Restricted Hours', permissions: [], loginHoursRestricted: true },
  { name: 'Office Network', permissions: [], loginIpRanges: 2 }
];

/** The API users: the first passes every requirement, each other fails one (or several, for "no permissions"). */
function apiUsers(users: DemoUserList): { user: DemoUser; sets: string[]; frozen?: boolean }[] {
  const both = [SETS.apiUser, SETS.apiExtra];
  const add = (name: string, username: string, rest: Partial<DemoUser> = {}): DemoUser =>
    users.add({
      team: 'Integration',
      name,
      username,
      phone: null,
      callCenterId: null,
      profileName: 'VCC API',
      ...rest
    });
  return [
    { user: add('VCC API', 'vcc.api@northwind.example'), sets: both },
    {
      user: add('API Platform', 'api.platform@northwind.example', { licenseName: 'Salesforce Platform' }),
      sets: both
    },
    {
      user: add('API Hours', 'api.hours@northwind.example', { profileName: 'Restricted Hours' }),
      sets: both
    },
    {
      user: add('API Office', 'api.office@northwind.example', { profileName: 'Office Network' }),
      sets: both
    },
    { user: add('API Bare', 'api.bare@northwind.example'), sets: [] },
    { user: add('API No View All', 'api.noviewall@northwind.example'), sets: [SETS.apiUser] },
    { user: add('API Frozen', 'api.frozen@northwind.example'), sets: both, frozen: true },
    { user: add('API Inactive', 'api.inactive@northwind.example', { isActive: false }), sets: both }
  ];
}

/** Which permission sets a user of a team has: every readiness state appears in some team. */
function setsOf(user: DemoUser, index: number): string[] {
  switch (user.team) {
    case 'Seed':
      return [SETS.agent, SETS.taskAccess];
    case 'Support London':
      if (index % 7 === 3) {
        return [SETS.taskAccess];
      }
      return index % 11 === 5 ? [SETS.agent, SETS.salesActivity] : [SETS.agent, SETS.taskAccess];
    case 'Sales':
      return index % 3 === 0 ? [SETS.agent, SETS.salesActivity] : [SETS.agent, SETS.taskAccess];
    case 'Supervisors':
      return [SETS.supervisor];
    default:
      return [];
  }
}

/** Adds the API users to the org and gives the readiness section of the demo org. */
export function readinessDemoData(users: DemoUserList): DemoReadinessData {
  const assignments: Record<string, string[]> = {};
  users.all.forEach((user, index) => {
    const sets = setsOf(user, index);
    if (sets.length > 0) {
      assignments[user.id] = sets;
    }
  });
  const frozenUserIds: string[] = [];
  for (const { user, sets, frozen } of apiUsers(users)) {
    if (sets.length > 0) {
      assignments[user.id] = sets;
    }
    if (frozen) {
      frozenUserIds.push(user.id);
    }
  }
  return {
    permissionSets: PERMISSION_SETS,
    profiles: PROFILES,
    assignments,
    frozenUserIds,
    orgWideDefaults: {
      Account: 'Private',
      Contact: 'ControlledByParent',
      Lead: 'ReadWrite',
      Case: 'Private',
      Opportunity: 'Read'
    },
    unpermissionableFields: []
  };
}
