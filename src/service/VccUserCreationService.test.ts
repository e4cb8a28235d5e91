import { orgDemoData } from '../../scripts/demo-data';
import type { JobStatus } from '../core';
import { newUserRequest } from '../vcc/creator';
import { ServiceError } from './errors';
import { startTestService, type TestService } from './testing';

const TEMPLATE = 'template.agent@vcc.example';

describe('VccUserCreationService', () => {
  let t: TestService;
  afterEach(() => t?.close());

  describe('views and users', () => {
    beforeEach(async () => {
      t = await startTestService();
    });

    it('lists the User list views by label', async () => {
      const views = await t.service.getUserListViews();
      expect(views.map((view) => view.label)).toEqual([...views.map((view) => view.label)].sort());
      expect(views).toContainEqual({
        id: expect.any(String),
        label: 'Seed Example',
        developerName: 'Seed_Example'
      });
    });

    it("gives a view's users in the view's order, with the ViewUser shape", async () => {
      const users = await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') });
      expect(users.map((user) => user.name)).toEqual([
        'Ava Patel',
        'Ben Carter',
        'Chloe Nguyen',
        'Daniel Okafor',
        'Emma Rossi'
      ]);
      expect(Object.keys(users[0]).sort()).toEqual(
        [
          'agentId',
          'callCenterId',
          'callCenterName',
          'email',
          'id',
          'isActive',
          'licenseName',
          'name',
          'phone',
          'username'
        ].sort()
      );
      expect(users[0].callCenterName).toBe('Vonage Contact Center');
    });

    it('says which view is unknown, and refuses a view of more than 10,000 users', async () => {
      await expect(t.service.getViewUsers({ listViewId: '00BNOPE' })).rejects.toMatchObject({ status: 404 });
      const big = orgDemoData();
      for (let i = 0; i < 10_000; i++) {
        big.users.push({ id: `005BIG${i}`, name: `Big ${i}`, username: `big${i}@example.com` });
      }
      await t.close();
      t = await startTestService({ orgData: big });
      await expect(t.service.getViewUsers({ listViewId: await t.viewId('All Users') })).rejects.toThrow(
        /has 10500 users; at most 10000 can be read at once/
      );
    });
  });

  describe('getTemplate', () => {
    beforeEach(async () => {
      t = await startTestService();
    });

    it('says who the template is', async () => {
      expect(await t.service.getTemplate({ username: 'Template.Supervisor@vcc.example' })).toMatchObject({
        username: 'template.supervisor@vcc.example',
        role: 'Supervisor',
        actsAsAgent: false,
        needsAgentId: false,
        skillCount: 0,
        groupCount: 1
      });
    });

    it('gives a clear error for a wrong or blank username', async () => {
      await expect(t.service.getTemplate({ username: 'nobody@vcc.example' })).rejects.toThrow(
        new ServiceError(
          "No VCC user has the username 'nobody@vcc.example'. Type the username of an existing VCC user, as it appears " +
            'in User Admin in the VCC Admin Portal.',
          404
        )
      );
      await expect(t.service.getTemplate({ username: ' ' })).rejects.toMatchObject({ status: 400 });
    });

    it('says VCC could not be reached, with status 502', async () => {
      t.sim.faults.failRate = 1;
      await expect(t.service.getTemplate({ username: TEMPLATE })).rejects.toMatchObject({
        status: 502,
        message: expect.stringMatching(/^Could not read the VCC users: .*HTTP 50\d/)
      });
    });
  });

  describe('checkUsers', () => {
    beforeEach(async () => {
      t = await startTestService();
    });

    it('finds the problems of a real team, each once', async () => {
      const checks = await t.service.checkUsers({
        templateUsername: TEMPLATE,
        listViewId: await t.viewId('Support Team - London')
      });
      const codes = checks.flatMap((check) => check.issues.map((issue) => issue.code));
      const count = (code: string): number => codes.filter((candidate) => candidate === code).length;
      expect(checks).toHaveLength(60);
      expect(count('AGENT_ID_DUPLICATE')).toBe(2);
      expect(count('AGENT_ID_IN_USE')).toBe(1);
      expect(count('VCC_USER_EXISTS')).toBe(1);
      expect(count('USERNAME_INVALID')).toBe(1);
      expect(count('PHONE_MISSING')).toBeGreaterThan(0);
      expect(count('AGENT_ID_MISSING')).toBe(0);
    });

    it('needs agent IDs only when the template takes calls', async () => {
      const listViewId = await t.viewId('Sales Team');
      const agent = await t.service.checkUsers({ templateUsername: TEMPLATE, listViewId });
      const supervisor = await t.service.checkUsers({
        templateUsername: 'template.supervisor@vcc.example',
        listViewId
      });
      const missing = (checks: typeof agent): number =>
        checks.filter((check) => check.issues.some((issue) => issue.code === 'AGENT_ID_MISSING')).length;
      expect(missing(agent)).toBe(80);
      expect(missing(supervisor)).toBe(0);
    });

    it('answers an empty view with no checks', async () => {
      expect(
        await t.service.checkUsers({ templateUsername: TEMPLATE, listViewId: await t.viewId('Contractors') })
      ).toEqual([]);
    });
  });

  describe('generateAgentIds', () => {
    beforeEach(async () => {
      t = await startTestService();
    });

    it('saves IDs from the Starting ID, skipping every ID in use in Salesforce or VCC', async () => {
      const listViewId = await t.viewId('Sales Team');
      const inUse = new Set([
        ...(await t.org.getOrgAgentIds()).map((row) => row.agentId),
        ...t.sim.store
          .listUsers('All')
          .map((user) => user.userAccountConfiguration.actAsAgent?.agentConfiguration?.agentDisplayId)
      ]);
      const result = await t.service.generateAgentIds({ listViewId, startingId: '1000' });
      expect(result.errors).toEqual([]);
      expect(result.assignments).toHaveLength(80);
      const ids = result.assignments.map((row) => Number(row.agentId));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(ids[0]).toBeGreaterThanOrEqual(1000);
      expect(result.assignments.filter((row) => inUse.has(row.agentId))).toEqual([]);
      const saved = await t.service.getViewUsers({ listViewId });
      expect(saved.map((user) => user.agentId)).toEqual(
        saved.map((user) => result.assignments.find((row) => row.userId === user.id)?.agentId)
      );
      expect(await t.service.generateAgentIds({ listViewId, startingId: 1 })).toEqual({
        assignments: [],
        errors: []
      });
    });

    it('refuses a bad Starting ID and an empty view, saving nothing', async () => {
      const listViewId = await t.viewId('Sales Team');
      await expect(t.service.generateAgentIds({ listViewId, startingId: 'abc' })).rejects.toThrow(
        "Starting ID 'abc' is not a whole number: use a whole number from 1 to 9999999999"
      );
      await expect(t.service.generateAgentIds({ listViewId, startingId: 0 })).rejects.toMatchObject({
        status: 400
      });
      await expect(
        t.service.generateAgentIds({ listViewId: await t.viewId('Contractors'), startingId: 1 })
      ).rejects.toThrow('The view has no users');
      t.sim.faults.failRate = 1;
      await expect(t.service.generateAgentIds({ listViewId, startingId: 1 })).rejects.toMatchObject({
        status: 502
      });
      expect((await t.service.getViewUsers({ listViewId })).every((user) => user.agentId === null)).toBe(
        true
      );
    });

    it('lets two admins generate at once without a silent duplicate', async () => {
      const [a, b] = await Promise.all([
        t.service.generateAgentIds({ listViewId: await t.viewId('Sales Team'), startingId: 7000 }),
        t.service.generateAgentIds({ listViewId: await t.viewId('New Starters'), startingId: 7000 })
      ]);
      const saved = [...a.assignments, ...b.assignments].map((row) => row.agentId);
      expect(new Set(saved).size).toBe(saved.length);
      expect(a.errors.length + b.errors.length).toBeGreaterThan(0);
      expect([...a.errors, ...b.errors][0].message).toMatch(/^duplicate value found: NVM_Agent_Id__c/);
    });
  });

  describe('createUsers and getJob', () => {
    it('ends the seed example as the help page shows: 3 created, 2 failed', async () => {
      t = await startTestService();
      const users = await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') });
      const info = await t.service.createUsers({
        templateUsername: TEMPLATE,
        userIds: users.map((user) => user.id)
      });
      expect(info).toEqual({ jobId: expect.any(String), total: 5 });
      const job = await t.service.waitForJob(info.jobId);
      expect(job).toMatchObject({
        status: 'Completed',
        total: 5,
        processed: 5,
        created: 3,
        failed: 2,
        skipped: 0
      });
      expect(job.results.map((result) => [result.username, result.status, result.code])).toEqual([
        ['ava.patel@northwind.example', 'Created', 'CREATED'],
        ['ben.carter@northwind.example', 'Failed', 'PHONE_MISSING'],
        ['chloe.nguyen@northwind.example', 'Created', 'CREATED'],
        ['daniel.okafor@northwind.example', 'Failed', 'VCC_USER_EXISTS'],
        ['emma.rossi@northwind.example', 'Created', 'CREATED']
      ]);
      expect(await t.service.getLatestJob()).toEqual(job);

      // the same view again: the created users are linked already, nobody is created twice
      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds: users.map((user) => user.id) }))
          .jobId
      );
      expect(again.results.map((result) => result.code)).toEqual([
        'ALREADY_LINKED',
        'PHONE_MISSING',
        'ALREADY_LINKED',
        'VCC_USER_EXISTS',
        'ALREADY_LINKED'
      ]);
      expect(t.sim.stats.usersCreated).toBe(3);
    });

    it('refuses bad input before any job exists', async () => {
      t = await startTestService();
      const [user] = await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') });
      await expect(t.service.createUsers({ templateUsername: TEMPLATE, userIds: [] })).rejects.toThrow(
        'Choose at least one user to create in VCC.'
      );
      await expect(
        t.service.createUsers({ templateUsername: 'ghost@vcc.example', userIds: [user.id] })
      ).rejects.toMatchObject({
        status: 404
      });
      await expect(
        t.service.createUsers({ templateUsername: TEMPLATE, userIds: ['005NOPE'] })
      ).rejects.toThrow('No Salesforce user has the ID 005NOPE.');
      expect(await t.service.getLatestJob()).toBeNull();
      await expect(t.service.getJob({ jobId: 'a01NOPE' })).rejects.toMatchObject({ status: 404 });
    });

    it('works in chunks, skips and fails users before any call, and writes each group once', async () => {
      t = await startTestService({ service: { chunkSize: 7 } });
      const users = await t.service.getViewUsers({ listViewId: await t.viewId('Support Team - London') });
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds: users.map((user) => user.id) }))
          .jobId
      );
      expect(job.processed).toBe(60);
      expect(new Set(job.results.map((result) => result.userId)).size).toBe(60);
      expect(job.created + job.failed + job.skipped).toBe(60);
      const codes = new Set(job.results.map((result) => result.code));
      expect(codes).toEqual(
        new Set(['CREATED', 'SKIPPED', 'PHONE_MISSING', 'AGENT_ID_IN_USE', 'VCC_USER_EXISTS'])
      );
      expect(t.sim.stats.usersCreated).toBe(job.created);
      const groupPuts = t.sim.stats.byStatus['200'];
      expect(groupPuts).toBeGreaterThan(0);
      for (const group of (await t.service.getTemplate({ username: TEMPLATE })).groupCount
        ? ['Sales Team', 'EMEA']
        : []) {
        const id = t.sim.store.listGroups().find((candidate) => candidate.name === group)!.groupId;
        const members = new Set(t.sim.store.getGroupUsers(id).map((member) => member.userId));
        expect(
          job.results
            .filter((result) => result.code === 'CREATED')
            .every((result) => members.has(result.vccUserId!))
        ).toBe(true);
      }
    });

    it('gives every user a result when VCC goes down halfway', async () => {
      t = await startTestService({ service: { chunkSize: 5 }, client: { maxRetries: 1 } });
      const users = (await t.service.getViewUsers({ listViewId: await t.viewId('Sales Team') })).slice(0, 20);
      await t.service.generateAgentIds({ listViewId: await t.viewId('Sales Team'), startingId: 8000 });
      const { jobId } = await t.service.createUsers({
        templateUsername: TEMPLATE,
        userIds: users.map((user) => user.id)
      });
      let job: JobStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 5));
        job = await t.service.getJob({ jobId });
      } while (job.processed < 5);
      t.sim.faults.failRate = 1;
      job = await t.service.waitForJob(jobId);
      expect(job.processed).toBe(20);
      expect(new Set(job.results.map((result) => result.userId)).size).toBe(20);
      const failed = job.results.filter((result) => result.status === 'Failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((result) => ['VCC_UNAVAILABLE', 'PARTIALLY_CREATED'].includes(result.code))).toBe(
        true
      );
      expect(job.status).toBe('Failed');
      expect(t.sim.stats.usersCreated).toBe(job.results.filter((result) => result.vccUserId).length);
      // the groups could not be written either: nobody reads "Created" for a user without the template's groups
      expect(job.results.filter((result) => result.code === 'CREATED')).toEqual([]);
      expect(job.results.find((result) => result.vccUserId)?.message).toMatch(
        /^The VCC user was created, but the template's groups could not be set/
      );
    });

    it('resumes a job left behind by a stopped process: finishes the rest and creates nobody twice', async () => {
      t = await startTestService({ service: { chunkSize: 4 } });
      const listViewId = await t.viewId('Sales Team');
      await t.service.generateAgentIds({ listViewId, startingId: 9000 });
      const users = (await t.service.getViewUsers({ listViewId })).slice(0, 10);
      // A process started the job, saved the first chunk's results, marked the second chunk as sent, and
      // the first user of that chunk reached VCC before the process died.
      const jobId = await t.org.createJob({
        status: 'Running',
        templateUsername: TEMPLATE,
        userIds: users.map((user) => user.id),
        total: 10,
        createdAt: new Date().toISOString(),
        attempted: users.slice(4, 8).map((user) => user.id),
        error: null
      });
      const template = t.sim.store.findByUsername(TEMPLATE)!;
      const sent = users[4];
      t.sim.store.createUser(
        newUserRequest(template, {
          userId: sent.id,
          username: sent.username!,
          name: sent.name!,
          email: sent.email!,
          phone: sent.phone,
          agentId: sent.agentId
        })
      );
      expect(await t.service.resumeUnfinishedJobs()).toEqual([jobId]);
      const job = await t.service.waitForJob(jobId);
      expect(job).toMatchObject({ status: 'Completed', processed: 10 });
      expect(job.results.map((result) => result.code)).toEqual(Array(10).fill('CREATED'));
      expect(t.sim.stats.usersCreated).toBe(9);
      expect(t.sim.store.listUsers('All').filter((user) => user.username === sent.username)).toHaveLength(1);
      const adopted = job.results[4];
      expect(t.sim.store.getSkills(adopted.vccUserId!)).toHaveLength(3);
    });
  });
});
