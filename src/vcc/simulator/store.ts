/**
 * The simulator's data: VCC users, their skills, groups and permissions, the tenant's skills and groups.
 * Loaded from and saved to one JSON file (the format is in README.md beside this file). Every rule a real VCC
 * enforces on create is here; what a request body may hold is checked in strict.ts.
 */
import { createHash } from 'node:crypto';
import { agentIdKey, isValidUsername, trimToNull, usernameKey } from '../../core';
import {
  actsAsAgent,
  agentDisplayIdOf,
  VCC_PERMISSION_KEYS,
  type VccAgentSkill,
  type VccPermissionEntry,
  type VccPermissionKind,
  type VccUser
} from '../types';
import { SimulatorError } from './errors';
import { createCheck, type Permissions } from './validate';

export interface SimulatorUser extends Omit<VccUser, 'userId' | 'active' | 'locked' | 'ssoExternalId'> {
  userId?: string;
  active?: boolean;
  locked?: boolean;
  ssoExternalId?: string | null;
  /** The user's skills (what GET /users/{id}/skills answers). */
  skills?: { skillId: string; agentSkillLevel: number }[];
  /** A Supervisor's or Admin's permission lists (GET /users/{id}/permissions/{kind}). */
  permissions?: Permissions;
}

export interface SimulatorGroup {
  groupId: string;
  name: string;
  /** The members' user IDs. */
  users?: string[];
}

export interface SimulatorData {
  users: SimulatorUser[];
  skills?: { skillId: string; name: string }[];
  groups?: SimulatorGroup[];
}

export { SimulatorError };

/** What VCC says when an agent would go past the licence limit (assumed wording, from the create page). */
export const LICENCE_MESSAGE =
  "The number of used agent licenses exceeds the account's license limit. Set allowOverages to true to create this agent anyway.";

export class VccStore {
  /** Agents (users that act as agents) the account may hold without allowOverages; null for no limit. */
  licences: number | null = null;
  private readonly users = new Map<string, VccUser>();
  private readonly byUsername = new Map<string, string>();
  private readonly byAgentId = new Map<string, string>();
  private readonly userSkills = new Map<string, VccAgentSkill[]>();
  private readonly userPermissions = new Map<string, Permissions>();
  private readonly skills = new Map<string, string>();
  private readonly groups = new Map<string, { name: string; members: Set<string> }>();

  constructor(data: SimulatorData) {
    for (const skill of data.skills ?? []) {
      this.skills.set(skill.skillId, skill.name);
    }
    for (const entry of data.users ?? []) {
      const { skills, permissions, ...rest } = entry;
      const user: VccUser = {
        active: true,
        locked: false,
        ssoExternalId: null,
        ...rest,
        userId: entry.userId ?? stableId('user', entry.username)
      };
      this.index(user);
      if (skills && skills.length > 0) {
        this.userSkills.set(
          user.userId,
          skills.map((skill) => ({ ...skill }))
        );
      }
      if (permissions) {
        this.userPermissions.set(user.userId, structuredClone(permissions));
      }
    }
    for (const group of data.groups ?? []) {
      this.groups.set(group.groupId, { name: group.name, members: new Set(group.users ?? []) });
    }
  }

