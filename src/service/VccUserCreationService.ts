/**
 * The TypeScript twin of the Apex VccUserCreationController: the same operations, parameter names and JSON shapes
 * (ARCHITECTURE.md), over an OrgGateway and the VCC client. The LWC calls it through the local HTTP bridge, the CLI
 * directly.
 *
 * createUsers answers at once with a job; the job runs in chunks with the Apex batch's limits, saving results
 * after each chunk, and can be resumed: a run stopped halfway finishes the rest and creates nobody twice.
 */
import {
  AgentIdError,
  checkUsers,
  generateAgentIds,
  preflight,
  resultMessage,
  resultStatus,
  trimToNull,
  type AgentIdAssignment,
  type AgentIdResult,
  type CreationResult,
  type JobInfo,
  type JobStatus,
  type ListViewOption,
  type OrgAgentId,
  type ResultCode,
  type TemplateSummary,
  type UserCheck,
  type VccUserRef,
  type ViewUser
} from '../core';
import { VccError, type VccClient } from '../vcc/client';
import {
  loadTemplate,
  NOT_SENT,
  TemplateError,
  VccUserCreator,
  type SalesforceUserForVcc,
  type VccTemplate
} from '../vcc/creator';
import { agentDisplayIdOf, type VccUser } from '../vcc/types';
import { ServiceError } from './errors';
import { MAX_VIEW_USERS, type JobRecord, type OrgGateway } from './OrgGateway';

/** The operations of the Apex controller (ARCHITECTURE.md, plus getLatestJob), with the same names here. */
export const CONTROLLER_OPERATIONS = [
  'getUserListViews',
  'getViewUsers',
  'getTemplate',
  'checkUsers',
  'generateAgentIds',
  'createUsers',
  'getJob',
  'getLatestJob'
] as const;

/** Users in a row that VCC does not answer before a job stops sending (VccUserCreator.stopAfterUnavailable). */
export const STOP_AFTER_UNAVAILABLE = 5;

export interface ServiceOptions {
  /** Users per chunk, as the Apex batch's scope: 2 callouts a user plus a few per chunk stay under 100. */
  chunkSize?: number;
  /** VCC users created at once within a chunk. */
  concurrency?: number;
}

