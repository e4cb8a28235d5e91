/**
 * One whole creation run against VCC, as the soak test and `npm run bench:create` drive it: read the template,
 * create every user, write the groups. Returns the results and the figures of the run.
 */
import type { CreationResult } from '../core';
import type { VccClient } from './client';
import { loadTemplate, VccUserCreator, type SalesforceUserForVcc, type VccTemplate } from './creator';

export interface RunFigures {
  results: CreationResult[];
  template: VccTemplate;
  elapsedMs: number;
  calls: number;
  created: number;
}

export async function runCreation(
  client: VccClient,
  templateUsername: string,
  users: readonly SalesforceUserForVcc[],
  concurrency = 4
): Promise<RunFigures> {
  const started = performance.now();
  const callsBefore = client.stats.calls;
  const directory = await client.listUsers('All');
  const template = await loadTemplate(client, templateUsername, directory);
  const creator = await VccUserCreator.start(client, template, { concurrency }, directory);
  const results = await creator.createAll(users);
  return {
    results,
    template,
    elapsedMs: performance.now() - started,
    calls: client.stats.calls - callsBefore,
    created: results.filter((result) => result.code === 'CREATED' || result.code === 'PARTIALLY_CREATED')
      .length
  };
}

/** Salesforce users made up for load: unique usernames and agent IDs from `firstAgentId`, valid phones. */
export function syntheticUsers(count: number, firstAgentId = 100_000): SalesforceUserForVcc[] {
  return Array.from({ length: count }, (_, i) => ({
    userId: `005LOAD${String(i).padStart(8, '0')}`,
    username: `load.user${i}@northwind.example`,
    name: `Load User ${i}`,
    email: `load.user${i}@northwind.example`,
    phone: `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
    agentId: String(firstAgentId + i)
  }));
}
