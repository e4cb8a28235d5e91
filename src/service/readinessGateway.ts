/**
 * What the readiness checks and fixes need from an org, read in a few bulk queries (never per user): permission
 * sets with their Task field permissions, who has which, call centers, and the API user's account, profile and
 * permissions. DemoReadiness (the demo org's file) and JsforceReadiness (a real org) implement it.
 */
import type { ApiUserFacts, ReadinessPermissionSet } from '../core';

/** The permission sets assigned to users (a profile's own permission set included), and the org's sets. */
export interface PermissionFacts {
  /** userId -> IDs of every permission set assigned to the user. */
  assignments: Map<string, string[]>;
  permissionSets: ReadinessPermissionSet[];
  /** Task fields the org does not permission field by field. */
  unpermissionableFields: string[];
}

export interface NamedRecord {
  id: string;
  name: string;
  label?: string | null;
}

/** One row of a bulk change: the user, and why it failed (null when saved). */
export interface ChangeOutcome {
  userId: string;
  error: string | null;
}

export interface ReadinessGateway {
  /** The assignments of these users and every permission set with its Task field permissions. */
  readPermissionFacts(userIds: readonly string[]): Promise<PermissionFacts>;
  /** Permission sets that are not a profile's own, to pick by name. */
  listPermissionSets(): Promise<NamedRecord[]>;
  listCallCenters(): Promise<NamedRecord[]>;
  /** Assigns the permission set to each user; one outcome per user. */
  assignPermissionSet(permissionSetId: string, userIds: readonly string[]): Promise<ChangeOutcome[]>;
  /** Sets the call center on each user; one outcome per user. */
  setCallCenter(callCenterId: string, userIds: readonly string[]): Promise<ChangeOutcome[]>;
  /** The usernames of the active users holding the permission set. */
  usersWithPermissionSet(permissionSetId: string): Promise<string[]>;
  /** What the org says of the API user (dataConnectorInserts is the admin's answer, left null here). */
  readApiUserFacts(username: string): Promise<ApiUserFacts>;
}

/** The objects whose org-wide default decides whether the API user needs View All Data. */
export const OBJECTS_VCC_READS = ['Account', 'Contact', 'Lead', 'Case', 'Opportunity'] as const;

/** The user permissions of the API user check, by their Salesforce field suffix (`Permissions<Name>`). */
export const API_USER_PERMISSION_FIELDS = {
  apiEnabled: 'ApiEnabled',
  editTask: 'EditTask',
  viewAllUsers: 'ViewAllUsers',
  viewAllData: 'ViewAllData',
  modifyAllData: 'ModifyAllData',
  passwordNeverExpires: 'PasswordNeverExpires'
} as const;

/** The facts of a username no user has. */
export function notFound(username: string): ApiUserFacts {
  return {
    username,
    found: false,
    isActive: null,
    isFrozen: null,
    licenseName: null,
    profileName: null,
    loginHoursRestricted: null,
    loginIpRangeCount: null,
    permissions: {
      apiEnabled: null,
      editTask: null,
      viewAllUsers: null,
      viewAllData: null,
      modifyAllData: null,
      passwordNeverExpires: null
    },
    orgWideDefaults: null,
    dataConnectorInserts: null
  };
}
