/** Test helpers: the service over a fresh demo org and a simulator on 127.0.0.1. */
import { orgDemoData } from '../../scripts/demo-data';
import type { VccClientOptions } from '../vcc/client';
import type { RunningSimulator, SimulatorOptions } from '../vcc/simulator/server';
import { clientFor, startTestSimulator } from '../vcc/testing';
import { DemoOrg, type DemoOrgData } from './DemoOrg';
import { VccUserCreationService, type ServiceOptions } from './VccUserCreationService';

export interface TestService {
  service: VccUserCreationService;
  org: DemoOrg;
  sim: RunningSimulator;
  viewId(label: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestService(
  options: {
    orgData?: DemoOrgData;
    simulator?: Partial<SimulatorOptions>;
    client?: Partial<VccClientOptions>;
    service?: ServiceOptions;
  } = {}
): Promise<TestService> {
  const sim = await startTestSimulator(options.simulator);
  const org = new DemoOrg(options.orgData ?? orgDemoData());
  const service = new VccUserCreationService(org, clientFor(sim, options.client), options.service);
  return {
    service,
    org,
    sim,
    viewId: async (label) => {
      const view = (await service.getUserListViews()).find((candidate) => candidate.label === label);
      if (!view) {
        throw new Error(`no view ${label}`);
      }
      return view.id;
    },
    close: () => sim.close()
  };
}
