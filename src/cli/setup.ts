/**
 * Builds the service the CLI and `npm start` run on: the demo org or a real org, and the VCC simulator (found
 * running, or started in-process) or a real VCC.
 */
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { DemoOrg } from '../service/DemoOrg';
import { JsforceOrg } from '../service/JsforceOrg';
import type { OrgGateway } from '../service/OrgGateway';
import { ServiceError } from '../service/errors';
import { VccUserCreationService } from '../service/VccUserCreationService';
import { VccClient } from '../vcc/client';
import { vccRegionUrls } from '../vcc/types';
import { assertCredentialsMayGoTo, clientSecretFrom, ensurePrivateDir, vccCredentials } from './credentials';
import { loadSimulatorData } from '../vcc/simulator/data';
import { startSimulator, type RunningSimulator } from '../vcc/simulator/server';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const DEFAULT_ORG_DATA = path.join(PROJECT_ROOT, 'data/org-demo.json');
export const DEFAULT_VCC_DATA = path.join(PROJECT_ROOT, 'data/vcc-demo.json');
export const DEFAULT_STATE_DIR = path.join(PROJECT_ROOT, '.vcc-data');
export const DEFAULT_SIMULATOR_PORT = 4010;

export interface SetupOptions {
  /** An sf CLI org alias or username: a real org through jsforce. */
  org?: string;
  orgData?: string;
  vccData?: string;
  stateDir?: string;
  /** A real or already running VCC; when absent, the simulator on 127.0.0.1:4010, started here if none runs. */
  vccUrl?: string;
  vccTokenUrl?: string;
  clientId?: string;
  clientSecret?: string;
  /** Requests per second the client allows itself (fractions allowed); default 2.5 for a real VCC. */
  rate?: number;
  /** emea, nam or apac: the documented token and API URLs of that region, unless --vcc-url/--vcc-token-url. */
  vccRegion?: string;
  /** Create agents past the account's licence limit (allowOverages=true). Off by default. */
  allowOverages?: boolean;
  /** Users per chunk of a creation job (results are saved after each chunk). */
  chunkSize?: number;
  simulatorPort?: number;
}

/** The command-line flags that choose the org and VCC, shared by vcc-users and npm start (node:util parseArgs). */
export const SETUP_FLAGS = {
  org: { type: 'string' },
  'org-data': { type: 'string' },
  'vcc-data': { type: 'string' },
  'state-dir': { type: 'string' },
  'vcc-url': { type: 'string' },
  'vcc-token-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'client-secret-file': { type: 'string' },
  'vcc-region': { type: 'string' },
  'allow-overages': { type: 'boolean' }
} as const;

/** The values node:util parseArgs gives for SETUP_FLAGS: a string or a boolean per flag. */
export type SetupFlagValues = {
  [K in keyof typeof SETUP_FLAGS]?: (typeof SETUP_FLAGS)[K]['type'] extends 'boolean' ? boolean : string;
};

/**
 * SetupOptions from the values of SETUP_FLAGS. The client secret comes from --client-secret-file (read here:
 * an unreadable file is bad input) or --client-secret, which `warn` says is visible to other local users.
 */
export function setupOptionsFrom(
  values: SetupFlagValues,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): SetupOptions {
  return {
    org: values.org,
    orgData: values['org-data'],
    vccData: values['vcc-data'],
    stateDir: values['state-dir'],
    vccUrl: values['vcc-url'],
    vccTokenUrl: values['vcc-token-url'],
    clientId: values['client-id'],
    clientSecret: clientSecretFrom(values, warn),
    vccRegion: checkedRegion(values['vcc-region']),
    allowOverages: values['allow-overages'] === true ? true : undefined
  };
}

/** A --vcc-region that names no VCC region is bad input, said before anything starts. */
function checkedRegion(region: string | undefined): string | undefined {
  if (region !== undefined) {
    try {
      vccRegionUrls(region);
    } catch (error) {
      throw new ServiceError((error as Error).message);
    }
  }
  return region;
}

export interface Setup {
  service: VccUserCreationService;
  org: OrgGateway;
  vcc: VccClient;
  /** Where the org and VCC come from, for the admin to read. */
  describe: string[];
  simulator: RunningSimulator | null;
  close(): Promise<void>;
}

