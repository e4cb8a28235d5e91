/**
 * JsforceOrg against a small Salesforce REST server started on 127.0.0.1: the query endpoint with paging,
 * list view describe, sObject collections with per-row errors, and INVALID_SESSION_ID.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JsforceOrg } from './JsforceOrg';

interface Call {
  method: string;
  path: string;
  soql: string | null;
  body: unknown;
}

const USER_ROWS = [
  {
    attributes: { type: 'User' },
    Id: '005000000000001AAA',
    Name: 'Ava Patel',
    Username: 'ava@example.com',
    Email: 'ava@example.com',
    Phone: '+44 20 7946 0101',
    NVM_Agent_Id__c: '2001',
    CallCenterId: '04v000000000001AAA',
    CallCenter: { Name: 'Vonage Contact Center' },
    IsActive: true,
    Profile: { UserLicense: { Name: 'Salesforce' } }
  },
  {
    attributes: { type: 'User' },
    Id: '005000000000002AAA',
    Name: 'Ben Carter',
    Username: 'ben@example.com',
    Email: 'ben@example.com',
    Phone: null,
    NVM_Agent_Id__c: null,
    CallCenterId: null,
    CallCenter: null,
    IsActive: false,
    Profile: { UserLicense: { Name: 'Salesforce Platform' } }
  }
];

async function fakeSalesforce(): Promise<{
  url: string;
  calls: Call[];
  expire: () => void;
  close: () => Promise<void>;
}> {
  const calls: Call[] = [];
  let valid = true;
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
      calls.push({ method: req.method ?? '', path: url.pathname, soql, body: raw ? JSON.parse(raw) : null });
      if (!valid || req.headers.authorization !== 'Bearer TOKEN') {
        return json(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
      }
      const base = '/services/data/v62.0';
      if (url.pathname === `${base}/query` && soql) {
        if (/FROM ListView WHERE SobjectType = 'User'/.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [{ Id: '00B000000000001AAA', Name: 'Seed Example', DeveloperName: 'Seed_Example' }]
          });
        }
        if (/FROM User WHERE NVM_Agent_Id__c != null$/.test(soql)) {
          return json(res, 200, {
            totalSize: 3,
            done: false,
            nextRecordsUrl: `${base}/query/01g-2000`,
            records: [
              { Id: '005000000000001AAA', NVM_Agent_Id__c: '2001' },
              { Id: '005000000000009AAA', NVM_Agent_Id__c: ' 7 ' }
            ]
          });
        }
        if (
          /^SELECT Id, Name, Username, Email, Phone, NVM_Agent_Id__c, CallCenterId, CallCenter\.Name, IsActive, Profile\.UserLicense\.Name FROM User/.test(
            soql
          )
        ) {
          return json(res, 200, { totalSize: 2, done: true, records: USER_ROWS });
        }
        if (/FROM VCC_Creation_Job__c WHERE Id = /.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [
              {
                Id: 'a01000000000001AAA',
                Status__c: 'Running',
                Template_Username__c: 'template.agent@vcc.example',
                Total__c: 2,
                Attempted__c: '["005000000000002AAA"]',
                Error__c: null,
                CreatedDate: '2026-11-22T10:00:00.000+0000'
              }
            ]
          });
        }
        if (/^SELECT User__c FROM VCC_Creation_Result__c/.test(soql)) {
          return json(res, 200, {
            totalSize: 2,
            done: true,
            records: [{ User__c: '005000000000001AAA' }, { User__c: '005000000000002AAA' }]
          });
        }
        return json(res, 400, [{ message: `unexpected query ${soql}`, errorCode: 'MALFORMED_QUERY' }]);
      }
      if (url.pathname === `${base}/query/01g-2000`) {
        return json(res, 200, {
          totalSize: 3,
          done: true,
          records: [{ Id: '005000000000003AAA', NVM_Agent_Id__c: 'A-9' }]
        });
      }
      if (url.pathname === `${base}/sobjects/User/listviews/00B000000000001AAA/describe`) {
        return json(res, 200, {
          id: '00B000000000001AAA',
          query:
            'SELECT Name, Username, Id FROM User WHERE IsActive = true ORDER BY Name ASC NULLS FIRST, Id ASC',
          sobjectType: 'User'
        });
      }
      if (url.pathname === `${base}/composite/sobjects` && req.method === 'PATCH') {
        const { records } = JSON.parse(raw) as { records: { id: string; NVM_Agent_Id__c?: string }[] };
        return json(
          res,
          200,
          records.map((record) =>
            record.NVM_Agent_Id__c === '7'
              ? {
                  id: record.id,
                  success: false,
                  errors: [
                    {
                      statusCode: 'DUPLICATE_VALUE',
                      message:
                        'duplicate value found: NVM_Agent_Id__c duplicates value on record with id: 005000000000009',
                      fields: []
                    }
                  ]
                }
              : { id: record.id, success: true, errors: [] }
          )
        );
      }
      if (url.pathname === `${base}/composite/sobjects` && req.method === 'POST') {
        return json(res, 200, [{ id: 'a01000000000001AAA', success: true, errors: [] }]);
      }
      if (
        url.pathname === `${base}/composite/sobjects/VCC_Creation_Result__c/Key__c` &&
        req.method === 'PATCH'
      ) {
        const { records } = JSON.parse(raw) as { records: unknown[] };
        return json(
          res,
          200,
          records.map((_, index) => ({ id: `a02${index}`, success: true, errors: [], created: true }))
        );
      }
      return json(res, 404, [{ message: `no route ${req.method} ${url.pathname}`, errorCode: 'NOT_FOUND' }]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    expire: () => {
      valid = false;
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

describe('JsforceOrg', () => {
  let sf: Awaited<ReturnType<typeof fakeSalesforce>>;
  let org: JsforceOrg;
  beforeEach(async () => {
    sf = await fakeSalesforce();
    org = JsforceOrg.fromToken(sf.url, 'TOKEN');
  });
  afterEach(() => sf.close());

  it('lists User list views from ListView', async () => {
    expect(await org.listUserViews()).toEqual([
      { id: '00B000000000001AAA', label: 'Seed Example', developerName: 'Seed_Example' }
    ]);
  });

  it("reads a view through its describe query, with the project's fields, in the view's order", async () => {
    const users = await org.getViewUsers('00B000000000001AAA');
    const query = sf.calls.find((call) => call.soql?.includes('FROM User WHERE IsActive'))!.soql;
    expect(query).toBe(
      'SELECT Id, Name, Username, Email, Phone, NVM_Agent_Id__c, CallCenterId, CallCenter.Name, IsActive, ' +
        'Profile.UserLicense.Name FROM User WHERE IsActive = true ORDER BY Name ASC NULLS FIRST, Id ASC'
    );
    expect(users).toEqual([
      {
        id: '005000000000001AAA',
        name: 'Ava Patel',
        username: 'ava@example.com',
        email: 'ava@example.com',
        phone: '+44 20 7946 0101',
        agentId: '2001',
        callCenterId: '04v000000000001AAA',
        callCenterName: 'Vonage Contact Center',
        isActive: true,
        licenseName: 'Salesforce'
      },
      {
        id: '005000000000002AAA',
        name: 'Ben Carter',
        username: 'ben@example.com',
        email: 'ben@example.com',
        phone: null,
        agentId: null,
        callCenterId: null,
        callCenterName: null,
        isActive: false,
        licenseName: 'Salesforce Platform'
      }
    ]);
  });

  it('pages through every agent ID in use', async () => {
    expect(await org.getOrgAgentIds()).toEqual([
      { userId: '005000000000001AAA', agentId: '2001' },
      { userId: '005000000000009AAA', agentId: '7' },
      { userId: '005000000000003AAA', agentId: 'A-9' }
    ]);
  });

  it('saves agent IDs with one result per row: a duplicate comes back as that user’s error', async () => {
    const errors = await org.saveAgentIds([
      { userId: '005000000000002AAA', agentId: '6' },
      { userId: '005000000000004AAA', agentId: '7' }
    ]);
    expect(errors).toEqual([
      {
        userId: '005000000000004AAA',
        message: 'duplicate value found: NVM_Agent_Id__c duplicates value on record with id: 005000000000009'
      }
    ]);
    const patch = sf.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.body).toMatchObject({
      allOrNone: false,
      records: [
        { id: '005000000000002AAA', attributes: { type: 'User' }, NVM_Agent_Id__c: '6' },
        { id: '005000000000004AAA', NVM_Agent_Id__c: '7' }
      ]
    });
  });

  it('never puts anything but a Salesforce ID into SOQL', async () => {
    await expect(org.getUsersByIds(["005' OR Name != '"])).rejects.toThrow('is not a Salesforce user ID');
    await expect(org.getViewUsers('00B/../../x')).rejects.toThrow('is not a Salesforce list view ID');
    expect(sf.calls).toEqual([]);
  });

  it('keeps a job in VCC_Creation_Job__c with a pending result row per user', async () => {
    const jobId = await org.createJob({
      status: 'Queued',
      templateUsername: 'template.agent@vcc.example',
      userIds: ['005000000000001AAA', '005000000000002AAA'],
      total: 2,
      createdAt: '',
      attempted: [],
      error: null
    });
    expect(jobId).toBe('a01000000000001AAA');
    const upsert = sf.calls.find((call) => call.path.endsWith('/VCC_Creation_Result__c/Key__c'))!;
    expect(upsert.body).toMatchObject({
      allOrNone: false,
      records: [
        {
          Key__c: 'a01000000000001AAA:005000000000001AAA',
          Job__c: jobId,
          Sequence__c: 0,
          Status__c: 'Pending'
        },
        { Key__c: 'a01000000000001AAA:005000000000002AAA', Sequence__c: 1 }
      ]
    });
    expect(await org.loadJob(jobId)).toEqual({
      jobId,
      status: 'Running',
      templateUsername: 'template.agent@vcc.example',
      userIds: ['005000000000001AAA', '005000000000002AAA'],
      total: 2,
      createdAt: '2026-11-22T10:00:00.000+0000',
      attempted: ['005000000000002AAA'],
      error: null,
      listViewId: null,
      listViewLabel: null,
      startedAt: null,
      finishedAt: null,
      notice: null,
      cancelRequested: false
    });
  });

  it('says the session expired, on INVALID_SESSION_ID', async () => {
    sf.expire();
    await expect(org.listUserViews()).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/^The Salesforce session has expired or is invalid/)
    });
  });
});
