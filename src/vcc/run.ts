/**
 * One whole creation run against VCC, as the soak test drives it: read the tenant's directory once, read the
 * template whole, then make each user complete (a bounded number at once). Returns the results and the figures.
 */
import type { CreationResult } from '../core';
import type { VccClient } from './client';
import {
  loadTemplate,
  VccUserCreator,
  type CreatorOptions,
  type SalesforceUserForVcc,
  type VccTemplate
} from './creator';

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
  concurrency = 4,
  options: CreatorOptions = {}
): Promise<RunFigures> {
  const started = performance.now();
  const callsBefore = client.stats.calls;
  const directory = await client.readDirectory();
  const template = await loadTemplate(client, templateUsername, directory);
  const creator = new VccUserCreator(client, template, directory, options);
  const results: CreationResult[] = new Array(users.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < users.length) {
      const index = next++;
      results[index] = await creator.process(users[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, users.length)) }, worker));
  return {
    results,
    template,
    elapsedMs: performance.now() - started,
    calls: client.stats.calls - callsBefore,
    created: results.filter((result) => result.vccUserId && result.code === 'CREATED').length
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
