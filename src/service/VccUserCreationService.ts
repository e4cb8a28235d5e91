/**
 * The TypeScript twin of the Apex VccUserCreationController: the same operations, parameter names and JSON shapes
 * (ARCHITECTURE.md), over an OrgGateway and the VCC client. The LWC calls it through the local HTTP bridge, the CLI
 * directly. It keeps only the operations: a job's run is in creationJob.ts (the twin of VccUserCreationBatch).
 *
 * createUsers answers at once with a job. One job runs at a time: per state directory across processes (a lock
 * file, when the service has one) and per service. cancelJob stops a job after the users in flight.
 */
import {
  format,
  LABELS,
  trimToNull,
  usernameKey,
  type AgentIdAssignment,
  type AgentIdPreview,
  type AgentIdResult,
  type JobInfo,
  type JobPage,
  type JobQuery,
  type JobStatus,
  type ListViewOption,
  type TemplateSummary,
  type UserCheck,
  type ViewPage,
  type ViewQuery,
  type ViewUser
} from '../core';
import type { ApiUserHealth, ReadinessSettings } from '../core';
import type { VccClient, VccRetryInfo } from '../vcc/client';
import { probeVcc, type VccProbeResult } from '../vcc/probe';
import { AgentIdOps, type AgentIdRequest } from './agentIdOps';
import { required, ServiceError } from './errors';
import { jobCsv, jobPage, listJobs, retryUserIds } from './jobPages';
import { toJobStatus } from './jobControl';
import { TemplateReader, type TemplateRead } from './templateReader';
import { JobRunner } from './jobRunner';
import { JobStarter } from './jobStarter';
import { ReadinessService, type FixReport, type FixRequest, type ReadinessReport } from './readinessService';
import type { JobRecord, OrgGateway } from './OrgGateway';
import { ViewChecks } from './viewChecks';

export { retryNotice, toJobStatus } from './jobControl';
export { STOP_AFTER_UNAVAILABLE } from './jobRunner';

/** The operations of the Apex controller (ARCHITECTURE.md, plus getLatestJob), with the same names here. */
export const CONTROLLER_OPERATIONS = [
  'getUserListViews',
  'getViewUsers',
  'getTemplate',
  'checkUsers',
  'generateAgentIds',
  'createUsers',
  'getJob',
  'getLatestJob',
  'cancelJob',
  'testVccConnection',
  'checkReadiness',
  'fixReadiness',
  'checkApiUser',
  'getViewPage',
  'getJobPage',
  'listJobs',
  'getJobCsv',
  'getAgentIdPreview',
  'retryJob'
] as const;

export interface ServiceOptions {
  /** Users per chunk, as the Apex batch's scope. */
  chunkSize?: number;
  /** Users processed at once within a chunk. */
  concurrency?: number;
  /**
   * The state directory shared with other processes (the CLI, `npm start`): one job at a time on it (a lock
   * file), and cancel requests from another process. Without it, one job at a time in this service.
   */
  stateDir?: string;
  /** Who starts jobs here, as JobStatus.startedBy says. */
  startedBy?: string;
  /** Which permission sets count as VCC user-type ones, for the readiness checks. */
  readinessSettings?: ReadinessSettings;
}

