/**
 * The simulator's data: VCC users, their skills, skills and groups. Loaded from and saved to one JSON file
 * (the format is in README.md beside this file). Every rule a real VCC enforces on create is here.
 */
import { createHash } from 'node:crypto';
import { agentIdKey, isValidUsername, trimToNull, type VccRole } from '../../core';
import { agentDisplayIdOf, type VccAgentSkill, type VccGroup, type VccUser } from '../types';

export interface SimulatorUser extends Omit<VccUser, 'userId' | 'active' | 'locked' | 'ssoExternalId'> {
  userId?: string;
  active?: boolean;
  locked?: boolean;
  ssoExternalId?: string | null;
  /** The user's skills (what GET /users/{id}/skills answers). */
  skills?: VccAgentSkill[];
}

export interface SimulatorData {
  users: SimulatorUser[];
  skills?: { skillId: string; name: string }[];
  groups?: (VccGroup & { users?: string[] })[];
}

/** A refusal with VCC's status and message. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

const ROLES: readonly VccRole[] = ['Admin', 'Supervisor', 'Wallboard', 'Agent'];

export class VccStore {
  private readonly users = new Map<string, VccUser>();
  private readonly byUsername = new Map<string, string>();
  private readonly byAgentId = new Map<string, string>();
  private readonly userSkills = new Map<string, VccAgentSkill[]>();
  private readonly skills = new Map<string, string>();
  private readonly groups = new Map<string, { name: string; members: string[] }>();

  constructor(data: SimulatorData) {
    for (const skill of data.skills ?? []) {
      this.skills.set(skill.skillId, skill.name);
    }
    for (const entry of data.users ?? []) {
      const { skills, ...rest } = entry;
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
    }
    for (const group of data.groups ?? []) {
      this.groups.set(group.groupId, { name: group.name, members: [...new Set(group.users ?? [])] });
    }
  }

  /** Everything, in the file format: what --state writes and loads. */
  toData(): SimulatorData {
    return {
      users: [...this.users.values()].map((user) => {
        const skills = this.userSkills.get(user.userId);
        return skills ? { ...user, skills } : { ...user };
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
    const id = this.byUsername.get(username.trim().toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  get userCount(): number {
    return this.users.size;
  }

  /** POST /users: validates as VCC does, then creates. */
  createUser(body: unknown): VccUser {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new SimulatorError(400, 'The request body must be a JSON object.');
    }
    const input = body as Record<string, unknown>;
    const username = trimToNull(input.username);
    if (username === null) {
      throw new SimulatorError(400, 'Username is required.');
    }
    if (!isValidUsername(username)) {
      throw new SimulatorError(
        400,
        `Username '${username}' is not valid: use letters, digits and . _ @ + - only.`
      );
    }
    const name = trimToNull(input.name);
    if (name === null) {
      throw new SimulatorError(400, 'Name is required.');
    }
    const email = trimToNull(input.email);
    if (email === null || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw new SimulatorError(400, email === null ? 'Email is required.' : `Email '${email}' is not valid.`);
    }
    const config = input.userAccountConfiguration as VccUser['userAccountConfiguration'] | undefined;
    if (!config || typeof config !== 'object' || !ROLES.includes(config.role)) {
      throw new SimulatorError(400, `userAccountConfiguration.role must be one of ${ROLES.join(', ')}.`);
    }
    const agent = config.actAsAgent?.agentConfiguration ?? null;
    if (config.role === 'Agent' && agent === null) {
      throw new SimulatorError(400, 'An Agent needs actAsAgent.agentConfiguration.');
    }
    let agentId: string | null = null;
    if (agent !== null) {
      agentId = trimToNull(agent.agentDisplayId);
      if (agentId === null) {
        throw new SimulatorError(400, 'Agent display ID is required for users that act as agents.');
      }
      if (!/^\d{1,10}$/.test(agentId)) {
        throw new SimulatorError(400, `Agent display ID '${agentId}' must be 1 to 10 digits.`);
      }
      if (trimToNull(agent.telephonyAddress?.telephoneAddress) === null) {
        throw new SimulatorError(400, 'Telephone address is required for users that act as agents.');
      }
    }
    if (this.byUsername.has(username.toLowerCase())) {
      throw new SimulatorError(400, `A user with the username '${username}' already exists.`);
    }
    if (agentId !== null && this.byAgentId.has(agentIdKey(agentId) as string)) {
      throw new SimulatorError(400, `Agent display ID '${agentId}' is already in use.`);
    }
    const user: VccUser = {
      userId: stableId('user', `${username.toLowerCase()}#${this.users.size}`),
      username,
      name,
      email,
      active: true,
      locked: false,
      ssoExternalId: trimToNull(input.ssoExternalId),
      userAccountConfiguration: structuredClone(config)
    };
    this.index(user);
    return user;
  }

  getSkills(userId: string): VccAgentSkill[] {
    this.getUser(userId);
    return (this.userSkills.get(userId) ?? []).map((skill) => ({ ...skill }));
  }

  /** PUT /users/{id}/skills replaces the whole list. */
  putSkills(userId: string, body: unknown): VccAgentSkill[] {
    this.getUser(userId);
    const list = (body as { agentSkills?: unknown } | null)?.agentSkills;
    if (!Array.isArray(list)) {
      throw new SimulatorError(400, 'agentSkills must be an array.');
    }
    const skills: VccAgentSkill[] = list.map((item: { skillId?: unknown; agentSkillLevel?: unknown }) => {
      const skillId = String(item?.skillId ?? '');
      if (!this.skills.has(skillId)) {
        throw new SimulatorError(400, `Skill '${skillId}' does not exist.`);
      }
      const level = Number(item?.agentSkillLevel);
      if (!Number.isInteger(level) || level < 1 || level > 10) {
        throw new SimulatorError(
          400,
          `agentSkillLevel of skill '${skillId}' must be a whole number from 1 to 10.`
        );
      }
      return { skillId, agentSkillLevel: level };
    });
    this.userSkills.set(userId, skills);
    return skills.map((skill) => ({ ...skill }));
  }

  listGroups(): VccGroup[] {
    return [...this.groups].map(([groupId, group]) => ({ groupId, name: group.name }));
  }

  getGroupUsers(groupId: string): { userId: string }[] {
    return this.group(groupId).members.map((userId) => ({ userId }));
  }

  /** PUT /groups/{id}/users replaces the whole membership. */
  putGroupUsers(groupId: string, body: unknown): { userId: string }[] {
    const group = this.group(groupId);
    const list = (body as { users?: unknown } | null)?.users;
    if (!Array.isArray(list)) {
      throw new SimulatorError(400, 'users must be an array.');
    }
    const members: string[] = [];
    for (const item of list as { userId?: unknown }[]) {
      const userId = String(item?.userId ?? '');
      if (!this.users.has(userId)) {
        throw new SimulatorError(400, `User '${userId}' does not exist.`);
      }
      if (!members.includes(userId)) {
        members.push(userId);
      }
    }
    group.members = members;
    return members.map((userId) => ({ userId }));
  }

  private group(groupId: string): { name: string; members: string[] } {
    const group = this.groups.get(groupId);
    if (!group) {
      throw new SimulatorError(404, `Group '${groupId}' was not found.`);
    }
    return group;
  }

  private index(user: VccUser): void {
    this.users.set(user.userId, user);
    this.byUsername.set(user.username.toLowerCase(), user.userId);
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
