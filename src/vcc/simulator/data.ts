import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SimulatorData } from './store';

/**
 * The simulator's data: the state file when it exists (so a restart loses nothing), else the data file.
 * Throws a message that names the file and what is wrong with it.
 */
export function loadSimulatorData(
  dataPath: string,
  statePath?: string
): { data: SimulatorData; source: string } {
  const source = statePath && existsSync(statePath) ? statePath : dataPath;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read VCC data from ${path.resolve(source)}: ${(error as Error).message}`);
  }
  const data = parsed as SimulatorData;
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(data.users)) {
    throw new Error(`${path.resolve(source)} is not VCC simulator data: it needs a "users" array`);
  }
  data.users.forEach((user, index) => {
    if (typeof user?.username !== 'string' || typeof user?.userAccountConfiguration?.role !== 'string') {
      throw new Error(
        `${path.resolve(source)}: users[${index}] needs "username" and "userAccountConfiguration": { "role" }`
      );
    }
  });
  return { data, source: path.resolve(source) };
}

/** A small seeded generator (LCG): the same seed gives the same faults and the same demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