export class VccUserCreationService {
  private readonly running = new Map<string, Promise<void>>();
  private readonly chunkSize: number;
  private readonly concurrency: number;

  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    options: ServiceOptions = {}
  ) {
    this.chunkSize = Math.max(1, options.chunkSize ?? 40);
    this.concurrency = options.concurrency ?? 4;
  }

  async getUserListViews(): Promise<ListViewOption[]> {
    return this.org.listUserViews();
  }

  async getViewUsers({ listViewId }: { listViewId: string }): Promise<ViewUser[]> {
    return this.org.getViewUsers(required(listViewId, 'Choose a list view.'));
  }

  async getTemplate({ username }: { username: string }): Promise<TemplateSummary> {
    return (await this.template(username)).template.summary;
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
        ? this.vccCall('read the VCC users', () => this.vcc.listUsers('All')).then((directory) => ({
            directory,
            template: null
          }))
        : this.template(templateUsername as string),
      this.org.getOrgAgentIds()
    ]);
    return checkUsers(users, {
      needsAgentId: vcc.template?.summary.needsAgentId ?? false,
      orgAgentIds,
      vccUsers: vccUserRefs(vcc.directory)
    });
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
    const [orgAgentIds, vccIds] = await Promise.all([
      this.org.getOrgAgentIds(),
      this.vccCall('read the agent IDs in use in VCC (nothing was saved)', () => this.vcc.getAgentIdsInUse())
    ]);
    try {
      return generateAgentIds(users, {
        startingId,
        idsInUse: [...orgAgentIds.map((row) => row.agentId as string), ...vccIds]
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
    userIds
  }: {
    templateUsername: string;
    userIds: string[];
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
    const { template } = await this.template(templateUsername);
    const known = new Set((await this.org.getUsersByIds(ids)).map((user) => user.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ServiceError(
        `No Salesforce user has the ID ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '...' : ''}.`
      );
    }
    const jobId = await this.org.createJob({
      status: 'Queued',
      templateUsername: template.user.username,
      userIds: ids,
      total: ids.length,
      createdAt: new Date().toISOString(),
      attempted: [],
      error: null
    });
    this.start(jobId);
    return { jobId, total: ids.length };
  }

  async getJob({ jobId }: { jobId: string }): Promise<JobStatus> {
    const job = await this.org.loadJob(required(jobId, 'Give a job ID.'));
    if (!job) {
      throw new ServiceError(`No job has the ID '${jobId}'.`, 404);
    }
    return toJobStatus(job, await this.org.loadResults(jobId));
  }

  /** The newest job, for the tab to show when it opens again; null when there is none. */
  async getLatestJob(): Promise<JobStatus | null> {
    const jobId = await this.org.latestJobId();
    return jobId === null ? null : this.getJob({ jobId });
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
        job.templateUsername.toLowerCase() === templateUsername.trim().toLowerCase() &&
        [...job.userIds].sort().join(',') === wanted
      ) {
        return jobId;
      }
    }
    return null;
  }

  /** Runs a job that is not running in this process (a job that is running is left alone). */
  async resumeJob({ jobId }: { jobId: string }): Promise<void> {
    const job = await this.org.loadJob(jobId);
    if (!job) {
      throw new ServiceError(`No job has the ID '${jobId}'.`, 404);
    }
    if (job.status === 'Queued' || job.status === 'Running') {
      this.start(jobId);
    }
  }

  /** Resumes jobs left Queued or Running by a process that stopped. */
  async resumeUnfinishedJobs(): Promise<string[]> {
    const ids = (await this.org.unfinishedJobIds()).filter((id) => !this.running.has(id));
    ids.forEach((id) => this.start(id));
    return ids;
  }

  /** Resolves when the job's run in this process ends (at once when none runs). */
  async waitForJob(jobId: string): Promise<JobStatus> {
    await this.running.get(jobId);
    return this.getJob({ jobId });
  }

  private start(jobId: string): void {
    if (this.running.has(jobId)) {
      return;
    }
    const run = this.runJob(jobId).finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  private async runJob(jobId: string): Promise<void> {
    const job = await this.org.loadJob(jobId);
    if (!job) {
      return;
    }
    job.status = 'Running';
    await this.org.saveJob(job);
    const done = new Set((await this.org.loadResults(jobId)).map((result) => result.userId));
    try {
      for (let start = 0; start < job.userIds.length; start += this.chunkSize) {
        const chunk = job.userIds.slice(start, start + this.chunkSize).filter((id) => !done.has(id));
        if (chunk.length > 0) {
          await this.runChunk(job, chunk);
        }
      }
      await this.finishGroups(job);
      job.status = 'Completed';
      job.error = null;
    } catch (error) {
      // The job cannot go on (VCC refused the credentials, the template went away...): every user left gets
      // a result that says so, and the job is Failed.
      const code: ResultCode = error instanceof VccError ? error.code : 'VCC_UNAVAILABLE';
      const reason =
        error instanceof VccError
          ? (error.vccMessage ?? error.message)
          : error instanceof Error
            ? error.message
            : String(error);
      const answered = new Set((await this.org.loadResults(jobId)).map((result) => result.userId));
      const users = await this.org.getUsersByIds(job.userIds.filter((id) => !answered.has(id)));
      await this.org.saveResults(
        jobId,
        users.map((user) =>
          result(user, code, null, resultMessage(code, { vccMessage: reason, username: user.username }))
        )
      );
      await this.finishGroupsOrSay(job, reason);
      job.status = 'Failed';
      job.error = reason;
    }
    await this.org.saveJob(job);
  }

  /** One chunk: template, user list and org IDs read once; callouts first, then the results saved at once. */
  private async runChunk(job: JobRecord, userIds: string[]): Promise<void> {
    const { template, directory } = await this.template(job.templateUsername);
    const [users, orgAgentIds] = await Promise.all([
      this.org.getUsersByIds(userIds),
      this.org.getOrgAgentIds()
    ]);
    const inJob = new Set(job.userIds);
    const checks = checkUsers(users, {
      needsAgentId: template.summary.needsAgentId,
      orgAgentIds: orgAgentIds.filter((row: OrgAgentId) => !inJob.has(row.userId)),
      vccUsers: vccUserRefs(directory)
    });
    const results: CreationResult[] = [];
    const toCreate: SalesforceUserForVcc[] = [];
    const toAdopt: { user: SalesforceUserForVcc; vccUser: VccUser }[] = [];
    const attempted = new Set(job.attempted);
    const byUsername = new Map(directory.map((user) => [user.username.toLowerCase(), user]));
    users.forEach((user, index) => {
      const forVcc = toVccUser(user);
      const found = byUsername.get((user.username ?? '').toLowerCase());
      if (attempted.has(user.id) && found) {
        // sent by this job before it stopped: it is ours, finish it
        toAdopt.push({ user: forVcc, vccUser: found });
        return;
      }
      const before = preflight(checks[index].issues, { username: user.username, agentId: user.agentId });
      if (before) {
        results.push({
          ...result(
            user,
            before.code,
            found && before.code === 'ALREADY_LINKED' ? found.userId : null,
            before.message
          )
        });
      } else {
        toCreate.push(forVcc);
      }
    });

    // Mark the users about to be sent before sending them, so a stopped run knows whom to look for.
    job.attempted = [...new Set([...job.attempted, ...toCreate.map((user) => user.userId)])];
    await this.org.saveJob(job);
    const progress = new ProgressSaver((rows) => this.org.saveResults(job.jobId, rows));
    const creator = await VccUserCreator.start(
      this.vcc,
      template,
      {
        concurrency: this.concurrency,
        stopAfterUnavailable: STOP_AFTER_UNAVAILABLE,
        // results are kept as they come (at most once a second), so the tab shows progress within a chunk
        onResult: (result) => progress.add(result)
      },
      directory
    );
    for (const { user, vccUser } of toAdopt) {
      results.push(await creator.adopt(user, vccUser));
    }
    results.push(...(await creator.createEach(toCreate)));

    await this.org.saveResults(job.jobId, results);
    const answered = new Set(results.map((row) => row.userId));
    job.attempted = job.attempted.filter((id) => !answered.has(id));
    await this.org.saveJob(job);
    if (creator.stopped) {
      throw new VccError('VCC_UNAVAILABLE', `VCC stopped answering: ${NOT_SENT}.`, null, NOT_SENT);
    }
  }

  /**
   * After a job stopped: the users it created still go into the template's groups when VCC answers; when it does
   * not, their results say the groups are missing, so nobody reads "Created" for a user without its groups.
   */
  private async finishGroupsOrSay(job: JobRecord, reason: string): Promise<void> {
    try {
      await this.finishGroups(job);
    } catch {
      const created = (await this.org.loadResults(job.jobId)).filter(
        (row) => row.vccUserId && isCreated(row.code)
      );
      await this.org.saveResults(
        job.jobId,
        created.map((row) => ({
          ...row,
          status: resultStatus('PARTIALLY_CREATED'),
          code: 'PARTIALLY_CREATED' as const,
          message: resultMessage('PARTIALLY_CREATED', {
            missing: [...(row.code === 'PARTIALLY_CREATED' ? ['skills'] : []), "the template's groups"],
            vccMessage: reason
          })
        }))
      );
    }
  }

  /**
   * Group memberships once per group for the whole job (read, merge, write: doing it again after a stop adds
   * nobody twice); users of a group that cannot be written become PARTIALLY_CREATED.
   */
  private async finishGroups(job: JobRecord): Promise<void> {
    const results = (await this.org.loadResults(job.jobId)).filter(
      (row) => row.vccUserId && isCreated(row.code)
    );
    if (results.length === 0) {
      return;
    }
    const { template, directory } = await this.template(job.templateUsername);
    const creator = await VccUserCreator.start(this.vcc, template, {}, directory);
    const updated = await creator.addToGroups(results);
    await this.org.saveResults(
      job.jobId,
      updated.filter((row, index) => row !== results[index])
    );
  }

  private async template(username: string): Promise<{ template: VccTemplate; directory: VccUser[] }> {
    const wanted = required(username, 'Type the username of an existing VCC user to use as the template.');
    const directory = await this.vccCall('read the VCC users', () => this.vcc.listUsers('All'));
    try {
      return { template: await loadTemplate(this.vcc, wanted, directory), directory };
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new ServiceError(error.message, error.code === 'TEMPLATE_NOT_FOUND' ? 404 : 400);
      }
      throw vccFailure('read the template user', error);
    }
  }

  private async vccCall<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw vccFailure(what, error);
    }
  }
}

