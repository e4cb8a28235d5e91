/**
 * Where the demo org keeps its changes, in the state directory:
 * - `org-state-<name>-<hash of the data file's absolute path>.json`: the org (users with the agent IDs given since,
 *   views, call centers) and the jobs, with the data file's path and the hash of its content when the state was
 *   made. Two data files never share a state, and an edited data file is never silently ignored: when its content
 *   changed since, the org starts from the file again, keeping the jobs, and says so.
 * - `org-results-<name>-<hash>/<jobId>.jsonl`: each job's results, one JSON line per saved result (the last line of
 *   a user wins), appended as they come: a save never rewrites the other jobs' results or the org.
 * Several processes may share a state directory (npm start and vcc-users): each notices when another one changed
 * the state (`changedSinceSeen`) and reads it again before acting, and reads a job's results again when its file grew.
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { format, LABELS, type CreationResult } from '../core';
import { ServiceError } from './errors';
import type { JobRecord } from './OrgGateway';

/** The org part of a demo org file (data/README.md). */
export interface DemoOrgFileData {
  users: unknown[];
  callCenters?: unknown[];
  listViews: unknown[];
  jobs?: JobRecord[];
}

/** A job's results in the order first saved, with each user's place; `bytes` of the file are read. */
export interface ResultIndex {
  stamp: string | null;
  bytes: number;
  rows: CreationResult[];
  place: Map<string, number>;
}

/** Adds a result to an index: a user's later result takes the place of the first. */
export function addResult(index: Pick<ResultIndex, 'rows' | 'place'>, result: CreationResult): void {
  const at = index.place.get(result.userId);
  if (at === undefined) {
    index.place.set(result.userId, index.rows.length);
    index.rows.push(result);
  } else {
    index.rows[at] = result;
  }
}

interface StateFile<T> {
  dataFile: string;
  dataHash: string;
  org: T;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a file looked like when last read or written: its modification time and size, or null when absent. */
function stampOf(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
}

export class DemoOrgState {
  readonly statePath: string;
  readonly resultsDir: string;
  /** The state file as this process last read or wrote it. */
  private seen: string | null = null;
  private readonly results = new Map<string, ResultIndex>();

  constructor(
    stateDir: string,
    readonly dataPath: string,
    readonly dataHash: string
  ) {
    const absolute = path.resolve(dataPath);
    const name = `${path.basename(absolute, '.json').replace(/[^\w.-]/g, '_')}-${sha256(absolute).slice(0, 12)}`;
    this.statePath = path.join(path.resolve(stateDir), `org-state-${name}.json`);
    this.resultsDir = path.join(path.resolve(stateDir), `org-results-${name}`);
  }

  /**
   * The saved org when it was made from this very content of the data file; else null, with `stale` true when
   * a state exists for an older content (its jobs are in `jobs`).
   */
  read<T extends { jobs?: JobRecord[] }>(): { org: T | null; stale: boolean; jobs: JobRecord[] } {
    if (!existsSync(this.statePath)) {
      this.seen = null;
      return { org: null, stale: false, jobs: [] };
    }
    let state: StateFile<T>;
    try {
      const stamp = stampOf(this.statePath);
      state = JSON.parse(readFileSync(this.statePath, 'utf8')) as StateFile<T>;
      this.seen = stamp;
    } catch (error) {
      throw new ServiceError(
        format(LABELS.VCC_Op_Demo_State_Invalid, this.statePath, (error as Error).message)
      );
    }
    if (state.dataHash === this.dataHash && state.org) {
      return { org: state.org, stale: false, jobs: state.org.jobs ?? [] };
    }
    return { org: null, stale: true, jobs: state.org?.jobs ?? [] };
  }

  /** Saves the org and its jobs (never the results), atomically. */
  write<T>(org: T): void {
    mkdirSync(path.dirname(this.statePath), { recursive: true });
    const state: StateFile<T> = { dataFile: path.resolve(this.dataPath), dataHash: this.dataHash, org };
    const temporary = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.statePath);
    this.seen = stampOf(this.statePath);
  }

  /** True when another process wrote the state since this one last read or wrote it. */
  changedSinceSeen(): boolean {
    return stampOf(this.statePath) !== this.seen;
  }

  /** Appends results of a job. */
  appendResults(jobId: string, results: readonly CreationResult[]): void {
    if (results.length === 0) {
      return;
    }
    mkdirSync(this.resultsDir, { recursive: true });
    appendFileSync(this.resultsFile(jobId), results.map((result) => JSON.stringify(result) + '\n').join(''));
  }

  /** A job's results, one per user (the last saved wins), in the order first saved. */
  readResults(jobId: string): CreationResult[] {
    return this.resultIndex(jobId).rows.map((result) => ({ ...result }));
  }

  /**
   * A job's results in the order first saved (a result's sequence is its place, from 1), kept in memory and brought
   * up to date by reading only what was appended since: a page or the counts of a 10,000-result job cost little.
   */
  resultIndex(jobId: string): ResultIndex {
    const file = this.resultsFile(jobId);
    const stamp = stampOf(file);
    let index = this.results.get(jobId);
    if (index !== undefined && index.stamp === stamp) {
      return index;
    }
    const size = stamp === null ? 0 : statSync(file).size;
    if (index === undefined || size < index.bytes) {
      index = { stamp: null, bytes: 0, rows: [], place: new Map() };
      this.results.set(jobId, index);
    }
    if (size > index.bytes) {
      index.bytes += this.readAppended(file, index, size);
    }
    index.stamp = stamp;
    return index;
  }

  /** Adds the complete lines from `index.bytes` to `size`; answers how many bytes they took. */
  private readAppended(file: string, index: ResultIndex, size: number): number {
    const buffer = Buffer.alloc(size - index.bytes);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, index.bytes);
    } finally {
      closeSync(fd);
    }
    const end = buffer.lastIndexOf(0x0a) + 1;
    for (const line of buffer.subarray(0, end).toString('utf8').split('\n')) {
      if (line.trim() === '') {
        continue;
      }
      try {
        addResult(index, JSON.parse(line) as CreationResult);
      } catch {
        // a line cut short by a kill: the result is saved again by the resumed run
      }
    }
    return end;
  }

  private resultsFile(jobId: string): string {
    return path.join(this.resultsDir, `${jobId.replace(/[^\w-]/g, '_')}.jsonl`);
  }
}
