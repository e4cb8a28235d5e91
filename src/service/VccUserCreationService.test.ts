import { format, LABELS } from '../core';
import { ServiceError } from './errors';
import { jobProblems, orgDemoData, startTestService, type TestService } from './testing';

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
        format(LABELS.VCC_Op_View_Too_Big, '10,001', '10,000')
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
        needsAgentId: false
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
        message: expect.stringMatching(/^Could not read the VCC users: /)
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
      const directory = await t.service['vcc'].readDirectory();
      const inUse = new Set([
        ...(await t.org.getOrgAgentIds()).map((row) => row.agentId),
        ...directory.agentIdsInUse()
      ]);
      const result = await t.service.generateAgentIds({ listViewId, startingId: '1000' });
      expect(result.errors).toEqual([]);
      expect(result.assignments).toHaveLength(80);
      const ids = result.assignments.map((row) => Number(row.agentId));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(ids[0]).toBeGreaterThanOrEqual(1000);
      expect(result.assignments.filter((row) => inUse.has(row.agentId))).toEqual([]);
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
      await expect(t.service.generateAgentIds({ listViewId, startingId: -5 })).rejects.toMatchObject({
        status: 400
      });
      await expect(
        t.service.generateAgentIds({ listViewId: await t.viewId('Contractors'), startingId: 1 })
      ).rejects.toThrow('The view has no users');
      expect((await t.service.getViewUsers({ listViewId })).every((user) => user.agentId === null)).toBe(
        true
      );
    });
  });

  describe('createUsers and getJob', () => {
    it('ends the seed example as the help page shows, complete, and a re-run changes nothing', async () => {
      t = await startTestService();
      const listViewId = await t.viewId('Seed Example');
      const users = await t.service.getViewUsers({ listViewId });
      const userIds = users.map((user) => user.id);
      const info = await t.service.createUsers({ templateUsername: TEMPLATE, userIds, listViewId });
      expect(info).toEqual({ jobId: expect.any(String), total: 5 });
      const job = await t.service.waitForJob(info.jobId);
      expect(job).toMatchObject({
        status: 'Completed',
        total: 5,
        processed: 5,
        created: 3,
        updated: 0,
        alreadyLinked: 0,
        partiallyCreated: 0,
        failed: 2,
        skipped: 0,
        cancelled: 0,
        error: null,
        templateUsername: TEMPLATE,
        listViewId,
        listViewLabel: 'Seed Example'
      });
      expect(job.finishedAt).not.toBeNull();
      expect(job.results.map((result) => [result.username, result.status, result.code])).toEqual([
        ['ava.patel@northwind.example', 'Created', 'CREATED'],
        ['ben.carter@northwind.example', 'Failed', 'PHONE_MISSING'],
        ['chloe.nguyen@northwind.example', 'Created', 'CREATED'],
        ['daniel.okafor@northwind.example', 'Failed', 'VCC_USER_EXISTS'],
        ['emma.rossi@northwind.example', 'Created', 'CREATED']
      ]);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      expect(await t.service.getLatestJob()).toEqual(job);

      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(again.results.map((result) => result.code)).toEqual([
        'ALREADY_LINKED',
        'PHONE_MISSING',
        'ALREADY_LINKED',
        'VCC_USER_EXISTS',
        'ALREADY_LINKED'
      ]);
      expect(again).toMatchObject({ alreadyLinked: 3, failed: 2, created: 0 });
      expect(jobProblems(again, t.sim, TEMPLATE)).toEqual([]);
      expect(t.sim.stats.usersCreated).toBe(3);
    });

    it('brings linked users up to the template, adding what is missing and removing nothing', async () => {
      t = await startTestService();
      const userIds = (await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') })).map(
        (user) => user.id
      );
      const first = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      const [ava, chloe] = first.results.filter((result) => result.code === 'CREATED');
      const extraGroup = t.sim.store
        .listGroups()
        .find(
          (group) =>
            !t.sim.store.getUserGroups(ava.vccUserId!).some((member) => member.groupId === group.groupId)
        )!;
      // An admin removed Ava's skills and put her in another group; Chloe lost her groups.
      t.sim.store.putSkills(ava.vccUserId!, []);
      t.sim.store.putUserGroups(ava.vccUserId!, [extraGroup.groupId]);
      t.sim.store.putUserGroups(chloe.vccUserId!, []);

      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(again.results.map((result) => result.status)).toEqual([
        'Updated',
        'Failed',
        'Updated',
        'Failed',
        'AlreadyLinked'
      ]);
      expect(again.results[0].message).toMatch(
        /^Already linked in VCC: added .*skill.*group.* from the template\.$/
      );
      expect(again.results[2].message).toMatch(/group/);
      expect(again).toMatchObject({ updated: 2, alreadyLinked: 1, failed: 2 });
      expect(jobProblems(again, t.sim, TEMPLATE)).toEqual([]);
      expect(t.sim.store.getUserGroups(ava.vccUserId!).map((group) => group.groupId)).toContain(
        extraGroup.groupId
      );
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
      ).rejects.toMatchObject({ status: 404 });
      await expect(
        t.service.createUsers({ templateUsername: TEMPLATE, userIds: ['005NOPE'] })
      ).rejects.toThrow('No Salesforce user has the ID 005NOPE.');
      await expect(
        t.service.createUsers({ templateUsername: TEMPLATE, userIds: [user.id], listViewId: '00BNOPE' })
      ).rejects.toMatchObject({ status: 404 });
      expect(await t.service.getLatestJob()).toBeNull();
      await expect(t.service.getJob({ jobId: 'a01NOPE' })).rejects.toMatchObject({ status: 404 });
      await expect(t.service.cancelJob({ jobId: 'a01NOPE' })).rejects.toMatchObject({ status: 404 });
    });

    it('works in chunks: every user one result, counts equal to the statuses', async () => {
      t = await startTestService({ service: { chunkSize: 7 } });
      const users = await t.service.getViewUsers({ listViewId: await t.viewId('Support Team - London') });
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds: users.map((user) => user.id) }))
          .jobId
      );
      expect(job.processed).toBe(60);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      expect(new Set(job.results.map((result) => result.code))).toEqual(
        new Set(['CREATED', 'SKIPPED', 'PHONE_MISSING', 'AGENT_ID_IN_USE', 'VCC_USER_EXISTS'])
      );
      expect(t.sim.stats.usersCreated).toBe(job.created);
    });
  });
});