export class VccUserCreationService {
  private readonly jobs: JobRunner;
  private readonly startedBy: string | null;
  private readonly templates: TemplateReader;
  private readonly views: ViewChecks;
  private readonly agentIds: AgentIdOps;
  private readonly starter: JobStarter;
  /** Ready to take calls: readiness, bulk fixes and the API user check. */
  readonly readiness: ReadinessService;

  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    options: ServiceOptions = {}
  ) {
    this.jobs = new JobRunner(org, vcc, {
      chunkSize: Math.max(1, options.chunkSize ?? 40),
      concurrency: options.concurrency ?? 4,
      stateDir: options.stateDir ?? null,
      onEnded: () => this.views.forget()
    });
    this.startedBy = options.startedBy ?? null;
    this.templates = new TemplateReader(vcc);
    this.views = new ViewChecks(org, vcc, this.templates);
    this.agentIds = new AgentIdOps(org, vcc, this.views);
    this.starter = new JobStarter(org, this.jobs, this.templates, this.startedBy);
    this.readiness = new ReadinessService(org, options.readinessSettings);
  }

  /** Per-user readiness to take calls (issues with codes and remedies), in the view's order. */
  async checkReadiness({ listViewId }: { listViewId: string }): Promise<ReadinessReport> {
    return this.readiness.checkReadiness({ listViewId });
  }

  /** Bulk fixes: permission sets and a call center, one result per user; a dry run changes nothing. */
  async fixReadiness({
    listViewId,
    userIds,
    permissionSetNames,
    callCenterId,
    dryRun
  }: FixRequest): Promise<FixReport> {
    const report = await this.readiness.fixReadiness({
      listViewId,
      userIds,
      permissionSetNames,
      callCenterId,
      dryRun
    });
    this.views.forget();
    return report;
  }

  /** The health check of the Salesforce user VCC uses as its API user. */
  async checkApiUser({
    username,
    dataConnectorInserts
  }: {
    username?: string | null;
    dataConnectorInserts?: boolean | null;
  }): Promise<ApiUserHealth> {
    return this.readiness.checkApiUser({ username, dataConnectorInserts });
  }

  async getUserListViews(): Promise<ListViewOption[]> {
    return this.org.listUserViews();
  }

  async getViewUsers({ listViewId }: { listViewId: string }): Promise<ViewUser[]> {
    return this.views.viewUsers(listViewId);
  }

  /** One page of the view (sorted, filtered, searched) with the counts of the whole view, for the tab. */
  async getViewPage({
    listViewId,
    templateUsername,
    query
  }: {
    listViewId: string;
    templateUsername?: string | null;
    query?: ViewQuery | null;
  }): Promise<ViewPage> {
    return this.views.getViewPage({ listViewId, templateUsername, query });
  }

  async getTemplate({ username }: { username: string }): Promise<TemplateSummary> {
    return (await this.template(username, false)).template.summary;
  }

  async checkUsers({
    templateUsername,
    listViewId
  }: {
    templateUsername?: string | null;
    listViewId: string;
  }): Promise<UserCheck[]> {
    return (await this.views.check(listViewId, templateUsername)).checks;
  }

  /** IDs for the view's users without one (or the chosen ones: userIds), saved at once. */
  async generateAgentIds({ listViewId, startingId, userIds }: AgentIdRequest): Promise<AgentIdResult> {
    return this.agentIds.generateAgentIds({ listViewId, startingId, userIds });
  }

  /** The IDs generateAgentIds would save, saving nothing (the CLI's --dry-run; not an Apex operation). */
  async previewAgentIds({ listViewId, startingId, userIds }: AgentIdRequest): Promise<AgentIdAssignment[]> {
    return this.agentIds.previewAgentIds({ listViewId, startingId, userIds });
  }

  /** What generateAgentIds would write, summed up for the tab, saving nothing. */
  async getAgentIdPreview({ listViewId, startingId, userIds }: AgentIdRequest): Promise<AgentIdPreview> {
    return this.agentIds.getAgentIdPreview({ listViewId, startingId, userIds });
  }

  /** Starts a job for these users, or for every user of the view when userIds is null or absent. */
  async createUsers({
    templateUsername,
    userIds,
    listViewId
  }: {
    templateUsername: string;
    userIds?: string[] | null;
    listViewId?: string | null;
  }): Promise<JobInfo> {
    let given = userIds;
    if ((given === null || given === undefined) && trimToNull(listViewId) !== null) {
      given = (await this.views.viewUsers(listViewId as string)).map((user) => user.id);
      if (given.length === 0) {
        throw new ServiceError(LABELS.VCC_Op_View_Empty_Create);
      }
    }
    const ids = [...new Set((Array.isArray(given) ? given : []).filter((id) => trimToNull(id) !== null))];
    return this.starter.start(templateUsername, ids, listViewId ?? null, null);
  }

  /** A new job for the users of a job that did not end created (Failed, PartiallyCreated, Cancelled, no result). */
  async retryJob({ jobId }: { jobId: string }): Promise<JobInfo> {
    const job = await this.jobRecord(jobId);
    this.jobs.assertIdle();
    const ids = await retryUserIds(this.org, job);
    if (ids.length === 0) {
      throw new ServiceError(format(LABELS.VCC_Op_Retry_Nothing, job.jobId));
    }
    return this.starter.start(job.templateUsername, ids, job, job.jobId);
  }

  async getJob({ jobId }: { jobId: string }): Promise<JobStatus> {
    const job = await this.jobRecord(jobId);
    const status = toJobStatus(job, await this.org.loadResults(job.jobId));
    status.notice = this.jobs.noticeOf(job.jobId) ?? status.notice;
    return status;
  }

  /** The tab's poll and results table: the job's counts and a page of its results, or no rows when unchanged. */
  async getJobPage({ jobId, query }: { jobId: string; query?: JobQuery | null }): Promise<JobPage> {
    const job = await this.jobRecord(jobId);
    return jobPage(this.org, job, this.jobs.noticeOf(job.jobId), query);
  }

  /** The most recent jobs first (20 unless `rowLimit`, 1..100; `limit` is a reserved word in Apex), each without its results. */
  async listJobs({ rowLimit }: { rowLimit?: number | null } = {}): Promise<JobStatus[]> {
    return listJobs(this.org, rowLimit);
  }

  /** Every result of a job, in order, as CSV. */
  async getJobCsv({ jobId }: { jobId: string }): Promise<{ fileName: string; csv: string }> {
    return jobCsv(this.org, (await this.jobRecord(jobId)).jobId);
  }

  /** The newest job, for the tab to show when it opens again; null when there is none. */
  async getLatestJob(): Promise<JobStatus | null> {
    const jobId = await this.org.latestJobId();
    return jobId === null ? null : this.getJob({ jobId });
  }

  /**
   * Stops a job after the users in flight: every user not started ends 'Cancelled'. A job running in another
   * process (same state directory) is asked through the state directory and stops there; a job nobody runs is
   * ended here. A job already ended is answered as it is.
   */
  async cancelJob({ jobId }: { jobId: string }): Promise<JobStatus> {
    const job = await this.jobRecord(jobId);
    if (job.status !== 'Queued' && job.status !== 'Running') {
      return this.getJob({ jobId: job.jobId });
    }
    await this.jobs.cancel(job.jobId);
    return this.getJob({ jobId: job.jobId });
  }

  /** "Test VCC connection": read-only steps (token, users, the template) and what this tenant does. */
  async testVccConnection({
    templateUsername
  }: {
    templateUsername?: string | null;
  }): Promise<VccProbeResult> {
    return probeVcc(this.vcc, trimToNull(templateUsername));
  }

  /** An unfinished job for the same template and the same users, to resume rather than start again. */
  async findUnfinishedJob({
    templateUsername,
    userIds
  }: {
    templateUsername: string;
    userIds: string[];
  }): Promise<string | null> {
    const wanted = [...new Set(userIds)].sort().join(',');
    for (const jobId of await this.org.unfinishedJobIds()) {
      const job = await this.org.loadJob(jobId);
      if (
        job &&
        usernameKey(job.templateUsername) === usernameKey(templateUsername) &&
        [...job.userIds].sort().join(',') === wanted
      ) {
        return jobId;
      }
    }
    return null;
  }

  /** Runs a job that is not running (a job running here or in another process is left alone). */
  async resumeJob({ jobId }: { jobId: string }): Promise<void> {
    const job = await this.org.loadJob(jobId);
    if (!job) {
      throw new ServiceError(format(LABELS.VCC_Op_Job_Not_Found, jobId), 404);
    }
    if (job.status === 'Queued' || job.status === 'Running') {
      this.jobs.start(jobId);
    }
  }

  /**
   * Resumes jobs left Queued or Running by a process that stopped, one after the other. A job another live
   * process runs is left to it. Resolves with the IDs that will run here.
   */
  async resumeUnfinishedJobs(): Promise<string[]> {
    if (this.jobs.heldElsewhere()) {
      return [];
    }
    const ids = (await this.org.unfinishedJobIds()).filter((id) => !this.jobs.isRunning(id));
    this.jobs.startInTurn(ids);
    return ids;
  }

  /** Resolves when the job's run in this process ends (at once when none runs). */
  async waitForJob(jobId: string): Promise<JobStatus> {
    await this.jobs.wait(jobId);
    return this.getJob({ jobId });
  }

  /** The VCC client's retry hook: the running job says "VCC is not answering, retrying (n of m)" meanwhile. */
  noteRetry(info: VccRetryInfo): void {
    this.jobs.noteRetry(info);
  }

  private async jobRecord(jobId: string): Promise<JobRecord> {
    const job = await this.org.loadJob(required(jobId, LABELS.VCC_Op_Give_Job_Id));
    if (!job) {
      throw new ServiceError(format(LABELS.VCC_Op_Job_Not_Found, jobId), 404);
    }
    return job;
  }

  /** The template and the tenant's keys; reused for a short while by the tab's checks (`cached`). */
  private async template(username: string, cached: boolean): Promise<TemplateRead> {
    const wanted = required(username, LABELS.VCC_Op_Template_Required);
    return this.templates.read(wanted, cached);
  }
}
