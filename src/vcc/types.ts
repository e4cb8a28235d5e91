/** The VCC User Admin API v4 shapes the project uses, as Vonage documents them (VCC-API.md). */
import { format, LABELS, type VccRole } from '../core';

export const VCC_ACCEPT = 'application/vnd.newvoicemedia.v4+json';
/** A token asks for one scope: users:write for every run (it also allows every GET). */
export const VCC_SCOPE_WRITE = 'users:write';
/** The scope of read-only commands (probe, check) when the caller asks for it. */
export const VCC_SCOPE_READ = 'users:read';

export const VCC_REGIONS = ['emea', 'nam', 'apac'] as const;
export type VccRegion = (typeof VCC_REGIONS)[number];
export const DEFAULT_VCC_REGION: VccRegion = 'emea';

/** The documented hosts of a region: the token URL and the API root (the client adds /useradmin/...). */
export function vccRegionUrls(region: string = DEFAULT_VCC_REGION): { tokenUrl: string; apiUrl: string } {
  const wanted = region.trim().toLowerCase();
  if (!(VCC_REGIONS as readonly string[]).includes(wanted)) {
    throw new Error(format(LABELS.VCC_Op_Region_Invalid, VCC_REGIONS.join(', '), region));
  }
  return {
    tokenUrl: `https://${wanted}.cc.vonage.com/Auth/connect/token`,
    apiUrl: `https://${wanted}.api.newvoicemedia.com/useradmin`
  };
}

export interface VccTelephonyAddress {
  telephoneAddress?: string | null;
  telephonyExtension?: string | null;
  outboundTelephonyRegion?: string | null;
  nationalDisplay?: boolean;
  virtualLocation?: string | null;
  preventAutoCallbackNumber?: boolean;
  selectedCallbackNumberId?: string | null;
}

/** Capacity settings: the key spelling differs between Vonage's pages, so keys are copied as read. */
export type VccCapacity = Record<string, unknown>;

/** The settings of a user who takes calls (documented: a sibling of the boolean actAsAgent). */
export interface VccAgentConfiguration {
  agentDisplayId?: string | null;
  webrtc?: boolean;
  location?: string | null;
  capacity?: VccCapacity;
  telephonyAddress?: VccTelephonyAddress | null;
  [setting: string]: unknown;
}

export interface VccUserAccountConfiguration {
  role: VccRole;
  /** True when the user takes calls; agentConfiguration is then present beside it. */
  actAsAgent?: boolean;
  agentConfiguration?: VccAgentConfiguration | null;
  /** Read-only: in answers, never in a request body. */
  chargeable?: boolean;
}

export interface VccUser {
  userId: string;
  username: string;
  name: string;
  email: string;
  active: boolean;
  locked: boolean;
  ssoExternalId: string | null;
  /** Read-only. */
  lastLoginTime?: string | null;
  userAccountConfiguration: VccUserAccountConfiguration;
}

/** The body of POST /users: writable fields only. */
export interface VccNewUser {
  username: string;
  name: string;
  email: string;
  ssoExternalId?: string | null;
  active?: boolean;
  userAccountConfiguration: {
    role: VccRole;
    actAsAgent?: boolean;
    agentConfiguration?: VccAgentConfiguration;
  };
}

/** A skill of a user: GET /users/{id}/skills answers a string level on one page, a number on another. */
export interface VccAgentSkill {
  skillId: string;
  agentSkillLevel: number;
  skillDisplayId?: string;
  skillName?: string;
}

/** A group of a user (GET /users/{id}/groups). */
export interface VccUserGroup {
  groupId: string;
  groupDisplayId?: string;
  groupName?: string;
}

/** A group of the tenant (GET /groups). `name` repeats `groupName` for older callers. */
export interface VccGroup {
  groupId: string;
  groupName: string;
  name: string;
}

/** The per-user permission lists of a Supervisor or Admin (VCC-API.md, "Supervisor permissions"). */
export const VCC_PERMISSION_KINDS = ['groups', 'queues', 'addresses', 'interactionPlans'] as const;
export type VccPermissionKind = (typeof VCC_PERMISSION_KINDS)[number];

/**
 * The array names of each permission list: the names a GET answer may use (documented, and the contradictory
 * spelling of interaction plans), and the one a PUT body uses.
 */
export const VCC_PERMISSION_ARRAYS: Readonly<Record<VccPermissionKind, { read: string[]; write: string }>> = {
  groups: { read: ['groupPermissions'], write: 'groupPermissions' },
  queues: { read: ['queues', 'queuePermissions'], write: 'queues' },
  addresses: { read: ['addressPermissions'], write: 'addressPermissions' },
  interactionPlans: {
    read: ['interactionPlanPermission', 'interactionPlanPermissions'],
    write: 'interactionPlanPermissions'
  }
};

/** The key that identifies an entry of each permission list (for a union without duplicates). */
export const VCC_PERMISSION_KEYS: Readonly<Record<VccPermissionKind, string>> = {
  groups: 'groupId',
  queues: 'queueId',
  addresses: 'addressId',
  interactionPlans: 'interactionPlanId'
};

/** One entry of a permission list, e.g. { groupId, groupPermission: 'Read' }. */
export type VccPermissionEntry = Record<string, string | number | boolean | null>;

export interface VccPageMeta {
  page: number;
  count: number;
  pageCount: number;
  totalCount: number;
}

/** A list answer: `meta` and the array under the endpoint's name or `items`. */
export interface VccPage<T> {
  meta: VccPageMeta;
  items?: T[];
  [arrayName: string]: unknown;
}

function configurationOf(user: unknown): Record<string, unknown> | null {
  const config = (user as { userAccountConfiguration?: unknown } | null)?.userAccountConfiguration;
  return typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : null;
}

/** The agent ID of a VCC user (userAccountConfiguration.agentConfiguration.agentDisplayId), or null. */
export function agentDisplayIdOf(
  user: Pick<VccUser, 'userAccountConfiguration'> | null | undefined
): string | null {
  const agent = configurationOf(user)?.agentConfiguration;
  if (typeof agent !== 'object' || agent === null) {
    return null;
  }
  const id = (agent as { agentDisplayId?: unknown }).agentDisplayId;
  if (typeof id === 'number' && Number.isFinite(id)) {
    return String(id);
  }
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

/** True when the user takes calls: an Agent, or any role with actAsAgent true. */
export function actsAsAgent(user: Pick<VccUser, 'userAccountConfiguration'> | null | undefined): boolean {
  const config = configurationOf(user);
  return config?.role === 'Agent' || config?.actAsAgent === true;
}
