/**
 * The creation job runner (the twin of the Apex VccUserCreationBatch). Per job: the template is read once and the
 * tenant's usernames and agent IDs once (a key set, kept up to date after each create). Then chunks of users, like
 * the batch's scopes: preflight (src/core) first, then `creator.process(user)` for each user that goes to VCC, which
 * finishes the user in its own call (create or find, skills, groups, permissions) or brings a linked user up to the
 * template. Results are saved as they come and at the end of each chunk; nothing is left for the end of the job.
 *
 * Every user of a job ends with exactly one result: after a cancel ('Cancelled' for the users not started), after
 * VCC stopped answering and after the job failed as a whole (its reason in `error`). A resumed run (the same
 * command after a stop or a `kill -9`) finishes the users without a result; a user whose create was sent before
 * the stop is found in VCC and finished, never created twice.
 */
import {
  LABELS,
  agentIdKey,
  checkUsers,
  preflight,
  resultMessage,
  resultStatus,
  trimToNull,
  usernameKey,
  type CreationResult,
  type ResultCode,
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
  type CreatorDirectory,
  type SalesforceUserForVcc,
  type VccTemplate
} from '../vcc/creator';
import type { JobRecord, OrgGateway } from './OrgGateway';

export interface CreationJobOptions {
  /** Users per chunk (the Apex batch's scope). */
  chunkSize: number;
  /** Users processed at once within a chunk. */
  concurrency: number;
  /** Users in a row VCC does not answer before the job stops sending. */
  stopAfterUnavailable: number;
  /** True once the job was asked to stop: it stops after the users in flight. */
  cancelRequested(jobId: string): boolean;
}

/** Why a job cannot go on: its code for the users left, and the reason for `error`. */
interface Stop {
  code: ResultCode;
  reason: string;
  host: string | null;
}

