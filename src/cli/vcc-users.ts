/**
 * vcc-users: the VCC User Creation service from a terminal. On the embedded demo org and VCC simulator by
 * default; on a real org with --org ALIAS (or SF_ACCESS_TOKEN + SF_INSTANCE_URL) and a real VCC with --vcc-url.
 *
 * Exit codes: 0 done, every user fine; 1 done, some users failed or were skipped (or checks found errors);
 * 2 bad input (unknown view or template, bad starting ID, missing --yes); 3 VCC or the org could not be used.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  resultsToCsv,
  summarizeChecks,
  type CreationResult,
  type JobStatus,
  type ListViewOption
} from '../core';
import { ServiceError } from '../service/errors';
import { setUp, setupOptionsFrom, SETUP_FLAGS, type Setup } from './setup';

export const EXIT = { ok: 0, partial: 1, badInput: 2, unavailable: 3 } as const;

const USAGE = `Usage: vcc-users <command> [options]

Commands:
  views                                        list the User list views
  check --template U --view NAME|ID            each user of the view and its potential issues
  generate-ids --view NAME|ID [--starting-id N] [--dry-run]
                                               give NVM Agent Ids to the view's users who have none
  create --template U --view NAME|ID [--yes] [--csv FILE]
                                               create a VCC user per Salesforce user, a result each
  job ID [--csv FILE]                          a job's status and results

Options:
  --json                 machine-readable output
  --org ALIAS            a real org, through the sf CLI's login (or set SF_ACCESS_TOKEN and SF_INSTANCE_URL)
  --org-data FILE        a demo org of your own (default data/org-demo.json)
  --vcc-url URL          a real VCC API root, e.g. https://emea.api.newvoicemedia.com
  --vcc-token-url URL    its token endpoint, e.g. https://emea.newvoicemedia.com/Auth/connect/token
  --client-id ID, --client-secret SECRET
                         VCC API credentials (or VCC_CLIENT_ID, VCC_CLIENT_SECRET)
  --vcc-data FILE        VCC simulator data of your own (default data/vcc-demo.json)
  --state-dir DIR        where the demo org and simulator keep their changes (default .vcc-data)
  --rate N               requests per second to VCC
  --chunk-size N         users per chunk of a creation job (default 40); results are saved after each

Exit codes: 0 done; 1 some users failed or were skipped; 2 bad input; 3 VCC or the org unavailable.`;

interface Options {
  json: boolean;
  values: Record<string, string | boolean | undefined>;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      template: { type: 'string' },
      view: { type: 'string' },
      'starting-id': { type: 'string' },
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      csv: { type: 'string' },
      json: { type: 'boolean' },
      ...SETUP_FLAGS,
      rate: { type: 'string' },
      'chunk-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? EXIT.ok : EXIT.badInput;
  }
  const commands: Record<string, (setup: Setup, options: Options, args: string[]) => Promise<number>> = {
    views,
    check,
    'generate-ids': generateIds,
    create,
    job
  };
  const run = commands[command];
  if (!run) {
    throw new ServiceError(`Unknown command '${command}'. Commands: ${Object.keys(commands).join(', ')}.`);
  }
  const setup = await setUp({
    ...setupOptionsFrom(values),
    rate: numberOption(values.rate, '--rate', 0),
    chunkSize: numberOption(values['chunk-size'], '--chunk-size', 1)
  });
  try {
    if (!values.json) {
      setup.describe.forEach((line) => console.error(line));
    }
    return await run(setup, { json: values.json === true, values }, rest);
  } finally {
    await setup.close();
  }
}

async function views(setup: Setup, { json }: Options): Promise<number> {
  const list = await setup.service.getUserListViews();
  if (json) {
    print(list);
  } else {
    list.forEach((view) =>
      console.log(`${view.label.padEnd(32)} ${view.developerName.padEnd(28)} ${view.id}`)
    );
  }
  return EXIT.ok;
}

async function check(setup: Setup, { json, values }: Options): Promise<number> {
  const view = await findView(setup, values.view);
  const template = values.template as string | undefined;
  const [users, checks] = await Promise.all([
    setup.service.getViewUsers({ listViewId: view.id }),
    setup.service.checkUsers({ templateUsername: template ?? null, listViewId: view.id })
  ]);
  const summary = summarizeChecks(checks);
  if (json) {
    print({ view, users, checks, summary });
  } else {
    console.log(
      `${view.label}: ${summary.total} users, ${summary.withErrors} with errors, ${summary.withWarnings} with warnings`
    );
    users.forEach((user, index) => {
      const issues = checks[index].issues.map((issue) => `${issue.severity.toUpperCase()} ${issue.message}`);
      console.log(`  ${(user.username ?? '').padEnd(44)} ${issues.length === 0 ? 'ok' : issues.join('; ')}`);
    });
  }
  return summary.withErrors > 0 ? EXIT.partial : EXIT.ok;
}

async function generateIds(setup: Setup, { json, values }: Options): Promise<number> {
  const view = await findView(setup, values.view);
  const startingId = (values['starting-id'] as string | undefined) ?? '1';
  if (values['dry-run']) {
    const preview = await setup.service.previewAgentIds({ listViewId: view.id, startingId });
    if (json) {
      print(preview);
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
    print(result);
  } else {
    console.log(`${view.label}: ${result.assignments.length} agent IDs saved${range(result.assignments)}`);
    result.errors.forEach((error) => console.log(`  not saved for ${error.userId}: ${error.message}`));
  }
  return result.errors.length > 0 ? EXIT.partial : EXIT.ok;
}

async function create(setup: Setup, { json, values }: Options): Promise<number> {
  const template = values.template as string | undefined;
  if (!template) {
    throw new ServiceError('Give the username of the template VCC user: --template USERNAME.');
  }
  const view = await findView(setup, values.view);
  const summary = await setup.service.getTemplate({ username: template });
  const users = await setup.service.getViewUsers({ listViewId: view.id });
  if (users.length === 0) {
    throw new ServiceError(`The view '${view.label}' has no users: there is nobody to create.`);
  }
  const userIds = users.map((user) => user.id);
  const unfinished = await setup.service.findUnfinishedJob({ templateUsername: summary.username, userIds });
  if (!values.yes) {
    if (!process.stdin.isTTY) {
      throw new ServiceError(
        `Add --yes to create ${users.length} VCC users from '${view.label}' without a question.`
      );
    }
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await prompt.question(
      `${unfinished ? `Resume job ${unfinished} and create` : 'Create'} VCC users for the ${users.length} users of ` +
        `'${view.label}' from template ${summary.username} (${summary.role})? [y/N] `
    );
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      console.error('Nothing was created.');
      return EXIT.ok;
    }
  }
  const jobId =
    unfinished ?? (await setup.service.createUsers({ templateUsername: summary.username, userIds })).jobId;
  if (unfinished) {
    await setup.service.resumeJob({ jobId });
  }
  if (!json) {
    console.error(`${unfinished ? 'Resuming' : 'Started'} job ${jobId}: ${users.length} users`);
  }
  const status = await follow(setup, jobId, json);
  return report(status, { json, csv: values.csv as string | undefined });
}

async function job(setup: Setup, { json, values }: Options, args: string[]): Promise<number> {
  const [jobId] = args;
  if (!jobId) {
    throw new ServiceError('Give a job ID: vcc-users job ID.');
  }
  return report(await setup.service.getJob({ jobId }), { json, csv: values.csv as string | undefined });
}

/** Waits for the job, showing its progress: a bar on a terminal, a line per result otherwise. */
async function follow(setup: Setup, jobId: string, json: boolean): Promise<JobStatus> {
  const tty = process.stderr.isTTY && !json;
  let shown = 0;
  for (;;) {
    const status = await setup.service.getJob({ jobId });
    if (tty) {
      const width = 30;
      const filled = Math.round((status.processed / Math.max(1, status.total)) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${status.processed}/${status.total}  ` +
          `${status.created} created, ${status.failed} failed, ${status.skipped} skipped `
      );
    } else if (!json) {
      status.results.slice(shown).forEach((result) => console.error(line(result)));
    }
    shown = status.results.length;
    if (status.status === 'Completed' || status.status === 'Failed') {
      if (tty) {
        process.stderr.write('\n');
      }
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function report(status: JobStatus, { json, csv }: { json: boolean; csv?: string }): number {
  if (csv) {
    writeFileSync(csv, resultsToCsv(status.results));
  }
  if (json) {
    print(status);
  } else {
    console.log(
      `Job ${status.jobId} ${status.status}: ${status.created} created, ${status.failed} failed, ${status.skipped} skipped` +
        ` of ${status.total}`
    );
    status.results.forEach((result) => console.log(line(result)));
    if (csv) {
      console.log(`Results written to ${csv}`);
    }
  }
  if (status.status === 'Failed') {
    return EXIT.unavailable;
  }
  const allFine = status.results.every(
    (result) => result.status === 'Created' || result.status === 'AlreadyLinked'
  );
  return status.status === 'Completed' && allFine ? EXIT.ok : EXIT.partial;
}

function line(result: CreationResult): string {
  return `  ${result.status.padEnd(13)} ${(result.username ?? result.userId).padEnd(40)} ${result.code}: ${result.message}`;
}

async function findView(setup: Setup, wanted: string | boolean | undefined): Promise<ListViewOption> {
  if (typeof wanted !== 'string' || wanted.trim() === '') {
    throw new ServiceError(
      'Give a list view: --view "NAME" (its label, API name or ID). See: vcc-users views.'
    );
  }
  const key = wanted.trim().toLowerCase();
  const list = await setup.service.getUserListViews();
  const found = list.find((view) =>
    [view.id, view.label, view.developerName].some((name) => name.toLowerCase() === key)
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

function numberOption(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new ServiceError(`${name} must be a whole number from ${min}, not '${value}'.`);
  }
  return number;
}

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const status = error instanceof ServiceError ? error.status : 0;
    const code =
      error instanceof ServiceError && status < 500 && status !== 401 ? EXIT.badInput : EXIT.unavailable;
    const message = error instanceof Error ? error.message : String(error);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ error: message, status: status || 500 }));
    }
    console.error(`vcc-users: ${message}`);
    process.exitCode = code;
  });
