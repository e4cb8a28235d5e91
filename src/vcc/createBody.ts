/**
 * The body of `POST /users` for one Salesforce user, made from a template user (VCC-API.md, "The user body").
 *
 * Built from allow-lists of the documented writable fields, never by copying the template and deleting keys: a
 * field VCC adds tomorrow, a read-only field (`userId`, `lastLoginTime`, `locked`, `chargeable`, `active`) or a
 * field that belongs to one person (`ssoExternalId`, `agentDisplayId`, `telephoneAddress`, `telephonyExtension`)
 * is never sent. The lists live in documented.ts (the simulator's strict mode checks bodies against them) and
 * are exported here too; the Apex class VccCreateBody holds the same lists under the same names (ACCOUNT_FIELDS,
 * AGENT_SETTINGS, TELEPHONY_SETTINGS, CAPACITY_FIELD: the parity test compares them), and
 * staticresources/vccCreateBodyVectors.json proves both builders.
 */
import { splitPhone, trimToNull, type VccRole } from '../core';
import { AGENT_SETTINGS, asObject, CAPACITY_FIELD, TELEPHONY_SETTINGS, type JsonObject } from './documented';
import { actsAsAgent, type VccAgentConfiguration, type VccNewUser, type VccUser } from './types';

export {
  ACCOUNT_FIELDS,
  AGENT_SETTINGS,
  CAPACITY_FIELD,
  SALESFORCE_FIELDS,
  TELEPHONY_SETTINGS,
  type JsonObject
} from './documented';

/** What a new VCC user takes from its Salesforce user. */
export interface SalesforceUserForVcc {
  userId: string;
  username: string;
  name: string;
  email: string;
  phone: string | null;
  agentId: string | null;
}

export interface CreateBodyOptions {
  /** False for a template that does not act as an agent: the user's agent ID is then not sent. */
  sendAgentId: boolean;
}

/** The `POST /users` body (VccNewUser of types.ts). */
export type VccCreateBody = VccNewUser;

/** The parts of a template user the builder reads; any other field is ignored. */
export interface TemplateUserShape {
  userAccountConfiguration?: unknown;
}

/**
 * A telephone number as VCC takes it (splitPhone of src/core): the number without spaces, `-`, `.`, `(` and `)`,
 * a leading `+` kept ("+44 20 7946 0000" -> "+442079460000"), and an `x` / `ext` / `extension` suffix apart as
 * the extension.
 */
export function toTelephony(phone: string | null | undefined): {
  telephoneAddress: string | null;
  telephonyExtension: string | null;
} {
  const { number, extension } = splitPhone(phone);
  return { telephoneAddress: number, telephonyExtension: extension };
}

/** Copies `keys` that have a value (not null, not undefined) from `source` to `target`. */
function copyPresent(source: JsonObject | null, target: JsonObject, keys: readonly string[]): void {
  for (const key of keys) {
    const value = source?.[key];
    if (value !== null && value !== undefined) {
      target[key] = structuredClone(value);
    }
  }
}

/** The template's capacity key: `capacity` when present, else the first key that spells it in another case. */
export function capacityKey(agentConfiguration: JsonObject | null): string | null {
  if (agentConfiguration === null) {
    return null;
  }
  if (asObject(agentConfiguration[CAPACITY_FIELD]) !== null) {
    return CAPACITY_FIELD;
  }
  return (
    Object.keys(agentConfiguration).find(
      (key) => key.toLowerCase() === CAPACITY_FIELD && asObject(agentConfiguration[key]) !== null
    ) ?? null
  );
}

/** True when users made from this template act as agents: an Agent, or another role with `actAsAgent: true`. */
export function templateActsAsAgent(template: TemplateUserShape): boolean {
  return actsAsAgent(template as Pick<VccUser, 'userAccountConfiguration'>);
}

function buildAgentConfiguration(
  templateAgent: JsonObject | null,
  user: SalesforceUserForVcc,
  options: CreateBodyOptions
): JsonObject {
  const agent: JsonObject = {};
  const agentId = options.sendAgentId ? trimToNull(user.agentId) : null;
  if (agentId !== null) {
    agent.agentDisplayId = agentId;
  }
  copyPresent(templateAgent, agent, AGENT_SETTINGS);
  const capacity = capacityKey(templateAgent);
  if (capacity !== null) {
    agent[capacity] = structuredClone(templateAgent?.[capacity]);
  }
  const telephony: JsonObject = {};
  const { telephoneAddress, telephonyExtension } = toTelephony(user.phone);
  if (telephoneAddress !== null) {
    telephony.telephoneAddress = telephoneAddress;
  }
  if (telephonyExtension !== null) {
    telephony.telephonyExtension = telephonyExtension;
  }
  copyPresent(asObject(templateAgent?.telephonyAddress), telephony, TELEPHONY_SETTINGS);
  if (Object.keys(telephony).length > 0) {
    agent.telephonyAddress = telephony;
  }
  return agent;
}

/**
 * The create body of one Salesforce user from the template user: username, name and email from Salesforce; the
 * role and `actAsAgent` from the template (always true for an Agent), and for a user acting as an agent the
 * allow-listed agent settings of the template; the
 * Salesforce user's phone as `telephoneAddress` and, when `sendAgentId`, its agent ID as `agentDisplayId`.
 */
export function buildCreateBody(
  template: TemplateUserShape,
  user: SalesforceUserForVcc,
  options: CreateBodyOptions
): VccCreateBody {
  const account = asObject(template.userAccountConfiguration);
  const configuration: VccCreateBody['userAccountConfiguration'] = {
    role: account?.role as VccRole
  };
  const acting = templateActsAsAgent(template);
  if (acting) {
    // An Agent acts as an agent whatever its answer says; VCC takes agentConfiguration only beside actAsAgent: true.
    configuration.actAsAgent = true;
  } else if (typeof account?.actAsAgent === 'boolean') {
    configuration.actAsAgent = account.actAsAgent;
  }
  if (acting) {
    configuration.agentConfiguration = buildAgentConfiguration(
      asObject(account?.agentConfiguration),
      user,
      options
    ) as VccAgentConfiguration;
  }
  return {
    username: user.username.trim(),
    name: user.name.trim(),
    email: user.email.trim(),
    userAccountConfiguration: configuration
  };
}