/** A job's run: one per job at a time (the service holds the lock). */
export class CreationJobRun {
  private job!: JobRecord;
  private template!: VccTemplate;
  private directory!: CreatorDirectory;
  private creator!: VccUserCreator;
  private readonly answered = new Set<string>();
  private cancelled = false;
  private pending: CreationResult[] = [];
  private lastSave = 0;

  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    private readonly jobId: string,
    private readonly options: CreationJobOptions
  ) {}

  /** Runs the job to its end; resolves once its status is saved (Completed, Cancelled or Failed). */
  async run(): Promise<void> {
    const job = await this.org.loadJob(this.jobId);
    if (!job || (job.status !== 'Queued' && job.status !== 'Running')) {
      return;
    }
    this.job = job;
    job.status = 'Running';
    job.startedAt = job.startedAt ?? new Date().toISOString();
    job.finishedAt = null;
    await this.org.saveJob(job);
    for (const result of await this.org.loadResults(this.jobId)) {
      this.answered.add(result.userId);
    }
    let stop: Stop | null = null;
    try {
      stop = await this.runChunks();
    } catch (error) {
      stop = stopOf(error);
    }
    await this.finish(stop);
  }

  private async runChunks(): Promise<Stop | null> {
    const left = this.job.userIds.filter((id) => !this.answered.has(id));
    if (left.length === 0 || this.isCancelled()) {
      return null;
    }
    this.directory = (await this.vcc.readDirectory()) as CreatorDirectory;
    this.template = await loadTemplate(this.vcc, this.job.templateUsername, this.directory);
    this.creator = new VccUserCreator(this.vcc, this.template, this.directory, {
      stopAfterUnavailable: this.options.stopAfterUnavailable
    });
    const size = Math.max(1, this.options.chunkSize);
    for (let start = 0; start < left.length; start += size) {
      if (this.isCancelled()) {
        return null;
      }
      await this.runChunk(left.slice(start, start + size));
      if (this.creator.stopped) {
        return { code: 'VCC_UNAVAILABLE', reason: `VCC stopped answering: ${NOT_SENT}.`, host: null };
      }
    }
    return null;
  }

  /** One chunk: its users read, checked, then each processed; the chunk's results saved at the end. */
  private async runChunk(userIds: string[]): Promise<void> {
    const [users, orgAgentIds] = await Promise.all([
      this.org.getUsersByIds(userIds),
      this.org.getOrgAgentIds()
    ]);
    const inJob = new Set(this.job.userIds);
    const needsAgentId = this.template.summary.needsAgentId;
    const checked = users.map((user) => forChecks(user, needsAgentId));
    const checks = checkUsers(checked, {
      needsAgentId,
      orgAgentIds: orgAgentIds.filter((row) => !inJob.has(row.userId)),
      vccUsers: this.vccRefs(checked)
    });
    const decisions = users.map((user, index) => this.decide(user, checks[index]));
    await this.save(gone(userIds, users));
    const toSend = users.filter((_, index) => decisions[index] === 'process');
    const results = decisions.filter((row): row is CreationResult => row !== null && row !== 'process');
    // The users about to be created are marked first, so that a run stopped now knows whom to look for.
    const creating = toSend.filter((user) => !this.isLinked(user)).map((user) => user.id);
    this.job.attempted = [...new Set([...this.job.attempted, ...creating])];
    await this.org.saveJob(this.job);
    await this.save(results);
    await this.pool(toSend, async (user) => {
      const result = this.isCancelled() ? cancelled(user) : await this.process(user);
      await this.keep(result);
    });
    await this.flush();
    const done = new Set(users.map((user) => user.id));
    this.job.attempted = this.job.attempted.filter((id) => !done.has(id));
    await this.org.saveJob(this.job);
  }

  /** 'process' for a user that goes to VCC, else its result without a call; null when it has one already. */
  private decide(user: ViewUser, check: UserCheck): CreationResult | 'process' | null {
    if (this.answered.has(user.id)) {
      return null;
    }
    if (this.isLinked(user)) {
      return 'process';
    }
    const before = preflight(check.issues, { username: user.username, agentId: user.agentId });
    if (before === null || before.code === 'ALREADY_LINKED') {
      return 'process';
    }
    return { ...resultOf(user, before.code, null, before.message), status: before.status };
  }

  /** Same username and, for a template that takes calls, the same agent ID: the creator converges it. */
  private isLinked(user: ViewUser): boolean {
    const entry = this.directory.byUsername((user.username ?? '').trim());
    if (entry === null || usernameKey(entry.username) !== usernameKey(user.username)) {
      return false;
    }
    return !this.template.actsAsAgent || agentIdKey(entry.agentId) === agentIdKey(user.agentId);
  }

  /** One user through the creator; a user this job sent before a stop and now finds is reported Created. */
  private async process(user: ViewUser): Promise<CreationResult> {
    const sentBefore = this.job.attempted.includes(user.id) && this.isLinked(user);
    const result = await this.creator.process(toVccUser(user));
    if (sentBefore && (result.code === 'UPDATED' || result.code === 'ALREADY_LINKED')) {
      return {
        ...result,
        status: resultStatus('CREATED'),
        code: 'CREATED',
        message: resultMessage('CREATED', {
          agentId: user.agentId,
          agentIdNotSent: !this.template.actsAsAgent && trimToNull(user.agentId) !== null
        })
      };
    }
    return result;
  }

  /** The VCC users the checks of these users need: only those holding their usernames or agent IDs. */
  private vccRefs(users: readonly ViewUser[]): VccUserRef[] {
    const refs = new Map<string, VccUserRef>();
    for (const user of users) {
      for (const entry of [
        this.directory.byUsername(user.username ?? ''),
        this.directory.byAgentId(user.agentId ?? '')
      ]) {
        if (entry) {
          refs.set(entry.userId, { username: entry.username, agentId: entry.agentId });
        }
      }
    }
    return [...refs.values()];
  }

  /** Runs `work` for each user, `concurrency` at a time, in order. */
  private async pool(users: readonly ViewUser[], work: (user: ViewUser) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < users.length) {
        const user = users[next++];
        await work(user);
      }
    };
    // Every worker ends before the chunk does, even when one fails: no result comes after the job's end.
    const outcomes = await Promise.allSettled(
      Array.from({ length: Math.max(1, this.options.concurrency) }, worker)
    );
    const failed = outcomes.find(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected'
    );
    if (failed) {
      throw failed.reason;
    }
  }

  private isCancelled(): boolean {
    this.cancelled ||= this.options.cancelRequested(this.jobId);
    return this.cancelled;
  }

  /** Keeps a result, saving at most once a second so that the tab shows progress within a chunk. */
  private async keep(result: CreationResult): Promise<void> {
    this.answered.add(result.userId);
    this.pending.push(result);
    if (Date.now() - this.lastSave >= 1000) {
      await this.flush();
    }
  }

  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    this.lastSave = Date.now();
    if (rows.length > 0) {
      await this.org.saveResults(this.jobId, rows);
    }
  }

  private async save(results: CreationResult[]): Promise<void> {
    results.forEach((result) => this.answered.add(result.userId));
    if (results.length > 0) {
      await this.org.saveResults(this.jobId, results);
    }
  }

  /** Every user without a result gets one (Cancelled, or the stop's code); the job's end is saved. */
  private async finish(stop: Stop | null): Promise<void> {
    await this.flush();
    const left = this.job.userIds.filter((id) => !this.answered.has(id));
    if (left.length > 0) {
      const users = await this.org.getUsersByIds(left);
      const rest = users.map((user) =>
        stop === null
          ? cancelled(user)
          : resultOf(
              user,
              stop.code,
              null,
              resultMessage(stop.code, { username: user.username, vccMessage: stop.reason, host: stop.host })
            )
      );
      await this.save([...rest, ...gone(left, users)]);
    }
    this.job.attempted = [];
    this.job.status = stop !== null ? 'Failed' : this.cancelled ? 'Cancelled' : 'Completed';
    this.job.error = stop?.reason ?? null;
    this.job.notice = null;
    this.job.finishedAt = new Date().toISOString();
    await this.org.saveJob(this.job);
  }
}

