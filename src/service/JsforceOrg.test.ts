/**
 * JsforceOrg against a small Salesforce REST server started on 127.0.0.1: the query endpoint with paging,
 * list view describe, sObject collections with per-row errors, and INVALID_SESSION_ID.
 */
import { fakeSalesforce } from './fakeSalesforce';
import { JsforceOrg } from './JsforceOrg';

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
      cancelRequested: false,
      startedBy: null,
      retryOf: null
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
