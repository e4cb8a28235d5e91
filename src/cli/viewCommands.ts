/**
 * The view commands of vcc-users: `views` (the User list views), `check` (each user of a view and its potential
 * issues, with its readiness), `generate-ids` (NVM Agent Ids for the view's users who have none, `--dry-run`
 * saves nothing), and `findView`, which every command given `--view` uses to find it.
 */
import { summarizeChecks, usernameKey, type ListViewOption } from '../core';
import { ServiceError } from '../service/errors';
import { EXIT, printJson } from './jobOutput';
import { readinessOrNull, readinessText, type CommandOptions } from './readinessCommands';
import type { Setup } from './setup';

/** views: label, API name and ID of each User list view. */
export async function viewsCommand(setup: Setup, { json }: CommandOptions): Promise<number> {
  const list = await setup.service.getUserListViews();
  if (json) {
    printJson(list);
  } else {
    list.forEach((view) =>
      console.log(`${view.label.padEnd(32)} ${view.developerName.padEnd(28)} ${view.id}`)
    );
  }
  return EXIT.ok;
}

/** check --view V [--template U]: exit 1 when a user has an error. */
export async function checkCommand(setup: Setup, { json, values }: CommandOptions): Promise<number> {
  const view = await findView(setup, values.view);
  const template = values.template as string | undefined;
  const [users, checks] = await Promise.all([
    setup.service.getViewUsers({ listViewId: view.id }),
    setup.service.checkUsers({ templateUsername: template ?? null, listViewId: view.id })
  ]);
  const summary = summarizeChecks(checks);
  const readiness = await readinessOrNull(setup, users);
  if (json) {
    printJson({ view, users, checks, summary, readiness });
  } else {
    console.log(
      `${view.label}: ${summary.total} users, ${summary.withErrors} with errors, ${summary.withWarnings} with warnings`
    );
    users.forEach((user, index) => {
      const issues = checks[index].issues.map((issue) => `${issue.severity.toUpperCase()} ${issue.message}`);
      console.log(`  ${(user.username ?? '').padEnd(44)} ${issues.length === 0 ? 'ok' : issues.join('; ')}`);
      const ready = readinessText(readiness?.[index]);
      if (ready !== '') {
        console.log(`  ${''.padEnd(44)} readiness: ${ready}`);
      }
    });
  }
  return summary.withErrors > 0 ? EXIT.partial : EXIT.ok;
}

/** generate-ids --view V [--starting-id N] [--dry-run]: exit 1 when an ID could not be saved. */
export async function generateIdsCommand(setup: Setup, { json, values }: CommandOptions): Promise<number> {
  const view = await findView(setup, values.view);
  const startingId = (values['starting-id'] as string | undefined) ?? '1';
  if (values['dry-run']) {
    const preview = await setup.service.previewAgentIds({ listViewId: view.id, startingId });
    if (json) {
      printJson(preview);
    } else {
      console.log(
        `${view.label}: ${preview.length} users would get an agent ID${range(preview)} (nothing saved)`
      );
      preview.forEach((row) => console.log(`  ${row.userId} ${row.agentId}`));
    }
    return EXIT.ok;
  }
  const result = await setup.service.generateAgentIds({ listViewId: view.id, startingId });
  if (json) {
    printJson(result);
  } else {
    console.log(`${view.label}: ${result.assignments.length} agent IDs saved${range(result.assignments)}`);
    result.errors.forEach((error) => console.log(`  not saved for ${error.userId}: ${error.message}`));
  }
  return result.errors.length > 0 ? EXIT.partial : EXIT.ok;
}

/** The User list view named by --view: its label, API name or ID, case and spaces around it ignored. */
export async function findView(
  setup: Setup,
  wanted: string | boolean | string[] | undefined
): Promise<ListViewOption> {
  if (typeof wanted !== 'string' || wanted.trim() === '') {
    throw new ServiceError(
      'Give a list view: --view "NAME" (its label, API name or ID). See: vcc-users views.'
    );
  }
  const key = usernameKey(wanted);
  const list = await setup.service.getUserListViews();
  const found = list.find((view) =>
    [view.id, view.label, view.developerName].some((name) => usernameKey(name) === key)
  );
  if (!found) {
    throw new ServiceError(
      `No User list view is called '${wanted}'. Views: ${list.map((view) => view.label).join(', ') || 'none'}.`
    );
  }
  return found;
}

function range(rows: readonly { agentId: string }[]): string {
  return rows.length === 0 ? '' : ` (${rows[0].agentId} to ${rows[rows.length - 1].agentId})`;
}
