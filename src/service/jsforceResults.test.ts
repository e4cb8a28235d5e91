/** The results side of JsforceOrg (jsforceResults.ts) against a small Salesforce REST server on 127.0.0.1. */
import { fakeSalesforce } from './fakeSalesforce';
import { JsforceOrg } from './JsforceOrg';

describe('JsforceOrg results and jobs', () => {
  let sf: Awaited<ReturnType<typeof fakeSalesforce>>;
  let org: JsforceOrg;
  beforeEach(async () => {
    sf = await fakeSalesforce();
    org = JsforceOrg.fromToken(sf.url, 'TOKEN');
  });
  afterEach(() => sf.close());

  it('reads a page of results after a sequence cursor in one bounded query, never every result', async () => {
    const page = await org.loadResultsPage('a01000000000001AAA', {
      after: 40,
      limit: 2,
      statuses: ['Skipped', 'Failed']
    });
    expect(sf.calls.map((call) => call.soql)).toEqual([
      'SELECT User__c, Username__c, Status__c, Code__c, Message__c, Agent_Id__c, VCC_User_Id__c, Sequence__c ' +
        "FROM VCC_Creation_Result__c WHERE Job__c = 'a01000000000001AAA' AND Sequence__c > 39 " +
        "AND Status__c IN ('Skipped', 'Failed') ORDER BY Sequence__c LIMIT 2"
    ]);
    expect(page).toEqual([
      {
        userId: '005000000000002AAA',
        username: 'ben@example.com',
        status: 'Failed',
        code: 'PHONE_MISSING',
        message: 'No phone number',
        agentId: null,
        vccUserId: null,
        sequence: 42
      }
    ]);
    sf.calls.length = 0;
    await org.loadResultsPage('a01000000000001AAA', { after: 0, limit: 50, statuses: null });
    expect(sf.calls[0].soql).toContain(
      "Sequence__c > -1 AND Status__c != 'Pending' ORDER BY Sequence__c LIMIT 50"
    );
    sf.calls.length = 0;
    expect(await org.loadResultsPage('a01000000000001AAA', { after: 0, limit: 0, statuses: null })).toEqual(
      []
    );
    expect(await org.loadResultsPage('a01000000000001AAA', { after: 0, limit: 5, statuses: [] })).toEqual([]);
    await expect(
      org.loadResultsPage("a01' OR Id != '", { after: 0, limit: 5, statuses: null })
    ).rejects.toThrow('is not a Salesforce job ID');
    expect(sf.calls).toEqual([]);
  });

  it('counts the results of several jobs in one aggregate query', async () => {
    const summaries = await org.summarizeResults(['a01000000000001AAA', 'a01000000000002AAA']);
    expect(sf.calls.map((call) => call.soql)).toEqual([
      'SELECT Job__c, Status__c, COUNT(Id) n, MAX(Sequence__c) last FROM VCC_Creation_Result__c ' +
        "WHERE Job__c IN ('a01000000000001AAA', 'a01000000000002AAA') AND Status__c != 'Pending' " +
        'GROUP BY Job__c, Status__c'
    ]);
    expect(summaries.get('a01000000000001AAA')).toEqual({
      counts: {
        created: 3,
        updated: 0,
        alreadyLinked: 0,
        partiallyCreated: 0,
        skipped: 0,
        failed: 2,
        cancelled: 0
      },
      lastSequence: 10
    });
    expect(summaries.get('a01000000000002AAA')).toEqual({
      counts: {
        created: 0,
        updated: 0,
        alreadyLinked: 0,
        partiallyCreated: 0,
        skipped: 0,
        failed: 0,
        cancelled: 0
      },
      lastSequence: 0
    });
  });

  it('lists the newest creation jobs first, leaving out the agent ID jobs, with the job they retry', async () => {
    const jobs = await org.listJobs(500);
    expect(sf.calls[0].soql).toMatch(
      /FROM VCC_Creation_Job__c WHERE Kind__c != 'AgentIds' ORDER BY Started_At__c DESC NULLS LAST, Id DESC LIMIT 100$/
    );
    expect(jobs).toEqual([
      expect.objectContaining({
        jobId: 'a01000000000003AAA',
        status: 'Completed',
        retryOf: 'a01000000000001AAA',
        startedBy: 'Ada Admin'
      })
    ]);
    expect(jobs[0]).not.toHaveProperty('userIds');
  });
});
