/**
 * npm run vcc-sim -- [--port 4010] [--data FILE] [--state FILE] [--client-id ID] [--client-secret SECRET]
 *   [--token-ttl S] [--rate-limit N] [--latency MS] [--fail-rate P] [--drop-rate P] [--seed N]
 *   [--page-base 0|1] [--array-name items|named] [--capacity-key camel|pascal] [--skill-level-type number|string]
 *   [--strict | --no-strict] [--licences N]
 * Starts the local VCC User Admin API on 127.0.0.1 until Ctrl-C. See src/vcc/simulator/README.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSimulatorData, seededRandom } from '../src/vcc/simulator/data';
import {
  parseFaults,
  parseTenant,
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions
} from '../src/vcc/simulator/server';

export const DEFAULT_VCC_DATA = path.resolve(__dirname, '../data/vcc-demo.json');

const OPTIONS = {
  port: { type: 'string', default: process.env.VCC_SIM_PORT ?? '4010' },
  host: { type: 'string', default: '127.0.0.1' },
  data: { type: 'string', default: DEFAULT_VCC_DATA },
  state: { type: 'string' },
  'client-id': { type: 'string', default: 'demo-client' },
  'client-secret': { type: 'string', default: 'demo-secret' },
  'token-ttl': { type: 'string', default: '7200' },
  'rate-limit': { type: 'string', default: '0' },
  latency: { type: 'string', default: '0' },
  'fail-rate': { type: 'string', default: '0' },
  'drop-rate': { type: 'string', default: '0' },
  seed: { type: 'string' },
  'page-base': { type: 'string' },
  'array-name': { type: 'string' },
  'capacity-key': { type: 'string' },
  'skill-level-type': { type: 'string' },
  strict: { type: 'boolean' },
  'no-strict': { type: 'boolean' },
  licences: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

const USAGE =
  'Usage: npm run vcc-sim -- [--port 4010] [--data FILE] [--state FILE] [--client-id ID] [--client-secret S]\n' +
  '         [--token-ttl SECONDS] [--rate-limit N] [--latency MS] [--fail-rate P] [--drop-rate P] [--seed N]\n' +
  '         [--page-base 0|1] [--array-name items|named] [--capacity-key camel|pascal]\n' +
  '         [--skill-level-type number|string] [--strict | --no-strict] [--licences N]';

/** The simulator's options from the command line (all but its data), or a message naming the bad flag. */
function simulatorOptions(values: Values): Omit<SimulatorOptions, 'data'> {
  const port = Number(values.port);
  const tokenTtl = Number(values['token-ttl']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, not '${values.port}'`);
  }
  if (!Number.isInteger(tokenTtl) || tokenTtl < 1) {
    throw new Error(`--token-ttl must be a whole number of seconds, not '${values['token-ttl']}'`);
  }
  const faults = parseFaults({
    rateLimit: values['rate-limit'],
    latencyMs: values.latency,
    failRate: values['fail-rate'],
    dropRate: values['drop-rate']
  });
  const tenant = parseTenant({
    pageBase: values['page-base'],
    arrayName: values['array-name'],
    capacityKey: values['capacity-key'],
    skillLevelType: values['skill-level-type'],
    strict: values['no-strict'] ? false : values.strict,
    licences: values.licences
  });
  return {
    port,
    host: values.host,
    statePath: values.state ? path.resolve(values.state) : undefined,
    clientId: values['client-id'],
    clientSecret: values['client-secret'],
    tokenTtl,
    faults,
    ...tenant,
    random: values.seed === undefined ? undefined : seededRandom(Number(values.seed))
  };
}

function printBanner(simulator: RunningSimulator, values: Values, source: string): void {
  console.log(
    `VCC simulator on ${simulator.url} (API ${simulator.url}/useradmin, token ${simulator.url}/Auth/connect/token)`
  );
  console.log(
    `  data: ${source} (${simulator.store.userCount} users)${values.state ? `; state saved to ${values.state}` : ''}`
  );
  console.log(
    `  client: ${values['client-id']} / ${'*'.repeat(values['client-secret'].length)}; faults: ${JSON.stringify(simulator.faults)}`
  );
  console.log(`  tenant: ${JSON.stringify({ ...simulator.tenant, licences: simulator.store.licences })}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS, strict: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options = simulatorOptions(values);
  const { data, source } = loadSimulatorData(values.data, values.state);
  const simulator = await startSimulator({ data, ...options });
  printBanner(simulator, values, source);
  const stop = (): void => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`vcc-sim: ${(error as Error).message}`);
  process.exit(2);
});
