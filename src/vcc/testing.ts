/** Test helpers: a simulator on 127.0.0.1 with the demo data (or given data), and a client for it. */
import { vccDemoData } from '../demo/vccDemo';
import { VccClient, type VccClientOptions } from './client';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from './simulator/server';

export async function startTestSimulator(options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  return startSimulator({ data: vccDemoData(), ...options });
}

/** A client of the simulator without pacing and with quick retries. */
export function clientFor(simulator: RunningSimulator, options: Partial<VccClientOptions> = {}): VccClient {
  return new VccClient({
    apiUrl: simulator.url,
    tokenUrl: `${simulator.url}/Auth/connect/token`,
    clientId: 'demo-client',
    clientSecret: 'demo-secret',
    maxRequestsPerSecond: 0,
    baseDelayMs: 5,
    maxDelayMs: 50,
    ...options
  });
}

/** Calls a control endpoint of the simulator (/_sim/...). */
export async function control(
  simulator: RunningSimulator,
  method: string,
  path: string,
  body?: unknown
): Promise<unknown> {
  const response = await fetch(`${simulator.url}/_sim/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return response.json();
}