/** Credentials go over https, or plain http to this computer only: checked before anything is sent. */
export function assertSafeDestinations(options: Pick<SetupOptions, 'vccUrl' | 'vccTokenUrl'>): void {
  if (options.vccUrl) {
    assertCredentialsMayGoTo(options.vccUrl, '--vcc-url');
  }
  if (options.vccTokenUrl) {
    assertCredentialsMayGoTo(options.vccTokenUrl, '--vcc-token-url');
  }
}

export async function setUp(options: SetupOptions): Promise<Setup> {
  const stateDir = path.resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  const describe: string[] = [];
  assertSafeDestinations(options);
  // The demo org, the simulator and the jobs keep their state here: readable by its owner only.
  ensurePrivateDir(stateDir, stateDir === DEFAULT_STATE_DIR);

  let org: OrgGateway;
  if (options.org) {
    org = await JsforceOrg.fromSfCli(options.org);
    describe.push(`org: ${options.org} (through the sf CLI's stored login)`);
  } else if (process.env.SF_ACCESS_TOKEN && process.env.SF_INSTANCE_URL && !options.orgData) {
    assertCredentialsMayGoTo(process.env.SF_INSTANCE_URL, 'SF_INSTANCE_URL');
    org = JsforceOrg.fromToken(process.env.SF_INSTANCE_URL, process.env.SF_ACCESS_TOKEN);
    describe.push(`org: ${process.env.SF_INSTANCE_URL} (SF_ACCESS_TOKEN)`);
  } else {
    const dataPath = path.resolve(options.orgData ?? DEFAULT_ORG_DATA);
    const demo = DemoOrg.load(dataPath, stateDir);
    org = demo;
    describe.push(`org: demo org from ${dataPath} (changes kept in ${demo.statePath})`);
  }

  let simulator: RunningSimulator | null = null;
  // A region alone means that region's real VCC; --vcc-url and --vcc-token-url override its URLs.
  const region = options.vccRegion ? vccRegionUrls(options.vccRegion) : null;
  let apiUrl = options.vccUrl ?? region?.apiUrl;
  const port = options.simulatorPort ?? DEFAULT_SIMULATOR_PORT;
  if (!apiUrl) {
    const local = `http://127.0.0.1:${port}`;
    if (!options.vccData && (await isSimulator(local))) {
      apiUrl = local;
      describe.push(`VCC: the simulator already running on ${local}`);
    } else {
      const dataPath = path.resolve(options.vccData ?? DEFAULT_VCC_DATA);
      const statePath = path.join(stateDir, `vcc-state-${path.basename(dataPath, '.json')}.json`);
      const { data, source } = loadSimulatorData(dataPath, statePath);
      simulator = await startSimulator({ data, statePath, port: options.vccData ? 0 : await freeOr(port) });
      apiUrl = simulator.url;
      describe.push(`VCC: simulator on ${simulator.url} from ${source}`);
    }
  } else {
    describe.push(`VCC: ${apiUrl}`);
  }
  // The job's progress says "VCC is not answering, retrying (n of m)" while the client retries.
  const retries: { service: VccUserCreationService | null } = { service: null };
  const vcc = new VccClient({
    onRetry: (info) => retries.service?.noteRetry(info),
    apiUrl,
    tokenUrl:
      options.vccTokenUrl ?? (region ? region.tokenUrl : `${apiUrl.replace(/\/+$/, '')}/Auth/connect/token`),
    allowOverages: options.allowOverages,
    ...vccCredentials(options, Boolean(options.vccUrl ?? region)),
    maxRequestsPerSecond: options.rate ?? (simulator ? 0 : 2.5)
  });
  const service = new VccUserCreationService(org, vcc, {
    chunkSize: options.chunkSize,
    stateDir,
    startedBy: startedBy()
  });
  retries.service = service;
  return {
    service,
    org,
    vcc,
    describe,
    simulator,
    close: async () => {
      await simulator?.close();
    }
  };
}

/** Who starts jobs from this computer, as a job's startedBy says. */
function startedBy(): string | undefined {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return undefined;
  }
}

async function isSimulator(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_sim/stats`, { signal: AbortSignal.timeout(500) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The port when it is free, else 0 (any free port). */
async function freeOr(port: number): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}
