/** The VCC User Admin API v4 shapes the project uses (VCC-API.md). */
import type { VccRole } from '../core';

export const VCC_ACCEPT = 'application/vnd.newvoicemedia.v4+json';
export const VCC_SCOPES = 'users:read users:write';

export interface VccTelephonyAddress {
  telephoneAddress?: string | null;
  telephonyExtension?: string | null;
  outboundTelephonyRegion?: string | null;
  nationalDisplay?: boolean;
  virtualLocation?: string | null;
  selectedCallbackNumberId?: string | null;
}

export interface VccCapacity {
  isAgentLevel?: boolean;
  live?: number;
  nonLive?: number;
  semiLive?: number;
}

export interface VccAgentConfiguration {
  agentDisplayId?: string | null;
  webrtc?: boolean;
  location?: string | null;
  capacity?: VccCapacity;
  telephonyAddress?: VccTelephonyAddress | null;
}

export interface VccUserAccountConfiguration {
  role: VccRole;
  actAsAgent?: { agentConfiguration?: VccAgentConfiguration | null } | null;
  [setting: string]: unknown;
}

export interface VccUser {
  userId: string;
  username: string;
  name: string;
  email: string;
  active: boolean;
  locked: boolean;
  ssoExternalId: string | null;
  userAccountConfiguration: VccUserAccountConfiguration;
}

/** The body of POST /users. */
export type VccNewUser = Omit<VccUser, 'userId' | 'locked' | 'active' | 'ssoExternalId'> & {
  ssoExternalId?: string | null;
};

export interface VccAgentSkill {
  skillId: string;
  agentSkillLevel: number;
}

export interface VccGroup {
  groupId: string;
  name: string;
}

export interface VccPage<T> {
  meta: { page: number; count: number; pageCount: number; totalCount: number };
  items: T[];
}

/** The agent ID of a VCC user, or null. */
export function agentDisplayIdOf(user: Pick<VccUser, 'userAccountConfiguration'>): string | null {
  return user.userAccountConfiguration?.actAsAgent?.agentConfiguration?.agentDisplayId ?? null;
}

/** True when the user takes calls: an agent, or any role with an agent configuration (voice enabled). */
export function actsAsAgent(user: Pick<VccUser, 'userAccountConfiguration'>): boolean {
  const config = user.userAccountConfiguration;
  return config?.role === 'Agent' || Boolean(config?.actAsAgent?.agentConfiguration);
}
