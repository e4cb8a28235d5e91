/**
 * vcc-users: the VCC User Creation service from a terminal. On the embedded demo org and VCC simulator by
 * default; on a real org with --org ALIAS (or SF_ACCESS_TOKEN + SF_INSTANCE_URL) and a real VCC with --vcc-url or
 * --vcc-region. Every run says on stderr which org and which VCC it uses.
 *
 * Exit codes: 0 done, every user fine (Created, Updated or AlreadyLinked); 1 done, some users failed, were skipped,
 * partially created or cancelled (or checks found errors); 2 bad input (an unknown option, command, view or
 * template, a bad Starting ID, a broken data file, a missing --yes); 3 VCC or the org could not be used, the job
 * failed as a whole, or another job is running on the same state directory.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { validateStartingId } from '../core';
import { ServiceError } from '../service/errors';
import { probeVcc } from '../vcc/probe';
import { jobsCommand, retryCommand } from './jobCommands';
import { EXIT, follow, printJson, report } from './jobOutput';
import { apiUserCommand, fixCommand, type CommandOptions } from './readinessCommands';
import { setUp, setupOptionsFrom, SETUP_FLAGS, type Setup } from './setup';
import { checkCommand, findView, generateIdsCommand, viewsCommand } from './viewCommands';

export { EXIT } from './jobOutput';

export const USAGE = `Usage: vcc-users <command> [options]

Commands:
  views                                        list the User list views
  check --template U --view NAME|ID            each user of the view and its potential issues
  generate-ids --view NAME|ID [--starting-id N] [--dry-run]
                                               give NVM Agent Ids to the view's users who have none
  create --template U --view NAME|ID [--yes] [--converge] [--csv FILE]
                                               create a VCC user per Salesforce user, a result each; users
                                               already linked are brought up to the template (missing skills,
                                               groups and permissions added, nothing removed): --converge
                                               names it, the run is the same. An unfinished job for the same
                                               users is resumed.
  job ID [--csv FILE] [--cancel]               a job's status and results; --cancel stops it after the users
                                               in flight (the others end Cancelled)
  jobs [--limit N]                             the most recent jobs first (20 unless --limit, at most 100)
  retry ID [--wait] [--csv FILE]               a new job for the users of job ID who did not end created
                                               (failed, partially created, cancelled or not reached), with its
                                               template and view; the job ID stays as it was. The run ends
                                               before the command returns; --wait shows its progress and
                                               results, and the exit code says how the users ended
  probe [--template U]                         read-only: can VCC be used, and how this tenant answers
  fix --view NAME|ID [--assign-permission-set NAME ...] [--call-center NAME|ID] [--dry-run]
                                               ready the view's users to take calls: assign each permission
                                               set and set the call center on those who need it (the others
                                               are reported as already fine); a result per user
  api-user [--username U] [--data-connector-inserts yes|no]
                                               health check of the Salesforce user VCC uses as its API user
                                               (without --username: the one holding the API user permission
                                               set): each requirement pass, FAIL or cannot tell, with the fix

Options:
  --json                 machine-readable output on stdout (the org and VCC in use are still said on stderr)
  --org ALIAS            a real org, through the sf CLI's login (or set SF_ACCESS_TOKEN and SF_INSTANCE_URL)
  --org-data FILE        a demo org of your own (default data/org-demo.json)
  --vcc-url URL          a real VCC API root, e.g. https://emea.api.newvoicemedia.com
  --vcc-token-url URL    its token endpoint, e.g. https://emea.cc.vonage.com/Auth/connect/token
  --vcc-region R         emea (default), nam or apac: VCC's documented token and API URLs for that region
  --client-id ID         VCC API client ID (or VCC_CLIENT_ID)
  --client-secret-file FILE
                         the VCC API client secret, read from a file (or VCC_CLIENT_SECRET)
  --client-secret SECRET the secret on the command line (other local users can see it)
  --allow-overages       create agents past the account's licence limit (off by default)
  --vcc-data FILE        VCC simulator data of your own (default data/vcc-demo.json)
  --state-dir DIR        where the demo org and simulator keep their changes, and the lock that lets one
                         job run at a time (default .vcc-data)
  --rate N               requests per second to VCC (fractions allowed; default 2.5)
  --chunk-size N         users per chunk of a creation job (default 40); results are saved as they come
  --template U, --view NAME|ID, --starting-id N, --dry-run, --yes (-y), --converge, --csv FILE, --cancel,
  --limit N, --wait,
  --assign-permission-set NAME, --call-center NAME|ID, --username U, --data-connector-inserts yes|no
                         as the commands above say
  --help (-h)            this text

Exit codes:
  0  done, every user Created, Updated or AlreadyLinked
  1  done, some users failed, were skipped, partially created or cancelled (or checks found errors)
  2  bad input: an unknown option or command, an unknown view or template, a bad Starting ID, a broken data
     file, a list view without developerName, a missing --yes
  3  VCC or the org could not be used, the job failed as a whole, or another job is running on the same
     state directory (the message says which job, since when)`;

/** Options whose value may be a negative number: `--starting-id -5` is read as the value -5 (then refused). */
const NUMBER_OPTIONS = new Set(['--starting-id', '--rate', '--chunk-size', '--limit']);

function withNumberValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (NUMBER_OPTIONS.has(argv[i]) && i + 1 < argv.length && /^-\d/.test(argv[i + 1])) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i++;
    } else {
      out.push(argv[i]);
    }
  }
  return out;
}

