/**
 * The operations of the tab at 10,000 users, on the demo org and the VCC simulator: getViewPage, getAgentIdPreview
 * and generateAgentIds for chosen users, createUsers for a whole view, getJobPage, listJobs, getJobCsv, retryJob.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resultsToCsv, summarizeChecks, type CreationResult } from '../core';
import { DemoOrg } from './DemoOrg';
import { jobProblems, orgDemoData, startTestService, type TestService } from './testing';

const TEMPLATE = 'template.agent@vcc.example';

describe('the paged operations', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await startTestService();
  });
  afterEach(() => t?.close());

  describe('getViewPage', () => {
    it('gives one page with the issues of checkUsers and the counts of the whole view', async () => {
      const listViewId = await t.viewId('Support Team - London');
      const checks = await t.service.checkUsers({ templateUsername: TEMPLATE, listViewId });
      const page = await t.service.getViewPage({
        listViewId,
        templateUsername: TEMPLATE,
        query: { pageSize: 25, offset: 25 }
      });
      const summary = summarizeChecks(checks);
      expect(page).toMatchObject({
        listViewId,
        total: 60,
        matching: 60,
        offset: 25,
        pageSize: 25,
        sortBy: 'name',
        sortDir: 'asc',
        onlyIssues: false,
        search: null,
        withErrors: summary.withErrors,
        withWarnings: summary.withWarnings,
        linkedCount: summary.alreadyLinked,
        blankAgentIdCount: 0
      });
      expect(page.plan.create + page.plan.blocked + page.plan.linked).toBe(60);
      expect(page.plan.blocked).toBeGreaterThan(0);
      expect(page.rows).toHaveLength(25);
      const byUser = new Map(checks.map((check) => [check.userId, check.issues]));
      for (const row of page.rows) {
        expect(row.issues).toEqual(byUser.get(row.user.id));
      }
      const names = page.rows.map((row) => (row.user.name ?? '').toLowerCase());
      expect(names).toEqual([...names].sort());
    });

    it('searches, filters and sorts on the server, and shows agent IDs saved since at once', async () => {
      const listViewId = await t.viewId('New Starters');
      const before = await t.service.getViewPage({ listViewId, templateUsername: TEMPLATE });
      expect(before.blankAgentIdCount).toBe(40);
      const [someone] = before.rows;
      const found = await t.service.getViewPage({
        listViewId,
        templateUsername: TEMPLATE,
        query: { search: ` ${someone.user.username!.toUpperCase()} ` }
      });
      expect(found.rows.map((row) => row.user.id)).toEqual([someone.user.id]);
      expect(found.search).toBe(someone.user.username!.toUpperCase());
      expect(found.rows[0].issues.map((issue) => issue.code)).toContain('AGENT_ID_MISSING');

      await t.service.generateAgentIds({ listViewId, startingId: 5000, userIds: [someone.user.id] });
      const after = await t.service.getViewPage({
        listViewId,
        templateUsername: TEMPLATE,
        query: { sortBy: 'agentId', onlyIssues: true }
      });
      expect(after.blankAgentIdCount).toBe(39);
      const again = await t.service.getViewPage({
        listViewId,
        templateUsername: TEMPLATE,
        query: { search: someone.user.username }
      });
      expect(again.rows[0].issues.map((issue) => issue.code)).not.toContain('AGENT_ID_MISSING');
      expect(after.rows.every((row) => row.issues.some((issue) => issue.severity !== 'info'))).toBe(true);
      const sorted = await t.service.getViewPage({ listViewId, query: { sortBy: 'agentId' } });
      expect(sorted.rows[0].user).toMatchObject({ id: someone.user.id, agentId: expect.any(String) });
    });

    it('refuses a missing or unknown view', async () => {
      await expect(t.service.getViewPage({ listViewId: ' ' })).rejects.toThrow('Choose a list view.');
      await expect(t.service.getViewPage({ listViewId: '00BNOPE' })).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('agent IDs for chosen users', () => {
    it('previews exactly what generateAgentIds writes, saving nothing', async () => {
      const listViewId = await t.viewId('New Starters');
      const inUse = (await t.org.getOrgAgentIds()).map((row) => Number(row.agentId)).sort((a, b) => a - b);
      const startingId = inUse[0];
      const preview = await t.service.getAgentIdPreview({ listViewId, startingId });
      const planned = await t.service.previewAgentIds({ listViewId, startingId });
      expect(preview.count).toBe(40);
      expect(preview.sample).toEqual(planned.slice(0, 10));
      expect([preview.first, preview.last]).toEqual([planned[0].agentId, planned[39].agentId]);
      expect(preview.startInUse).toMatch(/^(salesforce|both)$/);
      const span = Number(preview.last) - Number(preview.first) + 1;
      expect(preview.skipped).toBe(span - 40);
      expect(preview.skippedInSalesforce).toBeLessThanOrEqual(preview.skipped);
      expect((await t.service.getViewUsers({ listViewId })).every((user) => user.agentId === null)).toBe(
        true
      );

      const written = await t.service.generateAgentIds({ listViewId, startingId });
      expect(written.assignments).toEqual(planned);
    });

    it('gives IDs to the chosen users only, and refuses users not in the view', async () => {
      const listViewId = await t.viewId('New Starters');
      const users = await t.service.getViewUsers({ listViewId });
      const chosen = [users[3].id, users[1].id];
      const preview = await t.service.getAgentIdPreview({ listViewId, startingId: '900', userIds: chosen });
      expect(preview.sample.map((row) => row.userId)).toEqual([users[1].id, users[3].id]);
      const result = await t.service.generateAgentIds({ listViewId, startingId: '900', userIds: chosen });
      expect(result.assignments).toEqual(preview.sample);
      const after = await t.service.getViewUsers({ listViewId });
      expect(after.filter((user) => user.agentId !== null).map((user) => user.id)).toEqual([
        users[1].id,
        users[3].id
      ]);

      await expect(
        t.service.getAgentIdPreview({
          listViewId,
          startingId: 1,
          userIds: [users[0].id, '005NOPE', '005GONE']
        })
      ).rejects.toThrow('2 chosen users are not in the view: refresh the view and choose again.');
      await expect(t.service.generateAgentIds({ listViewId, userIds: [] })).rejects.toThrow(
        'Choose at least one user of the view.'
      );
      await expect(
        t.service.getAgentIdPreview({ listViewId, startingId: 1, userIds: chosen })
      ).rejects.toThrow('Every chosen user already has an agent ID: there is nothing to generate.');
      await expect(t.service.getAgentIdPreview({ listViewId, startingId: 'abc' })).rejects.toThrow(
        "Starting ID 'abc' is not a whole number"
      );
    });
  });

  describe('jobs', () => {
    it('creates every user of a view when no users are given; an empty list stays an error', async () => {
      const listViewId = await t.viewId('Seed Example');
      const info = await t.service.createUsers({ templateUsername: TEMPLATE, listViewId });
      expect(info.total).toBe(5);
      const job = await t.service.waitForJob(info.jobId);
      expect(jobProblems(job, t.sim, TEMPLATE)).toEqual([]);
      await expect(
        t.service.createUsers({ templateUsername: TEMPLATE, userIds: [], listViewId })
      ).rejects.toThrow('Choose at least one user to create in VCC.');
    });

    it('pages results after a cursor, filters them, and answers no rows when nothing changed', async () => {
      const listViewId = await t.viewId('Support Team - London');
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, listViewId });
      const job = await t.service.waitForJob(jobId);

      const first = await t.service.getJobPage({ jobId, query: { limit: 20 } });
      expect(first).toMatchObject({
        jobId,
        status: 'Completed',
        processed: 60,
        created: job.created,
        failed: job.failed,
        results: [],
        retryOf: null,
        lastSequence: 60,
        version: 'Completed:60:60',
        matching: 60,
        after: 0,
        limit: 20,
        statusFilter: null,
        changed: true
      });
      expect(first.rows!.map((row) => row.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const next = await t.service.getJobPage({ jobId, query: { after: 20, limit: 50 } });
      expect(next.rows!.map((row) => row.sequence)).toEqual(Array.from({ length: 40 }, (_, i) => i + 21));
      const all = [...first.rows!, ...next.rows!].map(({ sequence: _sequence, ...result }) => result);
      expect(sortByUser(all)).toEqual(sortByUser(job.results));

      const problems = await t.service.getJobPage({ jobId, query: { status: 'problems', limit: 200 } });
      const expected = job.failed + job.skipped + job.partiallyCreated + job.cancelled;
      expect(problems.matching).toBe(expected);
      expect(problems.rows).toHaveLength(expected);
      expect(problems.rows!.every((row) => ['Failed', 'Skipped'].includes(row.status))).toBe(true);

      const same = await t.service.getJobPage({ jobId, query: { since: first.version } });
      expect(same).toMatchObject({ changed: false, rows: null, processed: 60 });
      expect((await t.service.getJobPage({ jobId, query: { limit: 0 } })).rows).toEqual([]);
      await expect(t.service.getJobPage({ jobId: 'a01NOPE' })).rejects.toMatchObject({ status: 404 });
    });

    it('sees every result exactly once when polled with the cursor while the job runs', async () => {
      await t.close();
      t = await startTestService({ simulator: { faults: { latencyMs: 5 } }, service: { chunkSize: 7 } });
      const listViewId = await t.viewId('Support Team - London');
      const { jobId } = await t.service.createUsers({ templateUsername: TEMPLATE, listViewId });
      const seen: number[] = [];
      let after = 0;
      let since: string | null = null;
      let whileRunning = 0;
      for (;;) {
        const page = await t.service.getJobPage({ jobId, query: { after, limit: 5, since } });
        whileRunning += page.status === 'Running' && page.rows !== null && page.rows.length > 0 ? 1 : 0;
        if (page.rows !== null) {
          seen.push(...page.rows.map((row) => row.sequence));
          after = page.rows.length > 0 ? page.rows[page.rows.length - 1].sequence : after;
        }
        // Only an answer that reached the last result may be taken as unchanged next time.
        since = after === page.lastSequence ? page.version : null;
        if (page.status !== 'Queued' && page.status !== 'Running' && after === page.lastSequence) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(whileRunning).toBeGreaterThan(0);
      expect(jobProblems(await t.service.getJob({ jobId }), t.sim, TEMPLATE)).toEqual([]);
    });

    it('retries the users who did not end created in a new job; both stay in the Jobs list', async () => {
      const listViewId = await t.viewId('Seed Example');
      const first = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, listViewId })).jobId
      );
      expect(first.failed).toBe(2);
      const retry = await t.service.retryJob({ jobId: first.jobId });
      expect(retry.total).toBe(2);
      const second = await t.service.waitForJob(retry.jobId);
      expect(second).toMatchObject({
        retryOf: first.jobId,
        templateUsername: TEMPLATE,
        listViewId,
        total: 2
      });
      expect(second.listViewLabel).toBe('Seed Example');
      expect(await t.service.getJob({ jobId: first.jobId })).toEqual(first);

      const jobs = await t.service.listJobs({});
      expect(jobs.map((job) => [job.jobId, job.retryOf])).toEqual([
        [second.jobId, first.jobId],
        [first.jobId, null]
      ]);
      expect(jobs[1]).toEqual({ ...first, results: [] });
      expect(await t.service.listJobs({ rowLimit: 1 })).toHaveLength(1);

      const csv = await t.service.getJobCsv({ jobId: first.jobId });
      expect(csv.fileName).toBe(`vcc-results-${first.jobId}.csv`);
      expect(csv.csv).toBe(resultsToCsv(await t.org.loadResults(first.jobId)));
      expect(csv.csv.split('\n').filter((line) => line !== '')).toHaveLength(6);
    });

    it('says when there is nothing to retry', async () => {
      const listViewId = await t.viewId('Seed Example');
      const users = await t.service.getViewUsers({ listViewId });
      const job = await t.service.waitForJob(
        (await t.service.createUsers({ templateUsername: TEMPLATE, userIds: [users[0].id] })).jobId
      );
      expect(job.created).toBe(1);
      await expect(t.service.retryJob({ jobId: job.jobId })).rejects.toThrow(/^Nothing to retry: /);
      await expect(t.service.retryJob({ jobId: 'a01NOPE' })).rejects.toMatchObject({ status: 404 });
      expect(await t.service.listJobs({})).toHaveLength(1);
    });
  });
});

describe('the demo org results index', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vcc-pages-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function result(userId: string, status: CreationResult['status']): CreationResult {
    return {
      userId,
      username: `${userId}@x`,
      status,
      code: 'CREATED',
      message: '',
      agentId: null,
      vccUserId: null
    };
  }

  it('pages results saved by another process, keeping the place of a result saved again', async () => {
    const dataFile = path.join(dir, 'org.json');
    writeFileSync(dataFile, JSON.stringify(orgDemoData()));
    const writer = DemoOrg.load(dataFile, dir, () => undefined);
    const reader = DemoOrg.load(dataFile, dir, () => undefined);
    const jobId = await writer.createJob({
      status: 'Running',
      templateUsername: TEMPLATE,
      userIds: ['u1', 'u2', 'u3'],
      total: 3,
      createdAt: '2026-11-29T00:00:00.000Z',
      attempted: [],
      error: null
    });
    await writer.saveResults(jobId, [result('u1', 'Failed'), result('u2', 'Created')]);
    expect(
      (await reader.loadResultsPage(jobId, { after: 0, limit: 10, statuses: null })).map((r) => r.userId)
    ).toEqual(['u1', 'u2']);
    await writer.saveResults(jobId, [result('u3', 'Skipped'), result('u1', 'Created')]);
    const page = await reader.loadResultsPage(jobId, { after: 0, limit: 10, statuses: null });
    expect(page.map((r) => [r.sequence, r.userId, r.status])).toEqual([
      [1, 'u1', 'Created'],
      [2, 'u2', 'Created'],
      [3, 'u3', 'Skipped']
    ]);
    expect(await reader.loadResultsPage(jobId, { after: 1, limit: 1, statuses: ['Skipped'] })).toMatchObject([
      { sequence: 3, userId: 'u3' }
    ]);
    expect((await reader.summarizeResults([jobId])).get(jobId)).toEqual({
      counts: {
        created: 2,
        updated: 0,
        alreadyLinked: 0,
        partiallyCreated: 0,
        skipped: 1,
        failed: 0,
        cancelled: 0
      },
      lastSequence: 3
    });
    expect((await reader.loadResults(jobId)).map((r) => r.userId)).toEqual(['u1', 'u2', 'u3']);
  });
});

function sortByUser(results: CreationResult[]): CreationResult[] {
  return [...results].sort((a, b) => a.userId.localeCompare(b.userId));
}
