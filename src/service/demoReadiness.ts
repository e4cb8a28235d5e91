/**
 * The readiness side of the demo org: permission sets, profiles, assignments, frozen users and org-wide defaults
 * from the optional `readiness` section of the org data file (data/README.md). Fixes change the org's users and
 * assignments and are kept with the rest of the demo org's changes.
 */
import { format, LABELS, trimToNull, type ApiUserFacts, type ReadinessPermissionSet } from '../core';
import {
  API_USER_PERMISSION_FIELDS,
  OBJECTS_VCC_READS,
  type ChangeOutcome,
  type NamedRecord,
  type PermissionFacts,
  notFound,
  type ReadinessGateway
} from './readinessGateway';

type TaskFieldAccess = Record<string, 'read' | 'edit'>;

/** A permission set of the demo org; `permissions` are user permission names such as `ApiEnabled`. */
export interface DemoPermissionSet {
  id: string;
  name: string;
  label?: string | null;
  taskFields?: TaskFieldAccess;
  permissions?: string[];
}

/** A profile: its own permission set, and its login restrictions. Users name it in `profileName`. */
export interface DemoProfile {
  name: string;
  taskFields?: TaskFieldAccess;
  permissions?: string[];
  loginHoursRestricted?: boolean;
  loginIpRanges?: number;
}

export interface DemoReadinessData {
  permissionSets?: DemoPermissionSet[];
  profiles?: DemoProfile[];
  /** userId -> IDs of the permission sets assigned to the user (not the profile's). */
  assignments?: Record<string, string[]>;
  frozenUserIds?: string[];
  /** Org-wide default of each object VCC reads: `Private`, `Read`, `ReadWrite`, `ControlledByParent`. */
  orgWideDefaults?: Record<string, string>;
  unpermissionableFields?: string[];
}

/** The demo user fields readiness reads and changes. */
export interface DemoReadinessUser {
  id: string;
  username: string;
  isActive?: boolean;
  licenseName?: string | null;
  profileName?: string | null;
  callCenterId?: string | null;
}

export interface DemoReadinessOrg {
  users: ReadonlyMap<string, DemoReadinessUser>;
  callCenters: ReadonlyMap<string, string>;
  data: DemoReadinessData;
  /** Keeps the org's changes. */
  save(): void;
}

/** The synthetic ID of a profile's own permission set. */
export function profileSetId(profileName: string): string {
  return `profile:${profileName}`;
}

function taskFields(access: TaskFieldAccess | undefined): ReadinessPermissionSet['taskFields'] {
  return Object.entries(access ?? {}).map(([field, level]) => ({
    field: `Task.${field}`,
    read: true,
    edit: level === 'edit'
  }));
}

export class DemoReadiness implements ReadinessGateway {
  constructor(private readonly org: DemoReadinessOrg) {}

  async readPermissionFacts(userIds: readonly string[]): Promise<PermissionFacts> {
    const assignments = new Map<string, string[]>();
    for (const id of userIds) {
      const user = this.org.users.get(id);
      if (user) {
        assignments.set(id, this.setIdsOf(user));
      }
    }
    const sets: ReadinessPermissionSet[] = [
      ...(this.org.data.permissionSets ?? []).map((set) => ({
        id: set.id,
        name: set.name,
        label: set.label ?? null,
        isOwnedByProfile: false,
        taskFields: taskFields(set.taskFields)
      })),
      ...(this.org.data.profiles ?? []).map((profile) => ({
        id: profileSetId(profile.name),
        name: profile.name,
        label: null,
        isOwnedByProfile: true,
        taskFields: taskFields(profile.taskFields)
      }))
    ];
    return {
      assignments,
      permissionSets: sets,
      unpermissionableFields: this.org.data.unpermissionableFields ?? []
    };
  }

  async listPermissionSets(): Promise<NamedRecord[]> {
    return (this.org.data.permissionSets ?? []).map(({ id, name, label }) => ({
      id,
      name,
      label: label ?? null
    }));
  }

