/**
 * JsforceReadiness against a small Salesforce REST server started on 127.0.0.1: bulk queries (never per user),
 * sObject collections with per-row errors, the API user's facts, and "cannot tell" when metadata cannot be read.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkReadiness, DEFAULT_READINESS_SETTINGS, TASK_FIELD_ACCESS } from '../core';
import { JsforceOrg } from './JsforceOrg';
import type { JsforceReadiness } from './jsforceReadiness';

interface Call {
  method: string;
  path: string;
  soql: string | null;
  body: unknown;
}

const U1 = '005000000000001AAA';
const U2 = '005000000000002AAA';
const AGENT = '0PS000000000001AAA';
const TASKS = '0PS000000000002AAA';
const PROFILE = '0PS000000000003AAA';

function rowsFor(soql: string): Record<string, unknown>[] | null {
  if (/SELECT Assignee.Username FROM PermissionSetAssignment/.test(soql)) {
    return [{ Assignee: { Username: 'api@example.com' } }];
  }
  if (/FROM PermissionSetAssignment WHERE AssigneeId = /.test(soql)) {
    return [
      {
        PermissionSet: {
          PermissionsApiEnabled: true,
          PermissionsEditTask: false,
          PermissionsViewAllData: false
        }
      },
      { PermissionSet: { PermissionsEditTask: true, PermissionsPasswordNeverExpires: true } }
    ];
  }
  if (/FROM PermissionSetAssignment/.test(soql)) {
    return [
      { AssigneeId: U1, PermissionSetId: AGENT },
      { AssigneeId: U1, PermissionSetId: TASKS },
      { AssigneeId: U2, PermissionSetId: PROFILE },
      { AssigneeId: '005000000000009AAA', PermissionSetId: AGENT }
    ];
  }
  if (/FROM PermissionSet WHERE IsOwnedByProfile = false/.test(soql)) {
    return [
      {
        Id: AGENT,
        Name: 'ContactWorld_Agent',
        NamespacePrefix: 'NVMContactWorld',
        Label: 'ContactWorld Agent'
      }
    ];
  }
  if (/FROM PermissionSet\b/.test(soql)) {
    return [
      {
        Id: AGENT,
        Name: 'ContactWorld_Agent',
        NamespacePrefix: 'NVMContactWorld',
        Label: 'CW Agent',
        IsOwnedByProfile: false
      },
      { Id: TASKS, Name: 'Tasks', NamespacePrefix: null, Label: 'Tasks', IsOwnedByProfile: false },
      { Id: PROFILE, Name: 'X00e000000000001', NamespacePrefix: null, Label: null, IsOwnedByProfile: true }
    ];
  }
  if (/FROM FieldPermissions/.test(soql)) {
    return TASK_FIELD_ACCESS.map(({ field }) => ({
      ParentId: TASKS,
      Field: `Task.${field}`,
      PermissionsRead: true,
      PermissionsEdit: true
    }));
  }
  if (/FROM EntityParticle/.test(soql)) {
    return [];
  }
  if (/FROM User WHERE Username = 'api@example.com'/.test(soql)) {
    return [
      { Id: U1, IsActive: true, Profile: { Name: 'Standard User', UserLicense: { Name: 'Salesforce' } } }
    ];
  }
  if (/FROM User WHERE Username/.test(soql)) {
    return [];
  }
  if (/FROM UserLogin/.test(soql)) {
    return [{ IsFrozen: true }];
  }
  if (/FROM Organization/.test(soql)) {
    return [
      { DefaultAccountAccess: 'None', DefaultContactAccess: 'ControlledByParent', DefaultLeadAccess: 'Edit' }
    ];
  }
  if (/FROM CallCenter/.test(soql)) {
    return [{ Id: '04v000000000001AAA', Name: 'VCC', InternalName: 'vcc' }];
  }
  return null;
}

async function fakeSalesforce(): Promise<{ url: string; calls: Call[]; close: () => Promise<void> }> {
  const calls: Call[] = [];
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sf');
      const soql = url.searchParams.get('q');
      const body = raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || null;
      calls.push({ method: req.method ?? '', path: url.pathname, soql, body });
      if (url.pathname.endsWith('/query') && soql) {
        const rows = rowsFor(soql);
        return rows === null
          ? json(res, 400, [{ message: `unexpected query ${soql}`, errorCode: 'MALFORMED_QUERY' }])
          : json(res, 200, { totalSize: rows.length, done: true, records: rows });
      }
      if (url.pathname.endsWith('/composite/sobjects')) {
        const records = (body as { records: Record<string, unknown>[] }).records;
        return json(
          res,
          200,
          records.map((record, index) =>
            index === 1
              ? {
                  success: false,
                  errors: [{ statusCode: 'DUPLICATE_VALUE', message: 'duplicate value found' }]
                }
              : { id: record.Id ?? '0Pa000000000001AAA', success: true, errors: [] }
          )
        );
      }
      res.writeHead(500, { 'content-type': 'text/xml' });
      res.end('<error/>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

describe('JsforceReadiness', () => {
  let sf: Awaited<ReturnType<typeof fakeSalesforce>>;
  let readiness: JsforceReadiness;
  beforeEach(async () => {
    sf = await fakeSalesforce();
    readiness = JsforceOrg.fromToken(sf.url, 'TOKEN').readiness();
  });
  afterEach(() => sf.close());

  const queries = (): string[] =>
    sf.calls.filter((call) => call.soql !== null).map((call) => call.soql as string);

  it('reads a few users in four queries, by user ID', async () => {
    const facts = await readiness.readPermissionFacts([U1, U2]);
    expect(queries()).toHaveLength(4);
    expect(queries().find((soql) => soql.includes('PermissionSetAssignment'))).toContain(`'${U1}','${U2}'`);
    expect(Object.fromEntries(facts.assignments)).toEqual({ [U1]: [AGENT, TASKS], [U2]: [PROFILE] });
    expect(
      facts.permissionSets.map((set) => [set.name, set.isOwnedByProfile, set.taskFields.length])
    ).toEqual([
      ['NVMContactWorld__ContactWorld_Agent', false, 0],
      ['Tasks', false, TASK_FIELD_ACCESS.length],
      ['X00e000000000001', true, 0]
    ]);
    const [first, second] = checkReadiness(
      {
        users: [U1, U2].map((id) => ({
          id,
          name: null,
          username: null,
          isActive: true,
          licenseName: 'Salesforce',
          callCenterId: '04v000000000001AAA',
          phone: '+1 415 555 0100',
          permissionSetIds: facts.assignments.get(id) ?? []
        })),
        permissionSets: facts.permissionSets
      },
      DEFAULT_READINESS_SETTINGS
    );
    expect(first.issues).toEqual([]);
    expect(second.issues.map((issue) => issue.code)).toEqual([
      'VCC_PERMISSION_SET_MISSING',
      'TASK_FIELD_ACCESS_MISSING'
    ]);
  });

  it('reads a large view with the same four queries, whatever the number of users', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `005${String(i + 100).padStart(15, '0')}`);
    const facts = await readiness.readPermissionFacts([...many, U1]);
    expect(queries()).toHaveLength(4);
    expect(queries().find((soql) => soql.includes('PermissionSetAssignment'))).not.toContain('WHERE');
    expect([...facts.assignments.keys()]).toEqual([U1]);
  });

  it('assigns and sets through collections, one outcome per user, per-row errors kept', async () => {
    const assigned = await readiness.assignPermissionSet(AGENT, [U1, U2]);
    expect(assigned).toEqual([
      { userId: U1, error: null },
      { userId: U2, error: 'DUPLICATE_VALUE: duplicate value found' }
    ]);
    const post = sf.calls.find((call) => call.method === 'POST' && call.path.endsWith('/composite/sobjects'));
    expect((post?.body as { records: unknown[] }).records).toEqual([
      { attributes: { type: 'PermissionSetAssignment' }, AssigneeId: U1, PermissionSetId: AGENT },
      { attributes: { type: 'PermissionSetAssignment' }, AssigneeId: U2, PermissionSetId: AGENT }
    ]);
    const set = await readiness.setCallCenter('04v000000000001AAA', [U2]);
    expect(set).toEqual([{ userId: U2, error: null }]);
    const patch = sf.calls.find((call) => call.method === 'PATCH');
    expect((patch?.body as { records: unknown[] }).records).toEqual([
      { attributes: { type: 'User' }, id: U2, CallCenterId: '04v000000000001AAA' }
    ]);
    await expect(readiness.setCallCenter("04v' OR Id != '", [U1])).rejects.toThrow(/is not a Salesforce ID/);
  });

  it("reads the API user's facts, and says cannot tell for what it cannot read", async () => {
    const facts = await readiness.readApiUserFacts('api@example.com');
    expect(facts).toMatchObject({
      found: true,
      isActive: true,
      isFrozen: true,
      licenseName: 'Salesforce',
      profileName: 'Standard User',
      loginHoursRestricted: null,
      loginIpRangeCount: null,
      permissions: {
        apiEnabled: true,
        editTask: true,
        viewAllUsers: false,
        viewAllData: false,
        modifyAllData: false,
        passwordNeverExpires: true
      },
      orgWideDefaults: { Account: 'Private', Contact: 'ControlledByParent', Lead: 'Edit' }
    });
    expect((await readiness.readApiUserFacts('nobody@example.com')).found).toBe(false);
    const before = sf.calls.length;
    await expect(readiness.readApiUserFacts("x' OR Username != '")).rejects.toThrow(
      /is not a Salesforce username/
    );
    expect(sf.calls.length).toBe(before);
  });

  it('finds the active holders of a permission set in one query', async () => {
    expect(await readiness.usersWithPermissionSet(AGENT)).toEqual(['api@example.com']);
    expect(queries()).toEqual([
      `SELECT Assignee.Username FROM PermissionSetAssignment WHERE PermissionSetId IN ('${AGENT}') ` +
        'AND Assignee.IsActive = true ORDER BY Assignee.Username'
    ]);
  });

  it('lists permission sets with their namespace, and call centers', async () => {
    expect(await readiness.listPermissionSets()).toEqual([
      { id: AGENT, name: 'NVMContactWorld__ContactWorld_Agent', label: 'ContactWorld Agent' }
    ]);
    expect(await readiness.listCallCenters()).toEqual([
      { id: '04v000000000001AAA', name: 'VCC', label: 'vcc' }
    ]);
  });
});