/** Saves results as they come, at most once a second (the chunk saves them all again when it ends). */
class ProgressSaver {
  private pending: CreationResult[] = [];
  private last = Date.now();

  constructor(private readonly save: (rows: CreationResult[]) => Promise<void>) {}

  async add(result: CreationResult): Promise<void> {
    this.pending.push(result);
    if (Date.now() - this.last >= 1000) {
      const rows = this.pending;
      this.pending = [];
      this.last = Date.now();
      await this.save(rows);
    }
  }
}

function vccFailure(what: string, error: unknown): unknown {
  if (error instanceof VccError) {
    return new ServiceError(`Could not ${what}: ${error.message}`, 502);
  }
  return error;
}

/** VCC users as the checks see them. */
function vccUserRefs(directory: readonly VccUser[]): VccUserRef[] {
  return directory.map((user) => ({ username: user.username, agentId: agentDisplayIdOf(user) }));
}

function required(value: unknown, message: string): string {
  const text = trimToNull(value);
  if (text === null) {
    throw new ServiceError(message);
  }
  return text;
}

function isCreated(code: ResultCode): boolean {
  return code === 'CREATED' || code === 'PARTIALLY_CREATED';
}

function toVccUser(user: ViewUser): SalesforceUserForVcc {
  return {
    userId: user.id,
    username: (user.username ?? '').trim(),
    name: user.name ?? user.username ?? '',
    email: user.email ?? '',
    phone: user.phone,
    agentId: user.agentId
  };
}

function result(user: ViewUser, code: ResultCode, vccUserId: string | null, message: string): CreationResult {
  return {
    userId: user.id,
    username: user.username,
    status: resultStatus(code),
    code,
    message,
    agentId: user.agentId,
    vccUserId
  };
}

/** The JobStatus of a stored job: counts from its results, results in the job's order. */
export function toJobStatus(job: JobRecord, results: CreationResult[]): JobStatus {
  const order = new Map(job.userIds.map((id, index) => [id, index]));
  const sorted = [...results].sort((a, b) => (order.get(a.userId) ?? 0) - (order.get(b.userId) ?? 0));
  const count = (statuses: string[]): number => sorted.filter((row) => statuses.includes(row.status)).length;
  return {
    jobId: job.jobId,
    status: job.status,
    total: job.total,
    processed: sorted.length,
    created: count(['Created']),
    failed: count(['Failed']),
    skipped: count(['Skipped', 'AlreadyLinked']),
    results: sorted
  };
}
