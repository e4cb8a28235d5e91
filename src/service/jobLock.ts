/**
 * One creation job at a time per state directory, across processes: the CLI and `npm start` on the same
 * `.vcc-data` share it. The lock is a file (`job.lock`) holding the pid, the host, when the job started and its ID,
 * created exclusively when a job starts and removed when it ends. A lock whose process is gone (a `kill -9`, a
 * crash) is taken over; a live one refuses the second start, saying who holds it and since when.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { format, LABELS } from '../core';

/** What the lock file holds. */
export interface JobLockHolder {
  pid: number;
  host: string;
  jobId: string;
  startedAt: string;
}

/** A second job refused while another runs on the same state directory. */
export class JobLockedError extends Error {
  constructor(
    readonly holder: JobLockHolder,
    readonly lockPath: string
  ) {
    super(
      format(
        LABELS.VCC_Op_Job_Locked,
        path.dirname(lockPath),
        holder.jobId,
        holder.startedAt,
        holder.pid,
        holder.host
      )
    );
    this.name = 'JobLockedError';
  }
}

export class JobLock {
  readonly lockPath: string;

  constructor(stateDir: string) {
    this.lockPath = path.join(path.resolve(stateDir), 'job.lock');
  }

  /**
   * Takes the lock for a job, or throws a JobLockedError naming the holder. This process taking it again for the
   * same job is allowed (a resumed run); for another job it is refused like any other holder.
   */
  acquire(jobId: string): void {
    mkdirSync(path.dirname(this.lockPath), { recursive: true });
    const mine: JobLockHolder = {
      pid: process.pid,
      host: hostname(),
      jobId,
      startedAt: new Date().toISOString()
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        writeFileSync(this.lockPath, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw error;
        }
      }
      const holder = this.holder();
      if (holder === null && this.justCreated()) {
        // Another process is writing it this very moment.
        throw new JobLockedError({ ...mine, pid: -1, jobId: '(starting)' }, this.lockPath);
      }
      if (holder === null || !isAlive(holder)) {
        // A stale lock (its process is gone) or one being written: take it over.
        this.removeIf(holder);
        continue;
      }
      if (holder.pid === process.pid && holder.host === mine.host && holder.jobId === jobId) {
        return;
      }
      throw new JobLockedError(holder, this.lockPath);
    }
    const holder = this.holder();
    throw new JobLockedError(holder ?? { ...mine, pid: -1 }, this.lockPath);
  }

  /**
   * Gives the lock this process holds for `from` (e.g. a job being created) to the job `to`; false when this
   * process does not hold it for `from`.
   */
  retag(from: string, to: string): boolean {
    const holder = this.holder();
    if (!holder || holder.pid !== process.pid || holder.jobId !== from) {
      return false;
    }
    const temporary = `${this.lockPath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ ...holder, jobId: to }), { mode: 0o600 });
    renameSync(temporary, this.lockPath);
    return true;
  }

  /** Releases the lock when this process holds it for this job. */
  release(jobId: string): void {
    const holder = this.holder();
    if (holder && holder.pid === process.pid && holder.jobId === jobId) {
      rmSync(this.lockPath, { force: true });
    }
  }

  /** Who holds the lock now (a live process), or null. */
  current(): JobLockHolder | null {
    const holder = this.holder();
    return holder !== null && isAlive(holder) ? holder : null;
  }

  private holder(): JobLockHolder | null {
    try {
      const parsed = JSON.parse(readFileSync(this.lockPath, 'utf8')) as JobLockHolder;
      return typeof parsed?.pid === 'number' ? parsed : null;
    } catch {
      return null;
    }
  }

  private justCreated(): boolean {
    try {
      return Date.now() - statSync(this.lockPath).mtimeMs < 2000;
    } catch {
      return false;
    }
  }

  /** Removes the lock file when it still holds what was read (null: an unreadable file). */
  private removeIf(expected: JobLockHolder | null): void {
    const now = this.holder();
    if (JSON.stringify(now) === JSON.stringify(expected)) {
      rmSync(this.lockPath, { force: true });
    }
  }
}

/** True when the holder's process still runs (on another host it is taken to run). */
function isAlive(holder: JobLockHolder): boolean {
  if (holder.host !== hostname()) {
    return true;
  }
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
