/**
 * The readiness operations on the demo org: per-user readiness from assignments and field permissions, the bulk
 * fixes (exactly the users that need it change, the rest are reported as already fine, a dry run changes
 * nothing, bad input changes nothing), and the API user health check. Also the shipped demo data shows every state.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_READINESS_SETTINGS, TASK_FIELD_ACCESS, type ReadinessCode } from '../core';
import { DemoOrg, type DemoOrgData, type DemoUser } from './DemoOrg';
import { ReadinessService } from './readinessService';

const ALL_FIELDS = Object.fromEntries(TASK_FIELD_ACCESS.map(({ field, access }) => [field, access]));

function user(n: number, rest: Partial<DemoUser> = {}): DemoUser {
  return {
    id: `005${String(n).padStart(15, '0')}`,
    name: `User ${n}`,
    username: `user${n}@example.com`,
    phone: '+44 20 7946 0000',
    callCenterId: '04v000000000001AAA',
    licenseName: 'Salesforce',
    profileName: 'Standard User',
    ...rest
  };
}

function orgData(): DemoOrgData {
  const users = [
    user(1),
    user(2),
    user(3, { callCenterId: null, phone: '12' }),
    user(4, { profileName: 'Full Task', isActive: false }),
    user(5, { username: 'api@example.com', profileName: 'API', licenseName: 'Salesforce Platform' })
  ];
  return {
    users,
    callCenters: [
      { id: '04v000000000001AAA', name: 'VCC EMEA' },
      { id: '04v000000000002AAA', name: 'VCC NAM' }
    ],
    listViews: [{ id: '00B000000000001AAA', label: 'All', developerName: 'All', filter: {} }],
    readiness: {
      permissionSets: [
        {
          id: '0PS000000000001AAA',
          name: 'NVMContactWorld__ContactWorld_Agent',
          label: 'ContactWorld Agent'
        },
        { id: '0PS000000000002AAA', name: 'VCC_Task_Field_Access', taskFields: ALL_FIELDS },
        { id: '0PS000000000003AAA', name: 'Api_Set', permissions: ['ApiEnabled', 'EditTask', 'ViewAllUsers'] }
      ],
      profiles: [
        { name: 'Standard User', taskFields: { CallType: 'read' } },
        { name: 'Full Task', taskFields: ALL_FIELDS },
        { name: 'API', loginIpRanges: 1 }
      ],
      assignments: {
        [users[0].id]: ['0PS000000000001AAA', '0PS000000000002AAA'],
        [users[1].id]: ['0PS000000000001AAA'],
        [users[4].id]: ['0PS000000000003AAA']
      },
      orgWideDefaults: { Account: 'Private' }
    }
  };
}

const codes = (issues: { code: ReadinessCode }[]): ReadinessCode[] => issues.map((issue) => issue.code);

describe('ReadinessService on the demo org', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'readiness-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each user with the issues its assignments, profile and fields give', async () => {
    const service = new ReadinessService(new DemoOrg(orgData()));
    const report = await service.checkReadiness({ listViewId: 'All' });
    expect(report.users.map((row) => [row.username, row.ready, codes(row.issues)])).toEqual([
      ['user1@example.com', true, []],
      ['user2@example.com', false, ['TASK_FIELD_ACCESS_MISSING']],
      [
        'user3@example.com',
        false,
        ['VCC_PERMISSION_SET_MISSING', 'TASK_FIELD_ACCESS_MISSING', 'CALL_CENTER_MISSING', 'PHONE_INVALID']
      ],
      ['user4@example.com', false, ['USER_INACTIVE', 'VCC_PERMISSION_SET_MISSING']],
      [
        'api@example.com',
        false,
        ['VCC_PERMISSION_SET_MISSING', 'TASK_FIELD_ACCESS_MISSING', 'PLATFORM_LICENSE']
      ]
    ]);
    expect(report.users[1].issues[0].message).toContain('lacks access to 11 Task fields');
    expect(report.users[1].issues[0].message).not.toContain('(CallType)');
    expect(report).toMatchObject({ total: 5, ready: 1, notReady: 4 });
    expect(report.counts.TASK_FIELD_ACCESS_MISSING).toBe(3);
  });

  it('fixes exactly the users that need it, reports the rest as already fine, and keeps the change', async () => {
    const file = orgData();
    const org = new DemoOrg(file);
    const service = new ReadinessService(org);
    const report = await service.fixReadiness({
      userIds: [file.users[0].id, file.users[1].id, file.users[2].id],
      permissionSetNames: ['vcc_task_field_access', 'ContactWorld Agent'],
      callCenterId: 'VCC EMEA'
    });
    expect(report.counts).toEqual([
      {
        action: 'assignPermissionSet',
        target: 'VCC_Task_Field_Access',
        outcomes: { alreadyHad: 1, assigned: 2 }
      },
      {
        action: 'assignPermissionSet',
        target: 'NVMContactWorld__ContactWorld_Agent',
        outcomes: { alreadyHad: 2, assigned: 1 }
      },
      { action: 'setCallCenter', target: 'VCC EMEA', outcomes: { alreadySet: 2, set: 1 } }
    ]);
    expect(report.results).toHaveLength(9);
    const after = await service.checkReadiness({ listViewId: 'All' });
    expect(after.users.slice(0, 3).map((row) => codes(row.issues))).toEqual([[], [], ['PHONE_INVALID']]);
    const again = await service.fixReadiness({
      userIds: [file.users[2].id],
      callCenterId: '04v000000000001AAA'
    });
    expect(again.results.map((row) => row.outcome)).toEqual(['alreadySet']);
  });

  it('changes nothing on a dry run, and says what it would do', async () => {
    const service = new ReadinessService(new DemoOrg(orgData()));
    const before = await service.checkReadiness({ listViewId: 'All' });
    const report = await service.fixReadiness({
      listViewId: 'All',
      permissionSetNames: ['VCC_Task_Field_Access'],
      callCenterId: 'VCC NAM',
      dryRun: true
    });
    expect(report.dryRun).toBe(true);
    expect(report.counts.map((entry) => entry.outcomes)).toEqual([
      { alreadyHad: 1, wouldAssign: 4 },
      { wouldSet: 5 }
    ]);
    expect(await service.checkReadiness({ listViewId: 'All' })).toEqual(before);
  });

  it('refuses unknown names and users before changing anything', async () => {
    const file = orgData();
    const service = new ReadinessService(new DemoOrg(file));
    const before = await service.checkReadiness({ listViewId: 'All' });
    await expect(
      service.fixReadiness({ listViewId: 'All', permissionSetNames: ['VCC_Task_Field_Access', 'Nope'] })
    ).rejects.toThrow("No permission set is named 'Nope': nothing was changed.");
    await expect(
      service.fixReadiness({
        listViewId: 'All',
        permissionSetNames: ['VCC_Task_Field_Access'],
        callCenterId: 'X'
      })
    ).rejects.toThrow(/No call center is named 'X' \(call centers: VCC EMEA, VCC NAM\)/);
    await expect(
      service.fixReadiness({ userIds: [file.users[0].id, '005999999999999AAA'], callCenterId: 'VCC NAM' })
    ).rejects.toThrow("No user has the ID '005999999999999AAA'");
    await expect(service.fixReadiness({ listViewId: 'All' })).rejects.toThrow(/Nothing to fix/);
    expect(await service.checkReadiness({ listViewId: 'All' })).toEqual(before);
  });

  it('keeps fixes in the state directory across restarts', async () => {
    const file = path.join(dir, 'org.json');
    writeFileSync(file, JSON.stringify(orgData()));
    const first = new ReadinessService(DemoOrg.load(file, dir));
    await first.fixReadiness({ listViewId: 'All', permissionSetNames: ['VCC_Task_Field_Access'] });
    const second = new ReadinessService(DemoOrg.load(file, dir));
    const report = await second.checkReadiness({ listViewId: 'All' });
    expect(report.counts.TASK_FIELD_ACCESS_MISSING).toBeUndefined();
  });

  it('checks the API user from its profile, permission sets and the org-wide defaults', async () => {
    const service = new ReadinessService(new DemoOrg(orgData()));
    const health = await service.checkApiUser({ username: 'API@example.com', dataConnectorInserts: false });
    const notPassing = health.requirements.filter((row) => row.outcome !== 'pass').map((row) => row.code);
    expect(notPassing).toEqual([
      'SALESFORCE_LICENCE',
      'IP_RANGES',
      'VIEW_ALL_DATA',
      'PASSWORD_NEVER_EXPIRES'
    ]);
    expect(health.ok).toBe(false);
    const missing = await service.checkApiUser({ username: 'nobody@example.com' });
    expect(missing.requirements.map((row) => [row.code, row.outcome])).toEqual([['USER_FOUND', 'fail']]);
  });
});

describe('an org data file without a readiness section', () => {
  it('says readiness cannot be checked, rather than reporting every user unready', async () => {
    const data = orgData();
    delete data.readiness;
    const service = new ReadinessService(new DemoOrg(data));
    await expect(service.checkReadiness({ listViewId: 'All' })).rejects.toThrow(/has no "readiness" section/);
    await expect(service.fixReadiness({ listViewId: 'All', callCenterId: 'VCC NAM' })).rejects.toThrow(
      /has no "readiness" section/
    );
    expect(new DemoOrg(data).toData()).not.toHaveProperty('readiness');
  });
});

describe('finding the API user', () => {
  it('checks the one active user holding an API user permission set when no username is given', async () => {
    const settings = { ...DEFAULT_READINESS_SETTINGS, apiUserPermissionSets: ['api_set'] };
    const found = await new ReadinessService(new DemoOrg(orgData()), settings).checkApiUser({});
    expect(found.username).toBe('api@example.com');
    await expect(
      new ReadinessService(new DemoOrg(orgData())).checkApiUser({ username: ' ' })
    ).rejects.toThrow(
      /No active user has an API user permission set \(ContactWorld_API_User, NVM_API_User, VCC_API_User\)/
    );
    const data = orgData();
    data.readiness!.assignments![data.users[0].id].push('0PS000000000003AAA');
    await expect(new ReadinessService(new DemoOrg(data), settings).checkApiUser({})).rejects.toThrow(
      '2 users have an API user permission set (user1@example.com, api@example.com): name the one VCC uses.'
    );
  });
});

describe('the shipped demo org', () => {
  const service = new ReadinessService(DemoOrg.load(path.resolve(__dirname, '../../data/org-demo.json')));

  it('shows every readiness state', async () => {
    const seen = new Set<string>();
    for (const view of ['Seed_Example', 'Support_Team_London', 'Sales_Team', 'New_Starters', 'Supervisors']) {
      const report = await service.checkReadiness({ listViewId: view });
      Object.keys(report.counts).forEach((code) => seen.add(code));
      if (view === 'Supervisors') {
        expect(report.ready).toBe(report.total);
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'USER_INACTIVE',
        'VCC_PERMISSION_SET_MISSING',
        'TASK_FIELD_ACCESS_MISSING',
        'CALL_CENTER_MISSING',
        'PHONE_MISSING',
        'PHONE_INVALID',
        'PLATFORM_LICENSE'
      ].sort()
    );
  });

  it('has an API user that passes and API users that each fail a requirement', async () => {
    const failing = async (name: string): Promise<string[]> =>
      (
        await service.checkApiUser({ username: `${name}@northwind.example`, dataConnectorInserts: false })
      ).requirements
        .filter((row) => row.outcome === 'fail')
        .map((row) => row.code);
    expect(await failing('vcc.api')).toEqual([]);
    expect(await failing('api.platform')).toEqual(['SALESFORCE_LICENCE']);
    expect(await failing('api.hours')).toEqual(['LOGIN_HOURS']);
    expect(await failing('api.office')).toEqual(['IP_RANGES']);
    expect(await failing('api.frozen')).toEqual(['NOT_FROZEN']);
    expect(await failing('api.inactive')).toEqual(['ACTIVE']);
    expect(await failing('api.noviewall')).toEqual(['VIEW_ALL_USERS', 'VIEW_ALL_DATA']);
  });
});
