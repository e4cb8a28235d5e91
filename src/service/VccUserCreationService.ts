/**
 * The TypeScript twin of the Apex VccUserCreationController: the same operations, parameter names and JSON shapes
 * (ARCHITECTURE.md), over an OrgGateway and the VCC client. The LWC calls it through the local HTTP bridge, the CLI
 * directly. It keeps only the operations: a job's run is in creationJob.ts (the twin of VccUserCreationBatch).
 *
 * createUsers answers at once with a job. One job runs at a time: per state directory across processes (a lock
 * file, when the service has one) and per service. cancelJob stops a job after the users in flight.
 */
import {
  AgentIdError,
  checkUsers,
  generateAgentIds,
  trimToNull,
  usernameKey,
  type AgentIdAssignment,
  type AgentIdResult,
  type JobInfo,
  type JobStatus,
  type ListViewOption,
  type TemplateSummary,
  type UserCheck,
  type VccUserRef,
  type ViewUser
} from '../core';
import type { ApiUserHealth, ReadinessSettings } from '../core';
import type { VccClient, VccRetryInfo } from '../vcc/client';
import type { VccDirectory } from '../vcc/directory';
import { probeVcc, type VccProbeResult } from '../vcc/probe';
import { forChecks } from './creationJob';
import { ServiceError } from './errors';
import { toJobStatus } from './jobControl';
import { TemplateReader, vccFailure, type TemplateRead } from './templateReader';
import { JobRunner } from './jobRunner';
import { ReadinessService, type FixReport, type FixRequest, type ReadinessReport } from './readinessService';
import { MAX_VIEW_USERS, type OrgGateway } from './OrgGateway';

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
  'checkApiUser'
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
      stateDir: options.stateDir ?? null
    });
    this.startedBy = options.startedBy ?? null;
    this.templates = new TemplateReader(vcc);
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
    return this.readiness.fixReadiness({ listViewId, userIds, permissionSetNames, callCenterId, dryRun });
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
    return this.org.getViewUsers(required(listViewId, 'Choose a list view.'));
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
    const users = await this.getViewUsers({ listViewId });
    if (users.length === 0) {
      return [];
    }
    const [vcc, orgAgentIds] = await Promise.all([
      trimToNull(templateUsername) === null
        ? this.vccCall('read the VCC users', () => this.vcc.readDirectory()).then((directory) => ({
            directory,
            template: null
          }))
        : this.template(templateUsername as string, true),
      this.org.getOrgAgentIds()
    ]);
    const needsAgentId = vcc.template?.summary.needsAgentId ?? true;
    return checkUsers(
      users.map((user) => forChecks(user, needsAgentId)),
      {
        needsAgentId: vcc.template?.summary.needsAgentId ?? false,
        orgAgentIds,
        vccUsers: vccUserRefs(vcc.directory)
      }
    );
  }

  async generateAgentIds({
    listViewId,
    startingId
  }: {
    listViewId: string;
    startingId?: number | string | null;
  }): Promise<AgentIdResult> {
    const assignments = await this.previewAgentIds({ listViewId, startingId });
    const errors = assignments.length === 0 ? [] : await this.org.saveAgentIds(assignments);
    const refused = new Set(errors.map((error) => error.userId));
    return { assignments: assignments.filter((row) => !refused.has(row.userId)), errors };
  }

  /** The IDs generateAgentIds would save, saving nothing (the CLI's --dry-run; not an Apex operation). */
  async previewAgentIds({
    listViewId,
    startingId
  }: {
    listViewId: string;
    startingId?: number | string | null;
  }): Promise<AgentIdAssignment[]> {
    const users = await this.getViewUsers({ listViewId });
    if (users.length === 0) {
      throw new ServiceError('The view has no users: choose a view with the users who need agent IDs.');
    }
    const [orgAgentIds, directory] = await Promise.all([
      this.org.getOrgAgentIds(),
      this.vccCall('read the agent IDs in use in VCC (nothing was saved)', () => this.vcc.readDirectory())
    ]);
    try {
      return generateAgentIds(users, {
        startingId,
        idsInUse: [...orgAgentIds.map((row) => row.agentId as string), ...directory.agentIdsInUse()]
      });
    } catch (error) {
      if (error instanceof AgentIdError) {
        throw new ServiceError(error.message);
      }
      throw error;
    }
  }

  async createUsers({
    templateUsername,
    userIds,
    listViewId
  }: {
    templateUsername: string;
    userIds: string[];
    listViewId?: string | null;
  }): Promise<JobInfo> {
    const ids = [...new Set((Array.isArray(userIds) ? userIds : []).filter((id) => trimToNull(id) !== null))];
    if (ids.length === 0) {
      throw new ServiceError('Choose at least one user to create in VCC.');
    }
    if (ids.length > MAX_VIEW_USERS) {
      throw new ServiceError(
        `At most ${MAX_VIEW_USERS} users can be created in one job; ${ids.length} were given.`
      );
    }
    this.jobs.assertIdle();
    const { template } = await this.template(templateUsername, false);
    await this.assertUsersExist(ids);
    const view = await this.viewOf(listViewId);
    this.jobs.reserve();
    try {
      const jobId = await this.newJob(template.user.username, ids, view, listViewId);
      this.jobs.start(jobId);
      return { jobId, total: ids.length };
    } catch (error) {
      this.jobs.unreserve();
      throw error;
    }
  }

  private async newJob(
    templateUsername: string,
    ids: string[],
    view: ListViewOption | null,
    listViewId: string | null | undefined
  ): Promise<string> {
    const now = new Date().toISOString();
    return this.org.createJob({
      status: 'Queued',
      templateUsername,
      userIds: ids,
      total: ids.length,
      createdAt: now,
      attempted: [],
      error: null,
      listViewId: view?.id ?? trimToNull(listViewId),
      listViewLabel: view?.label ?? null,
      startedBy: this.startedBy,
      startedAt: now,
      finishedAt: null,
      notice: null
    });
  }

  async getJob({ jobId }: { jobId: string }): Promise<JobStatus> {
    const job = await this.org.loadJob(required(jobId, 'Give a job ID.'));
    if (!job) {
      throw new ServiceError(`No job has the ID '${jobId}'.`, 404);
    }
    const status = toJobStatus(job, await this.org.loadResults(job.jobId));
    status.notice = this.jobs.noticeOf(job.jobId) ?? status.notice;
    return status;
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
    const job = await this.org.loadJob(required(jobId, 'Give a job ID.'));
    if (!job) {
      throw new ServiceError(`No job has the ID '${jobId}'.`, 404);
    }
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
      throw new ServiceError(`No job has the ID '${jobId}'.`, 404);
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

  private async assertUsersExist(ids: string[]): Promise<void> {
    const known = new Set((await this.org.getUsersByIds(ids)).map((user) => user.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ServiceError(
        `No Salesforce user has the ID ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '...' : ''}.`
      );
    }
  }

  private async viewOf(listViewId: string | null | undefined): Promise<ListViewOption | null> {
    const wanted = trimToNull(listViewId);
    if (wanted === null) {
      return null;
    }
    const view = (await this.org.listUserViews()).find(
      (candidate) => candidate.id === wanted || candidate.developerName === wanted
    );
    if (!view) {
      throw new ServiceError(`No User list view has the ID '${wanted}'. Choose a view from the list.`, 404);
    }
    return view;
  }

  /** The template and the tenant's keys; reused for a short while by the tab's checks (`cached`). */
  private async template(username: string, cached: boolean): Promise<TemplateRead> {
    const wanted = required(username, 'Type the username of an existing VCC user to use as the template.');
    return this.templates.read(wanted, cached);
  }

  private async vccCall<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw vccFailure(what, error);
    }
  }
}

/** VCC users as the checks see them: every key of the tenant. */
function vccUserRefs(directory: VccDirectory): VccUserRef[] {
  const refs: VccUserRef[] = [];
  for (const entry of directory.entries()) {
    refs.push({ username: entry.username, agentId: entry.agentId });
  }
  return refs;
}

function required(value: unknown, message: string): string {
  const text = trimToNull(value);
  if (text === null) {
    throw new ServiceError(message);
  }
  return text;
}