const FLAGS = {
  template: { type: 'string' },
  view: { type: 'string' },
  'starting-id': { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  converge: { type: 'boolean' },
  cancel: { type: 'boolean' },
  limit: { type: 'string' },
  wait: { type: 'boolean' },
  'assign-permission-set': { type: 'string', multiple: true },
  'call-center': { type: 'string' },
  username: { type: 'string' },
  'data-connector-inserts': { type: 'string' },
  csv: { type: 'string' },
  json: { type: 'boolean' },
  ...SETUP_FLAGS,
  rate: { type: 'string' },
  'chunk-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

type Command = (setup: Setup, options: CommandOptions, args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  views: viewsCommand,
  check: checkCommand,
  'generate-ids': generateIdsCommand,
  create,
  job,
  jobs: jobsCommand,
  retry: retryCommand,
  probe,
  fix: async (setup, options) => fixCommand(setup, options, (await findView(setup, options.values.view)).id),
  'api-user': apiUserCommand
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: withNumberValues(argv),
    allowPositionals: true,
    strict: true,
    options: FLAGS
  });
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (!command) {
    console.error(USAGE);
    return EXIT.badInput;
  }
  const run = COMMANDS[command];
  if (!run) {
    throw new ServiceError(`Unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
  }
  if (values['starting-id'] !== undefined) {
    const check = validateStartingId(values['starting-id']);
    if (!check.valid) {
      throw new ServiceError(check.message ?? `Starting ID '${values['starting-id']}' is not valid.`);
    }
  }
  const setup = await setUp({
    ...setupOptionsFrom(values),
    rate: rateOption(values.rate),
    chunkSize: numberOption(values['chunk-size'], '--chunk-size', 1)
  });
  try {
    // Always said (on stderr, so --json output stays clean): which org and which VCC this run uses.
    setup.describe.forEach((line) => console.error(line));
    return await run(setup, { json: values.json === true, values }, rest);
  } finally {
    await setup.close();
  }
}

/** probe: read-only, never writes; exit 0 when VCC can be used, 3 when not. */
async function probe(setup: Setup, { json, values }: CommandOptions): Promise<number> {
  const template = typeof values.template === 'string' ? values.template : null;
  const result = await probeVcc(setup.vcc, template);
  if (json) {
    printJson(result);
  } else {
    result.steps.forEach((step) =>
      console.log(`${step.ok ? 'ok  ' : 'FAIL'} ${step.name.padEnd(9)} ${step.detail}`)
    );
    Object.entries(result.findings).forEach(([point, finding]) => console.log(`     ${point}: ${finding}`));
  }
  return result.ok ? EXIT.ok : EXIT.unavailable;
}

async function create(setup: Setup, { json, values }: CommandOptions): Promise<number> {
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
    unfinished ??
    (await setup.service.createUsers({ templateUsername: summary.username, userIds, listViewId: view.id }))
      .jobId;
  if (unfinished) {
    await setup.service.resumeJob({ jobId });
  }
  if (!json) {
    console.error(`${unfinished ? 'Resuming' : 'Started'} job ${jobId}: ${users.length} users`);
  }
  const status = await follow(setup, jobId, json);
  return report(status, { json, csv: values.csv as string | undefined });
}

async function job(setup: Setup, { json, values }: CommandOptions, args: string[]): Promise<number> {
  const [jobId] = args;
  if (!jobId) {
    throw new ServiceError('Give a job ID: vcc-users job ID.');
  }
  if (values.cancel) {
    const status = await setup.service.cancelJob({ jobId });
    if (!json) {
      console.error(
        status.status === 'Running' || status.status === 'Queued'
          ? `Cancel asked: job ${jobId} stops after the users in flight; the others end Cancelled.`
          : `Job ${jobId} is ${status.status}.`
      );
    }
    return report(status, { json, csv: values.csv as string | undefined });
  }
  return report(await setup.service.getJob({ jobId }), { json, csv: values.csv as string | undefined });
}

/** --rate: requests per second, fractions allowed (0.5 is one request every 2 s); 0 for no pacing. */
function rateOption(value: string | undefined): number | undefined {
  const number = value === undefined ? undefined : Number(value);
  if (number !== undefined && (value?.trim() === '' || !Number.isFinite(number) || number < 0)) {
    throw new ServiceError(
      `--rate must be a number of requests per second from 0 (e.g. 0.5 or 2.5), not '${value}'.`
    );
  }
  return number;
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

/** The exit code of an error: bad input 2; VCC or the org unusable, or another job running, 3. */
export function exitCodeOf(error: unknown): number {
  if (isParseError(error)) {
    return EXIT.badInput;
  }
  if (error instanceof ServiceError) {
    return error.status < 500 && error.status !== 401 && error.status !== 409
      ? EXIT.badInput
      : EXIT.unavailable;
  }
  return EXIT.unavailable;
}

function isParseError(error: unknown): error is Error & { code: string } {
  return String((error as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS');
}

/** One line for the admin: no stack trace, and node's own wording of a bad option made short. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isParseError(error)) {
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) {
      return `Unknown option '${unknown[1]}'. See: vcc-users --help.`;
    }
    const positional = /Unexpected argument '([^']+)'/.exec(message);
    if (positional) {
      return `Unexpected argument '${positional[1]}'. See: vcc-users --help.`;
    }
  }
  return message.split('\n')[0].trim();
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const status = error instanceof ServiceError ? error.status : 0;
    const message = oneLine(error);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ error: message, status: status || (isParseError(error) ? 400 : 500) }));
    }
    console.error(`vcc-users: ${message}`);
    process.exitCode = exitCodeOf(error);
  });
