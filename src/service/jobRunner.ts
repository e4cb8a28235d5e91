/**
 * Runs creation jobs for the service, one at a time: per state directory across processes (the lock file, when
 * there is a state directory) and within this process. It starts a job's run (creationJob.ts), passes on cancel
 * requests (here, or through the state directory to another process) and the retry notice while VCC is not
 * answering, and marks Failed a run that could not even save its own end.
 */
import path from 'node:path';
import { format, LABELS } from '../core';
import type { VccClient, VccRetryInfo } from '../vcc/client';
import { CreationJobRun } from './creationJob';
import { ServiceError } from './errors';
import { hasCancelMarker, removeCancelMarker, retryNotice, writeCancelMarker } from './jobControl';
import { JobLock, JobLockedError } from './jobLock';
import type { OrgGateway } from './OrgGateway';

/** Users in a row that VCC does not answer before a job stops sending (VccUserCreator.stopAfterUnavailable). */
export const STOP_AFTER_UNAVAILABLE = 5;

/** How long a retry notice shows after the last retry, in milliseconds. */
const NOTICE_MS = 20_000;

export interface JobRunnerOptions {
  chunkSize: number;
  concurrency: number;
  stateDir: string | null;
  /** Called when a job's run here ends, however it ends. */
  onEnded?: () => void;
}

export class JobRunner {
  private readonly running = new Map<string, Promise<void>>();
  private readonly cancelled = new Set<string>();
  private readonly lock: JobLock | null;
  private readonly stateDir: string | null;
  private notice: { text: string; at: number } | null = null;
  /** The lock's job ID while a job is being created. */
  private readonly reservation = format(LABELS.VCC_Op_Job_Reservation, process.pid);
  private reserved = false;

  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    private readonly options: JobRunnerOptions
  ) {
    this.stateDir = options.stateDir ? path.resolve(options.stateDir) : null;
    this.lock = this.stateDir ? new JobLock(this.stateDir) : null;
  }

  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** The retry notice of a job running here, while it lasts; null otherwise. */
  noticeOf(jobId: string): string | null {
    return this.running.has(jobId) && this.notice && Date.now() - this.notice.at < NOTICE_MS
      ? this.notice.text
      : null;
  }

  noteRetry(info: VccRetryInfo): void {
    this.notice = { text: retryNotice(info), at: Date.now() };
  }

  /** Refuses a second job while one runs here or, through the lock file, in another process. */
  assertIdle(): void {
    const holder = this.lock?.current() ?? null;
    if (holder !== null) {
      throw new ServiceError(new JobLockedError(holder, this.lock!.lockPath).message, 409);
    }
    if (this.reserved) {
      throw new ServiceError(LABELS.VCC_Op_Job_Starting, 409);
    }
    const [runningId] = this.running.keys();
    if (runningId !== undefined) {
      throw new ServiceError(format(LABELS.VCC_Op_Job_Still_Running, runningId), 409);
    }
  }

  /**
   * Takes the lock for a job about to be created (one job at a time: a ServiceError 409 when another holds it),
   * before its record exists, so that a refused start never leaves a job behind. `start` then takes it over.
   */
  reserve(): void {
    this.assertIdle();
    this.acquire(this.reservation);
    this.reserved = true;
  }

  /** Gives back a reservation whose job was not created. */
  unreserve(): void {
    this.reserved = false;
    this.lock?.release(this.reservation);
  }

  /** True when another live process holds the lock (for any job). */
  heldElsewhere(jobId?: string): boolean {
    const holder = this.lock?.current() ?? null;
    return holder !== null && holder.pid !== process.pid && (jobId === undefined || holder.jobId === jobId);
  }

  /** Resolves when the job's run here ends (at once when none runs). */
  async wait(jobId: string): Promise<void> {
    await this.running.get(jobId);
  }

  /**
   * Asks a job to stop after the users in flight. A job nobody runs is ended here at once (its users left end
   * Cancelled); a job another process runs stops there.
   */
  async cancel(jobId: string): Promise<void> {
    this.cancelled.add(jobId);
    writeCancelMarker(this.stateDir, jobId);
    if (!this.running.has(jobId) && !this.heldElsewhere(jobId)) {
      this.start(jobId);
      await this.running.get(jobId);
    }
  }

  /** Takes the lock and starts the job's run; a ServiceError (409) when another job holds the lock. */
  start(jobId: string): void {
    if (this.running.has(jobId)) {
      return;
    }
    if (!this.lock?.retag(this.reservation, jobId)) {
      this.acquire(jobId);
    }
    this.reserved = false;
    const run = new CreationJobRun(this.org, this.vcc, jobId, {
      chunkSize: this.options.chunkSize,
      concurrency: this.options.concurrency,
      stopAfterUnavailable: STOP_AFTER_UNAVAILABLE,
      cancelRequested: (id) => this.cancelled.has(id) || hasCancelMarker(this.stateDir, id)
    })
      .run()
      .catch(async (error: unknown) => this.failJob(jobId, error))
      .finally(() => {
        this.running.delete(jobId);
        this.cancelled.delete(jobId);
        removeCancelMarker(this.stateDir, jobId);
        this.notice = null;
        this.lock?.release(jobId);
        this.options.onEnded?.();
      });
    this.running.set(jobId, run);
  }

  private acquire(jobId: string): void {
    try {
      this.lock?.acquire(jobId);
    } catch (error) {
      if (error instanceof JobLockedError) {
        throw new ServiceError(error.message, 409);
      }
      throw error;
    }
  }

  /** Runs these jobs one after the other (resumed jobs); a job refused the lock is left as it is. */
  startInTurn(jobIds: readonly string[]): void {
    void jobIds.reduce(
      (previous, id) =>
        previous.then(() => {
          try {
            this.start(id);
          } catch {
            return undefined;
          }
          return this.running.get(id);
        }),
      Promise.resolve() as Promise<unknown>
    );
  }

  /** A run that could not even save its end (the org failed): the job is marked Failed with the reason. */
  private async failJob(jobId: string, error: unknown): Promise<void> {
    const job = await this.org.loadJob(jobId).catch(() => null);
    if (job) {
      job.status = 'Failed';
      job.error = error instanceof Error ? error.message : String(error);
      job.finishedAt = new Date().toISOString();
      await this.org.saveJob(job).catch(() => undefined);
    }
  }
}
