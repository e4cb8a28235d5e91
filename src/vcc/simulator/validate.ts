/**
 * What a request body may hold, as VCC-API.md documents it. `createCheck` applies VCC's rules for a new user;
 * the strict checks (on by default) refuse, naming it, any field that is undocumented or read-only.
 */
import { trimToNull, type VccRole } from '../../core';
import type {
  VccAgentConfiguration,
  VccPermissionEntry,
  VccPermissionKind,
  VccUserAccountConfiguration
} from '../types';
import { asObject, CAPACITY_KEYS, USER_BODY_FIELDS, type CapacitySpelling } from '../documented';
import { SimulatorError } from './errors';

export type Permissions = Partial<Record<VccPermissionKind, VccPermissionEntry[]>>;

const ROLES: readonly VccRole[] = ['Admin', 'Supervisor', 'Wallboard', 'Agent'];

function unknownFields(
  value: Record<string, unknown>,
  where: string,
  allowed: readonly string[],
  readOnly: readonly string[] = []
): string[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${where}${key} (${readOnly.includes(key) ? 'read-only' : 'not a documented field'})`);
}

/** Strict mode: every field of a POST /users body the documentation does not list as writable. */
export function strictUserProblems(body: unknown, capacity: CapacitySpelling): string[] {
  const user = asObject(body);
  if (user === null) {
    return [];
  }
  const problems = unknownFields(user, '', USER_BODY_FIELDS.user, USER_BODY_FIELDS.userReadOnly);
  const config = asObject(user.userAccountConfiguration);
  if (config === null) {
    return problems;
  }
  problems.push(
    ...unknownFields(
      config,
      'userAccountConfiguration.',
      USER_BODY_FIELDS.userAccountConfiguration,
      USER_BODY_FIELDS.userAccountConfigurationReadOnly
    )
  );
  if (config.actAsAgent !== undefined && typeof config.actAsAgent !== 'boolean') {
    problems.push('userAccountConfiguration.actAsAgent (must be true or false)');
  }
  const agent = asObject(config.agentConfiguration);
  if (agent !== null) {
    if (config.actAsAgent !== true) {
      problems.push('userAccountConfiguration.agentConfiguration (only with actAsAgent: true)');
    }
    const where = 'userAccountConfiguration.agentConfiguration.';
    problems.push(...unknownFields(agent, where, USER_BODY_FIELDS.agentConfiguration));
    const telephony = asObject(agent.telephonyAddress);
    if (telephony !== null) {
      problems.push(
        ...unknownFields(telephony, `${where}telephonyAddress.`, USER_BODY_FIELDS.telephonyAddress)
      );
    }
    const capacityKeys = asObject(agent.capacity);
    if (capacityKeys !== null) {
      problems.push(...unknownFields(capacityKeys, `${where}capacity.`, CAPACITY_KEYS[capacity]));
    }
  }
  return problems;
}

/** Strict mode: fields of list entries in a PUT body that the documentation does not list. */
export function strictEntryProblems(entries: unknown[], where: string, allowed: readonly string[]): string[] {
  const problems = new Set<string>();
  entries.forEach((entry) => {
    const record = asObject(entry);
    if (record !== null) {
      unknownFields(record, `${where}[].`, allowed).forEach((problem) => problems.add(problem));
    }
  });
  return [...problems];
}

export function refuseProblems(problems: string[]): void {
  if (problems.length > 0) {
    throw new SimulatorError(400, `The request body has fields VCC does not accept: ${problems.join(', ')}.`);
  }
}

export interface NewUserInput {
  username: string;
  name: string;
  email: string;
  active: boolean;
  ssoExternalId: unknown;
  configuration: VccUserAccountConfiguration;
  agentId: string | null;
  actsAsAgent: boolean;
}

/** The value trimmed, or a 400 with `message` when it is blank or not text. */
function required(value: unknown, message: string): string {
  const text = trimToNull(value);
  if (text === null) {
    throw new SimulatorError(400, message);
  }
  return text;
}

/** VCC's rules for a new user: required fields, a role, and an agent's ID and telephone number. */
export function createCheck(body: unknown): NewUserInput {
  const input = asObject(body);
  if (input === null) {
    throw new SimulatorError(400, 'The request body must be a JSON object.');
  }
  const username = required(input.username, 'Username is required.');
  const name = required(input.name, 'Name is required.');
  const email = trimToNull(input.email);
  if (email === null || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new SimulatorError(400, email === null ? 'Email is required.' : `Email '${email}' is not valid.`);
  }
  const config = asObject(input.userAccountConfiguration);
  if (config === null || !ROLES.includes(config.role as VccRole)) {
    throw new SimulatorError(400, `userAccountConfiguration.role must be one of ${ROLES.join(', ')}.`);
  }
  const { configuration, agentId } = agentCheck(config);
  return {
    username,
    name,
    email,
    active: input.active !== false,
    ssoExternalId: input.ssoExternalId,
    configuration,
    agentId,
    actsAsAgent: configuration.actAsAgent === true
  };
}

function agentCheck(config: Record<string, unknown>): {
  configuration: VccUserAccountConfiguration;
  agentId: string | null;
} {
  const role = config.role as VccRole;
  const actAsAgent = config.actAsAgent === true || (role === 'Agent' && config.actAsAgent === undefined);
  if (role === 'Agent' && !actAsAgent) {
    throw new SimulatorError(400, 'An Agent acts as an agent: actAsAgent must be true.');
  }
  if (!actAsAgent) {
    return { configuration: { role, actAsAgent: false }, agentId: null };
  }
  const agent = asObject(config.agentConfiguration);
  if (agent === null) {
    throw new SimulatorError(400, 'agentConfiguration is required for users that act as agents.');
  }
  const agentId = required(
    agent.agentDisplayId,
    'Agent display ID is required for users that act as agents.'
  );
  if (!/^\d{1,10}$/.test(agentId)) {
    throw new SimulatorError(400, `Agent display ID '${agentId}' must be 1 to 10 digits.`);
  }
  required(
    asObject(agent.telephonyAddress)?.telephoneAddress,
    'Telephone address is required for users that act as agents.'
  );
  const agentConfiguration = structuredClone(agent) as VccAgentConfiguration;
  return { configuration: { role, actAsAgent: true, agentConfiguration }, agentId };
}