  async listCallCenters(): Promise<NamedRecord[]> {
    return [...this.org.callCenters].map(([id, name]) => ({ id, name }));
  }

  async assignPermissionSet(permissionSetId: string, userIds: readonly string[]): Promise<ChangeOutcome[]> {
    const known = (this.org.data.permissionSets ?? []).some((set) => set.id === permissionSetId);
    const all = (this.org.data.assignments ??= {});
    const outcomes = userIds.map((userId): ChangeOutcome => {
      if (!known) {
        return { userId, error: format(LABELS.VCC_Op_Demo_No_Permission_Set_Id, permissionSetId) };
      }
      if (!this.org.users.has(userId)) {
        return { userId, error: `User '${userId}' was not found.` };
      }
      const held = (all[userId] ??= []);
      if (held.includes(permissionSetId)) {
        return { userId, error: LABELS.VCC_Op_Demo_Duplicate_Assignment };
      }
      held.push(permissionSetId);
      return { userId, error: null };
    });
    this.org.save();
    return outcomes;
  }

  async setCallCenter(callCenterId: string, userIds: readonly string[]): Promise<ChangeOutcome[]> {
    const outcomes = userIds.map((userId): ChangeOutcome => {
      const user = this.org.users.get(userId);
      if (!this.org.callCenters.has(callCenterId)) {
        return { userId, error: format(LABELS.VCC_Op_Demo_No_Call_Center_Id, callCenterId) };
      }
      if (!user) {
        return { userId, error: `User '${userId}' was not found.` };
      }
      user.callCenterId = callCenterId;
      return { userId, error: null };
    });
    this.org.save();
    return outcomes;
  }

  async usersWithPermissionSet(permissionSetId: string): Promise<string[]> {
    return Object.entries(this.org.data.assignments ?? {})
      .filter(([, sets]) => sets.includes(permissionSetId))
      .map(([userId]) => this.org.users.get(userId))
      .filter((user) => user !== undefined && user.isActive !== false)
      .map((user) => user!.username);
  }

  async readApiUserFacts(username: string): Promise<ApiUserFacts> {
    const key = username.trim().toLowerCase();
    const user = [...this.org.users.values()].find((candidate) => candidate.username.toLowerCase() === key);
    const facts = notFound(username);
    if (!user) {
      return facts;
    }
    const profileName = trimToNull(user.profileName);
    const profile = (this.org.data.profiles ?? []).find((candidate) => candidate.name === profileName);
    const setIds = new Set(this.setIdsOf(user));
    const granted = new Set([
      ...(profile?.permissions ?? []),
      ...(this.org.data.permissionSets ?? [])
        .filter((set) => setIds.has(set.id))
        .flatMap((set) => set.permissions ?? [])
    ]);
    const permissions = { ...facts.permissions };
    for (const [key, field] of Object.entries(API_USER_PERMISSION_FIELDS)) {
      permissions[key as keyof typeof permissions] = granted.has(field);
    }
    const defaults = this.org.data.orgWideDefaults;
    return {
      ...facts,
      found: true,
      isActive: user.isActive !== false,
      isFrozen: (this.org.data.frozenUserIds ?? []).includes(user.id),
      licenseName: trimToNull(user.licenseName),
      profileName,
      loginHoursRestricted: profile ? profile.loginHoursRestricted === true : null,
      loginIpRangeCount: profile ? (profile.loginIpRanges ?? 0) : null,
      permissions,
      orgWideDefaults: defaults
        ? Object.fromEntries(OBJECTS_VCC_READS.filter((o) => o in defaults).map((o) => [o, defaults[o]]))
        : null
    };
  }

  private setIdsOf(user: DemoReadinessUser): string[] {
    const profileName = trimToNull(user.profileName);
    const own = this.org.data.assignments?.[user.id] ?? [];
    return profileName === null ? [...own] : [profileSetId(profileName), ...own];
  }
}
