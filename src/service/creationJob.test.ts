import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import type { JobStatus } from '../core';
import { buildCreateBody } from '../vcc/createBody';
import { clientFor } from '../vcc/testing';
import { jobProblems, startTestService, type TestService } from './testing';
import { VccUserCreationService } from './VccUserCreationService';

const TEMPLATE = 'template.agent@vcc.example';

/**
 * The job runner under faults, against the simulator on 127.0.0.1. After each: one result per user, counts equal
 * to the statuses, no VCC user twice, and every linked user with all the template's skills and groups.
 */
describe('creation jobs', () => {
  let t: TestService;
  afterEach(() => t?.close());

  describe('faults', () => {
    it('stops a job VCC stopped answering, then a re-run makes every linked user complete', async () => {
      t = await startTestService({ service: { chunkSize: 5 }, client: { maxRetries: 1 } });
      const listViewId = await t.viewId('Sales Team');
      await t.service.generateAgentIds({ listViewId, startingId: 8000 });
      const userIds = (await t.service.getViewUsers({ listViewId })).slice(0, 20).map((user) => user.id);
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, userIds });
      let job: JobStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 5));
        job = await t.service.getJob({ jobId });
      } while (job.processed < 3);
      t.sim.faults.failRate = 1;
      job = await t.service.waitForJob(jobId);
      expect(job.status).toBe('Failed');
      expect(job.error).toMatch(/VCC/);
      expect(job.processed).toBe(20);
      expect(job.failed + job.partiallyCreated).toBeGreaterThan(0);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);

      t.sim.faults.failRate = 0;
      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(again.status).toBe('Completed');
      expect(again.created + again.updated + again.alreadyLinked).toBe(20);
      expect(jobProblems(again, t.sim, TEMPLATE)).toEqual([]);
    });

    it('never creates a user twice when create answers are dropped', async () => {
      t = await startTestService({ service: { chunkSize: 6 } });
      const listViewId = await t.viewId('Sales Team');
      await t.service.generateAgentIds({ listViewId, startingId: 5000 });
      const userIds = (await t.service.getViewUsers({ listViewId })).slice(0, 12).map((user) => user.id);
      t.sim.faults.dropRate = 0.4;
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      t.sim.faults.dropRate = 0;
      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(again.created + again.updated + again.alreadyLinked).toBe(12);
      expect(jobProblems(again, t.sim, TEMPLATE)).toEqual([]);
    });

    it('resumes a job left by a stopped process: a user sent before the stop is found and finished', async () => {
      t = await startTestService({ service: { chunkSize: 4 } });
      const listViewId = await t.viewId('Sales Team');
      await t.service.generateAgentIds({ listViewId, startingId: 9000 });
      const users = (await t.service.getViewUsers({ listViewId })).slice(0, 10);
      const jobId = await t.org.createJob({
        status: 'Running',
        templateUsername: TEMPLATE,
        userIds: users.map((user) => user.id),
        total: 10,
        createdAt: new Date().toISOString(),
        attempted: users.slice(4, 8).map((user) => user.id),
        error: null
      });
      // The first user of the second chunk reached VCC before the process died: no skills, no groups yet.
      const sent = users[4];
      const template = t.sim.store.findByUsername(TEMPLATE)!;
      t.sim.store.createUser(
        buildCreateBody(
          template,
          {
            userId: sent.id,
            username: sent.username!,
            name: sent.name!,
            email: sent.email!,
            phone: sent.phone,
            agentId: sent.agentId
          },
          { sendAgentId: true }
        )
      );
      expect(await t.service.resumeUnfinishedJobs()).toEqual([jobId]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const job = await t.service.waitForJob(jobId);
      expect(job).toMatchObject({ status: 'Completed', processed: 10, created: 10 });
      expect(t.sim.stats.usersCreated).toBe(9);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
    });

    it('cancels a job after the users in flight: the rest end Cancelled', async () => {
      t = await startTestService({ service: { chunkSize: 5, concurrency: 1 }, simulator: {} });
      t.sim.faults.latencyMs = 15;
      const listViewId = await t.viewId('Sales Team');
      await t.service.generateAgentIds({ listViewId, startingId: 6000 });
      const userIds = (await t.service.getViewUsers({ listViewId })).slice(0, 30).map((user) => user.id);
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, userIds });
      let job: JobStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 5));
        job = await t.service.getJob({ jobId });
      } while (job.processed < 2);
      await t.service.cancelJob({ jobId });
      job = await t.service.waitForJob(jobId);
      expect(job.status).toBe('Cancelled');
      expect(job.cancelled).toBeGreaterThan(0);
      expect(
        job.results.filter((result) => result.status === 'Cancelled').every((r) => r.code === 'CANCELLED')
      ).toBe(true);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      expect(await t.service.cancelJob({ jobId })).toEqual(job);
    });

    it('ends a job that throws Failed, its reason in error', async () => {
      t = await startTestService();
      const userIds = (await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') })).map(
        (user) => user.id
      );
      // Only a job's chunks read the org's agent IDs: the job starts, then the org stops answering.
      t.org.getOrgAgentIds = async () => {
        throw new Error('the org is not answering');
      };
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(job.status).toBe('Failed');
      expect(job.error).toMatch(/the org is not answering/);
      expect(job.processed).toBe(5);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
    });

    it('says "VCC is not answering, retrying (n of m)" while the client retries, and nothing once the job ends', async () => {
      let service: TestService['service'] | null = null;
      t = await startTestService({
        service: { concurrency: 1 },
        client: { maxRetries: 3, onRetry: (info) => service?.noteRetry(info) }
      });
      service = t.service;
      t.sim.faults.latencyMs = 10;
      const userIds = (await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') })).map(
        (user) => user.id
      );
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, userIds });
      t.sim.faults.failNext = 2;
      const notices = new Set<string>();
      let job: JobStatus;
      do {
        job = await t.service.getJob({ jobId });
        if (job.notice) {
          notices.add(job.notice);
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      } while (job.status === 'Running' || job.status === 'Queued');
      expect([...notices]).toContainEqual(
        expect.stringMatching(/^VCC is not answering, retrying \([12] of 4\)$/)
      );
      expect(job.notice).toBeNull();
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
    });

    it('fails fast naming the host when VCC cannot be reached', async () => {
      t = await startTestService({
        client: { apiUrl: 'http://127.0.0.1:9', tokenUrl: 'http://127.0.0.1:9/Auth/connect/token' }
      });
      await expect(t.service.getTemplate({ username: TEMPLATE })).rejects.toMatchObject({
        status: 502,
        message: expect.stringMatching(/127\.0\.0\.1:9/)
      });
    });
  });

  describe('one job at a time, no-voice templates', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'vcc-lock-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses a second job on the same state directory, and takes over a lock whose process is gone', async () => {
      t = await startTestService({ service: { stateDir: dir } });
      t.sim.faults.latencyMs = 10;
      const userIds = (await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') })).map(
        (user) => user.id
      );
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, userIds });
      await expect(t.service.createUsers({ templateUsername: TEMPLATE, userIds })).rejects.toMatchObject({
        status: 409,
        message: expect.stringContaining(`job ${jobId}, started`)
      });
      const job = await t.service.waitForJob(jobId);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      // A process killed with its lock still on disk.
      writeFileSync(
        path.join(dir, 'job.lock'),
        JSON.stringify({
          pid: 2 ** 22 + 7,
          host: hostname(),
          jobId: 'x',
          startedAt: 'then'
        })
      );
      const next = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds })).jobId
      );
      expect(next.status).toBe('Completed');
    });

    it('lets exactly one of two services started at once on one state directory run, leaving no job behind', async () => {
      t = await startTestService({ service: { stateDir: dir } });
      const other = new VccUserCreationService(t.org, clientFor(t.sim), { stateDir: dir });
      const userIds = (await t.service.getViewUsers({ listViewId: await t.viewId('Seed Example') })).map(
        (user) => user.id
      );
      const [a, b] = await Promise.allSettled([
        t.service.createUsers({ templateUsername: TEMPLATE, userIds }),
        other.createUsers({ templateUsername: TEMPLATE, userIds })
      ]);
      const started = [a, b].filter((outcome) => outcome.status === 'fulfilled');
      const refused = [a, b].filter((outcome) => outcome.status === 'rejected');
      expect(started).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
      const { jobId } = (started[0] as PromiseFulfilledResult<{ jobId: string }>).value;
      const job =
        a.status === 'fulfilled' ? await t.service.waitForJob(jobId) : await other.waitForJob(jobId);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      expect(await t.org.unfinishedJobIds()).toEqual([]);
      expect(t.sim.stats.usersCreated).toBe(3);
    });

    it('does not send the agent ID of a user made from a template that takes no calls, and says so', async () => {
      t = await startTestService();
      const listViewId = await t.viewId('Supervisors');
      await t.service.generateAgentIds({ listViewId, startingId: 7700 });
      const users = await t.service.getViewUsers({ listViewId });
      expect(users.every((user) => user.agentId !== null)).toBe(true);
      const userIds = users.map((user) => user.id);
      const template = 'template.supervisor@vcc.example';
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: template, userIds })).jobId
      );
      expect(jobProblems(job, t.sim, template)).toEqual([]);
      const created = job.results.filter((result) => result.status === 'Created');
      expect(created.length).toBeGreaterThan(0);
      for (const result of created) {
        expect(result.message).toMatch(/Agent ID '\d+' was not sent: the template does not take calls\.$/);
        expect(
          t.sim.store.findByAgentId(users.find((user) => user.id === result.userId)!.agentId!)
        ).toBeUndefined();
      }
      const again = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: template, userIds })).jobId
      );
      expect(again.results.filter((result) => result.code === 'VCC_USER_EXISTS')).toHaveLength(
        job.results.filter((result) => result.code === 'VCC_USER_EXISTS').length
      );
      expect(again.alreadyLinked).toBe(created.length);
      expect(jobProblems(again, t.sim, template)).toEqual([]);
    });
  });
});
