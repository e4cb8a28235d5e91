/**
 * How this simulated tenant reads the points where Vonage's pages disagree (VCC-API.md, "contradictory"):
 * the first page (0 or 1), the array's name in list answers (`items` or the endpoint's own name), the spelling of
 * the capacity keys, and whether skill levels are answered as numbers or strings.
 */
import { actsAsAgent, type VccUser } from '../types';
import { SimulatorError } from './errors';
import { CAPACITY_KEYS, type CapacitySpelling } from '../documented';

export interface Tenant {
  /** The first page: a tenant starting at 1 answers 400 to page=0. */
  pageBase: 0 | 1;
  /** `named`: users, groups, agentSkills, agentGroups, ...; `items`: the generic example's name. */
  arrayName: 'items' | 'named';
  capacityKey: CapacitySpelling;
  skillLevelType: 'string' | 'number';
  /** Refuse undocumented and read-only fields in request bodies (400 naming them). */
  strict: boolean;
}

export const DEFAULT_TENANT: Tenant = {
  pageBase: 0,
  arrayName: 'named',
  capacityKey: 'camel',
  skillLevelType: 'number',
  strict: true
};

/** One page of a list: `{ meta, <name or items>: [...] }`, with `head` fields (e.g. userId) first. */
export function paged<T, U>(
  items: readonly T[],
  query: URLSearchParams,
  tenant: Tenant,
  name: string,
  present: (item: T) => U,
  head: Record<string, unknown> = {}
): Record<string, unknown> {
  const base = tenant.pageBase;
  const page = wholeNumber(query.get('page'), base, 'page', base, 1_000_000_000);
  const limit = wholeNumber(query.get('limit'), 25, 'limit', 1, 5000);
  const start = (page - base) * limit;
  const slice = items.slice(start, start + limit).map(present);
  return {
    meta: { page, count: slice.length, pageCount: Math.ceil(items.length / limit), totalCount: items.length },
    ...head,
    [tenant.arrayName === 'items' ? 'items' : name]: slice
  };
}

function wholeNumber(value: string | null, fallback: number, name: string, min: number, max: number): number {
  if (value === null || value === '') {
    return fallback;
  }
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new SimulatorError(400, `${name} must be a whole number from ${min} to ${max}.`);
  }
  return number;
}

/** A user as GET answers it: with the read-only `chargeable`, capacity keys in the tenant's spelling. */
export function presentUser(user: VccUser, tenant: Tenant): VccUser {
  const out = structuredClone(user);
  const config = out.userAccountConfiguration;
  config.chargeable = actsAsAgent(user);
  const capacity = config.agentConfiguration?.capacity;
  if (config.agentConfiguration && capacity && typeof capacity === 'object') {
    config.agentConfiguration.capacity = respell(capacity, tenant.capacityKey);
  }
  return out;
}

function respell(capacity: Record<string, unknown>, spelling: CapacitySpelling): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(capacity)) {
    const index = Math.max(
      (CAPACITY_KEYS.camel as readonly string[]).indexOf(key),
      (CAPACITY_KEYS.pascal as readonly string[]).indexOf(key)
    );
    out[index >= 0 ? CAPACITY_KEYS[spelling][index] : key] = value;
  }
  return out;
}