/** Why a job stopped, from what it threw. */
function stopOf(error: unknown): Stop {
  if (error instanceof VccError) {
    return {
      code: error.code,
      reason: error.message,
      host: (error as { host?: string | null }).host ?? null
    };
  }
  if (error instanceof TemplateError) {
    return { code: 'INVALID_REQUEST', reason: error.message, host: null };
  }
  return {
    code: 'VCC_UNAVAILABLE',
    reason: `The job stopped: ${error instanceof Error ? error.message : String(error)}`,
    host: null
  };
}

/**
 * The user as the job's checks see it: for a template that takes no calls the agent ID is not sent, so it is
 * neither checked nor compared (a user linked through its username is linked).
 */
export function forChecks(user: ViewUser, needsAgentId: boolean): ViewUser {
  return needsAgentId ? user : { ...user, agentId: null };
}

export function toVccUser(user: ViewUser): SalesforceUserForVcc {
  return {
    userId: user.id,
    username: (user.username ?? '').trim(),
    name: user.name ?? user.username ?? '',
    email: user.email ?? '',
    phone: user.phone,
    agentId: user.agentId
  };
}

/** Users of the job the org no longer has: skipped, saying so, so that each still has its one result. */
function gone(userIds: readonly string[], users: readonly ViewUser[]): CreationResult[] {
  const found = new Set(users.map((user) => user.id));
  return userIds
    .filter((id) => !found.has(id))
    .map((id) => ({
      userId: id,
      username: null,
      status: resultStatus('SKIPPED'),
      code: 'SKIPPED' as const,
      message: LABELS.VCC_Op_User_Gone,
      agentId: null,
      vccUserId: null
    }));
}

function cancelled(user: ViewUser): CreationResult {
  return resultOf(user, 'CANCELLED', null, resultMessage('CANCELLED', { username: user.username }));
}

export function resultOf(
  user: ViewUser,
  code: ResultCode,
  vccUserId: string | null,
  message: string
): CreationResult {
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
