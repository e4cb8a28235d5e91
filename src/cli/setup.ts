/**
 * Builds the service the CLI and `npm start` run on: the demo org or a real org, and the VCC simulator (found
 * running, or started in-process) or a real VCC.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DemoOrg } from '../service/DemoOrg';
import { JsforceOrg } from '../service/JsforceOrg';
import type { OrgGateway } from '../service/OrgGateway';
import { VccUserCreationService } from '../service/VccUserCreationService';
import { VccClient } from '../vcc/client';
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
  /** Requests per second the client allows itself. */
  rate?: number;
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
  'client-secret': { type: 'string' }
} as const;

/** SetupOptions from the values of SETUP_FLAGS. */
export function setupOptionsFrom(values: Partial<Record<keyof typeof SETUP_FLAGS, string>>): SetupOptions {
  return {
    org: values.org,
    orgData: values['org-data'],
    vccData: values['vcc-data'],
    stateDir: values['state-dir'],
    vccUrl: values['vcc-url'],
    vccTokenUrl: values['vcc-token-url'],
    clientId: values['client-id'],
    clientSecret: values['client-secret']
  };
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

export async function setUp(options: SetupOptions): Promise<Setup> {
  const stateDir = path.resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  const describe: string[] = [];

  let org: OrgGateway;
  if (options.org) {
    org = await JsforceOrg.fromSfCli(options.org);
    describe.push(`org: ${options.org} (through the sf CLI's stored login)`);
  } else if (process.env.SF_ACCESS_TOKEN && process.env.SF_INSTANCE_URL && !options.orgData) {
    org = JsforceOrg.fromToken(process.env.SF_INSTANCE_URL, process.env.SF_ACCESS_TOKEN);
    describe.push(`org: ${process.env.SF_INSTANCE_URL} (SF_ACCESS_TOKEN)`);
  } else {
    const dataPath = path.resolve(options.orgData ?? DEFAULT_ORG_DATA);
    const statePath = path.join(stateDir, `org-state-${path.basename(dataPath, '.json')}.json`);
    org = DemoOrg.load(dataPath, statePath);
    describe.push(`org: demo org from ${dataPath}${existsSync(statePath) ? ` (state ${statePath})` : ''}`);
  }

  let simulator: RunningSimulator | null = null;
  let apiUrl = options.vccUrl;
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
  const vcc = new VccClient({
    apiUrl,
    tokenUrl: options.vccTokenUrl ?? `${apiUrl.replace(/\/+$/, '')}/Auth/connect/token`,
    clientId: options.clientId ?? process.env.VCC_CLIENT_ID ?? 'demo-client',
    clientSecret: options.clientSecret ?? process.env.VCC_CLIENT_SECRET ?? 'demo-secret',
    maxRequestsPerSecond: options.rate ?? (simulator ? 0 : 10)
  });
  const service = new VccUserCreationService(org, vcc, { chunkSize: options.chunkSize });
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