  /** Everything, in the file format: what --state writes and loads. */
  toData(): SimulatorData {
    return {
      users: [...this.users.values()].map((user) => {
        const out: SimulatorUser = { ...user };
        const skills = this.userSkills.get(user.userId);
        const permissions = this.userPermissions.get(user.userId);
        if (skills) {
          out.skills = skills.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }));
        }
        if (permissions) {
          out.permissions = structuredClone(permissions);
        }
        return out;
      }),
      skills: [...this.skills].map(([skillId, name]) => ({ skillId, name })),
      groups: [...this.groups].map(([groupId, group]) => ({
        groupId,
        name: group.name,
        users: [...group.members]
      }))
    };
  }

  listUsers(include: 'Active' | 'Archived' | 'All'): VccUser[] {
    const all = [...this.users.values()];
    if (include === 'All') {
      return all;
    }
    return all.filter((user) => user.active === (include === 'Active'));
  }

  getUser(userId: string): VccUser {
    const user = this.users.get(userId);
    if (!user) {
      throw new SimulatorError(404, `User '${userId}' was not found.`);
    }
    return user;
  }

  findByUsername(username: string): VccUser | undefined {
    const id = this.byUsername.get(usernameKey(username) ?? '');
    return id === undefined ? undefined : this.users.get(id);
  }

  /** GET /users/by/agentDisplayId/{id} (archived users included). */
  findByAgentId(agentId: string): VccUser | undefined {
    const id = this.byAgentId.get(agentIdKey(agentId) ?? '');
    return id === undefined ? undefined : this.users.get(id);
  }

  get userCount(): number {
    return this.users.size;
  }

  /** Active users that act as agents: the licences in use. */
  get licencesUsed(): number {
    let used = 0;
    for (const user of this.users.values()) {
      if (user.active !== false && actsAsAgent(user)) {
        used++;
      }
    }
    return used;
  }

  /** POST /users: validates as VCC does, then creates. */
  createUser(body: unknown, allowOverages = false): VccUser {
    const input = createCheck(body);
    const username = input.username;
    if (!isValidUsername(username)) {
      throw new SimulatorError(
        400,
        `Username '${username}' is not valid: use letters, digits and . _ @ + - only.`
      );
    }
    if (this.byUsername.has(usernameKey(username) ?? '')) {
      throw new SimulatorError(400, `A user with the username '${username}' already exists.`);
    }
    const agentId = input.agentId;
    if (agentId !== null && this.byAgentId.has(agentIdKey(agentId) as string)) {
      throw new SimulatorError(400, `Agent display ID '${agentId}' is already in use.`);
    }
    if (input.actsAsAgent && !allowOverages && this.licences !== null && this.licencesUsed >= this.licences) {
      throw new SimulatorError(400, LICENCE_MESSAGE);
    }
    const user: VccUser = {
      userId: stableId('user', `${usernameKey(username)}#${this.users.size}`),
      username,
      name: input.name,
      email: input.email,
      active: input.active,
      locked: false,
      ssoExternalId: trimToNull(input.ssoExternalId),
      userAccountConfiguration: input.configuration
    };
    this.index(user);
    return user;
  }

  getSkills(userId: string): VccAgentSkill[] {
    this.getUser(userId);
    return (this.userSkills.get(userId) ?? []).map((skill) => ({
      ...skill,
      skillDisplayId: skill.skillId.slice(0, 8),
      skillName: this.skills.get(skill.skillId) ?? ''
    }));
  }

  /** PUT /users/{id}/skills replaces the whole list. */
  putSkills(userId: string, list: { skillId: string; agentSkillLevel: number }[]): VccAgentSkill[] {
    this.getUser(userId);
    for (const { skillId } of list) {
      if (!this.skills.has(skillId)) {
        throw new SimulatorError(400, `Skill '${skillId}' does not exist.`);
      }
    }
    this.userSkills.set(
      userId,
      list.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }))
    );
    return this.getSkills(userId);
  }

  listGroups(): { groupId: string; name: string; groupName: string }[] {
    return [...this.groups].map(([groupId, group]) => ({ groupId, name: group.name, groupName: group.name }));
  }

  getGroupUsers(groupId: string): { userId: string }[] {
    return [...this.group(groupId).members].map((userId) => ({ userId }));
  }

  /** PUT /groups/{id}/users replaces the whole membership. */
  putGroupUsers(groupId: string, userIds: string[]): { userId: string }[] {
    const group = this.group(groupId);
    for (const userId of userIds) {
      if (!this.users.has(userId)) {
        throw new SimulatorError(400, `User '${userId}' does not exist.`);
      }
    }
    group.members = new Set(userIds);
    return this.getGroupUsers(groupId);
  }

  /** GET /users/{id}/groups: the groups the user is a member of. */
  getUserGroups(userId: string): { groupId: string; groupDisplayId: string; groupName: string }[] {
    this.getUser(userId);
    return [...this.groups]
      .filter(([, group]) => group.members.has(userId))
      .map(([groupId, group]) => ({ groupId, groupDisplayId: groupId.slice(0, 8), groupName: group.name }));
  }

  /** PUT /users/{id}/groups replaces this user's groups: no other user is touched. */
  putUserGroups(userId: string, groupIds: string[]): ReturnType<VccStore['getUserGroups']> {
    this.getUser(userId);
    this.groupsExist(groupIds);
    const wanted = new Set(groupIds);
    for (const [groupId, group] of this.groups) {
      if (wanted.has(groupId)) {
        group.members.add(userId);
      } else {
        group.members.delete(userId);
      }
    }
    return this.getUserGroups(userId);
  }

  getPermissions(userId: string, kind: VccPermissionKind): VccPermissionEntry[] {
    this.getUser(userId);
    return (this.userPermissions.get(userId)?.[kind] ?? []).map((entry) => ({ ...entry }));
  }

  /** PUT /users/{id}/permissions/{kind} replaces that list. */
  putPermissions(
    userId: string,
    kind: VccPermissionKind,
    entries: VccPermissionEntry[]
  ): VccPermissionEntry[] {
    this.getUser(userId);
    if (kind === 'groups') {
      this.groupsExist(entries.map((entry) => String(entry[VCC_PERMISSION_KEYS.groups])));
    }
    const permissions = this.userPermissions.get(userId) ?? {};
    permissions[kind] = entries.map((entry) => ({ ...entry }));
    this.userPermissions.set(userId, permissions);
    return this.getPermissions(userId, kind);
  }

  /** A body naming a group that does not exist is a bad request. */
  private groupsExist(groupIds: string[]): void {
    const unknown = groupIds.find((groupId) => !this.groups.has(groupId));
    if (unknown !== undefined) {
      throw new SimulatorError(400, `Group '${unknown}' does not exist.`);
    }
  }

  private group(groupId: string): { name: string; members: Set<string> } {
    const group = this.groups.get(groupId);
    if (!group) {
      throw new SimulatorError(404, `Group '${groupId}' was not found.`);
    }
    return group;
  }

  private index(user: VccUser): void {
    this.users.set(user.userId, user);
    this.byUsername.set(usernameKey(user.username) ?? '', user.userId);
    const key = agentIdKey(agentDisplayIdOf(user));
    if (key !== null) {
      this.byAgentId.set(key, user.userId);
    }
  }
}

/** A GUID-shaped ID that depends only on its inputs, so shipped data and tests are repeatable. */
export function stableId(kind: string, seed: string): string {
  const hex = createHash('sha256').update(`${kind}:${seed}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
