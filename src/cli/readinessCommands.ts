/**
 * The readiness commands of vcc-users: `fix` (bulk: assign permission sets, set a call center, one result per
 * user, `--dry-run` changes nothing), `api-user` (the health check of VCC's API user, exit 1 when a requirement
 * fails) and the readiness lines `check` prints under each user.
 */
import type { UserReadiness, ViewUser } from '../core';
import { ServiceError } from '../service/errors';
import type { FixReport } from '../service/readinessService';
import { EXIT, printJson } from './jobOutput';
import type { Setup } from './setup';

export interface CommandOptions {
  json: boolean;
  values: Record<string, string | boolean | string[] | undefined>;
}

function strings(value: string | boolean | string[] | undefined): string[] {
  if (Array.isArray(value)) {
    return value;
  }
  return typeof value === 'string' ? [value] : [];
}

/** fix --view V [--assign-permission-set NAME ...] [--call-center NAME] [--dry-run]: exit 1 when a row failed. */
export async function fixCommand(
  setup: Setup,
  { json, values }: CommandOptions,
  listViewId: string
): Promise<number> {
  const report = await setup.service.fixReadiness({
    listViewId,
    permissionSetNames: strings(values['assign-permission-set']),
    callCenterId: typeof values['call-center'] === 'string' ? values['call-center'] : null,
    dryRun: values['dry-run'] === true
  });
  if (json) {
    printJson(report);
  } else {
    printFix(report);
  }
  return report.results.some((row) => row.outcome === 'failed') ? EXIT.partial : EXIT.ok;
}

function printFix(report: FixReport): void {
  for (const entry of report.counts) {
    const counts = Object.entries(entry.outcomes).map(([outcome, count]) => `${count} ${outcome}`);
    const what = entry.action === 'assignPermissionSet' ? 'permission set' : 'call center';
    console.log(`${report.dryRun ? '[dry run] ' : ''}${what} ${entry.target}: ${counts.join(', ')}`);
  }
  for (const row of report.results) {
    if (row.outcome !== 'alreadyHad' && row.outcome !== 'alreadySet') {
      console.log(`  ${(row.username ?? row.userId).padEnd(44)} ${row.message}`);
    }
  }
}

const MARK = { pass: 'ok  ', fail: 'FAIL', cannotTell: '??  ' } as const;

/**
 * api-user [--username U] [--data-connector-inserts yes|no]: without a username, the one active user holding an API
 * user permission set. Exit 1 when a required requirement fails.
 */
export async function apiUserCommand(setup: Setup, { json, values }: CommandOptions): Promise<number> {
  const answer = values['data-connector-inserts'];
  if (answer !== undefined && answer !== 'yes' && answer !== 'no') {
    throw new ServiceError(`--data-connector-inserts takes yes or no, not '${String(answer)}'.`);
  }
  const health = await setup.service.checkApiUser({
    username: typeof values.username === 'string' ? values.username : null,
    dataConnectorInserts: answer === undefined ? null : answer === 'yes'
  });
  if (json) {
    printJson(health);
  } else {
    console.log(`API user ${health.username}: ${health.ok ? 'ready' : 'NOT ready'}`);
    for (const row of health.requirements) {
      const tag = row.recommended && row.outcome === 'fail' ? 'warn' : MARK[row.outcome];
      console.log(`${tag} ${row.code.padEnd(22)} ${row.detail}${row.fix ? `\n     fix: ${row.fix}` : ''}`);
    }
  }
  return health.ok ? EXIT.ok : EXIT.partial;
}

/** The readiness of the view's users, or null when the org cannot tell (the check goes on without it). */
export async function readinessOrNull(
  setup: Setup,
  users: readonly ViewUser[]
): Promise<UserReadiness[] | null> {
  try {
    return await setup.service.readiness.readinessOf(users);
  } catch (error) {
    console.error(`Readiness not checked: ${(error as Error).message}`);
    return null;
  }
}

/** The readiness issues of one user, as the text of `check` shows them. */
export function readinessText(readiness: UserReadiness | undefined): string {
  if (!readiness || readiness.issues.length === 0) {
    return '';
  }
  return readiness.issues.map((issue) => `${issue.severity.toUpperCase()} ${issue.message}`).join('; ');
}
