/**
 * How vcc-users shows a creation job: its progress while it runs (a bar on a terminal, a line per result
 * otherwise, and "VCC is not answering, retrying (n of m)" while that lasts), then its counts, one line per result,
 * the CSV, and the exit code that goes with it.
 */
import { writeFileSync } from 'node:fs';
import { allComplete, resultsToCsv, type CreationResult, type JobStatus } from '../core';
import type { Setup } from './setup';

export const EXIT = { ok: 0, partial: 1, badInput: 2, unavailable: 3 } as const;

/** --json output: the value as indented JSON on stdout. */
export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** "3 created, 1 updated, 2 failed of 6": every count that is not zero (created and failed always). */
export function countsLine(status: JobStatus): string {
  const parts: [number, string][] = [
    [status.created, 'created'],
    [status.updated, 'updated'],
    [status.alreadyLinked, 'already linked'],
    [status.partiallyCreated, 'partially created'],
    [status.skipped, 'skipped'],
    [status.failed, 'failed'],
    [status.cancelled, 'cancelled']
  ];
  return parts
    .filter(([count, name]) => count > 0 || name === 'created' || name === 'failed')
    .map(([count, name]) => `${count} ${name}`)
    .join(', ');
}

/** Waits for the job, showing its progress on stderr. */
export async function follow(setup: Setup, jobId: string, json: boolean): Promise<JobStatus> {
  const tty = process.stderr.isTTY === true && !json;
  // results come in the view's order, not the order users finish: each user's line is printed once
  const shown = new Set<string>();
  let notice: string | null = null;
  for (;;) {
    const status = await setup.service.getJob({ jobId });
    if (tty) {
      const width = 30;
      const filled = Math.round((status.processed / Math.max(1, status.total)) * width);
      process.stderr.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${status.processed}/${status.total}  ` +
          `${countsLine(status)}${status.notice ? `  ${status.notice}` : ''}`
      );
    } else if (!json) {
      status.results
        .filter((result) => !shown.has(result.userId))
        .forEach((result) => {
          shown.add(result.userId);
          console.error(line(result));
        });
      if (status.notice !== notice && status.notice !== null) {
        console.error(`  ${status.notice}`);
      }
    }
    notice = status.notice;
    if (status.status !== 'Queued' && status.status !== 'Running') {
      if (tty) {
        process.stderr.write('\n');
      }
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Prints a job and gives the exit code: 0 when it completed and every user is Created, Updated or AlreadyLinked;
 * 3 when the job failed as a whole (its error says why); 1 otherwise (some users failed, were skipped, are
 * partially created or were cancelled).
 */
export function report(status: JobStatus, { json, csv }: { json: boolean; csv?: string }): number {
  if (csv) {
    writeFileSync(csv, resultsToCsv(status.results));
  }
  if (json) {
    printJson(status);
  } else {
    console.log(`Job ${status.jobId} ${status.status}: ${countsLine(status)} of ${status.total}`);
    if (status.error) {
      console.log(`  Why it stopped: ${status.error}`);
    }
    status.results.forEach((result) => console.log(line(result)));
    if (csv) {
      console.log(`Results written to ${csv}`);
    }
  }
  if (status.status === 'Failed') {
    return EXIT.unavailable;
  }
  return status.status === 'Completed' && allComplete(status.results) ? EXIT.ok : EXIT.partial;
}

export function line(result: CreationResult): string {
  return `  ${result.status.padEnd(16)} ${(result.username ?? result.userId).padEnd(40)} ${result.code}: ${result.message}`;
}
