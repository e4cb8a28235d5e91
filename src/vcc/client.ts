/**
 * The VCC User Admin API v4 client: every call the project makes, as Vonage documents it (VCC-API.md).
 * Calls go through VccTransport (token, pace, retries, errors that say what happened); lists are read whole
 * with paging.ts (first page without `page`, then on from meta.page, checked against meta.totalCount).
 *
 * A POST is never retried blindly: when its outcome is unknown (no answer, a timeout, a 5xx) the error says
 * `ambiguous`, and the caller looks the user up (findUserByAgentDisplayId, then a list read) before deciding.
 */
import { usernameKey } from '../core';
import { VccDirectory } from './directory';
import { readWholeList, type ListShape } from './paging';
import { VccError, VccTransport, type Method, type VccCallStats, type VccClientOptions } from './transport';
import {
  VCC_PERMISSION_ARRAYS,
  type VccAgentSkill,
  type VccGroup,
  type VccNewUser,
  type VccPermissionEntry,
  type VccPermissionKind,
  type VccUser,
  type VccUserGroup
} from './types';

export { VccError, type VccCallStats, type VccClientOptions, type VccRetryInfo } from './transport';
export type { ListShape } from './paging';

export type UserInclude = 'Active' | 'Archived' | 'All';

export class VccClient {
  private readonly transport: VccTransport;
  /** What the last list read saw: the first page number and the array's name (for the probe). */
  lastListShape: ListShape | null = null;

  constructor(options: VccClientOptions) {
    this.transport = new VccTransport(options);
  }

  get stats(): VccCallStats {
    return this.transport.stats;
  }

  /** The pace now, in requests per second (0: none); it halves on 429 and climbs back slowly. */
  get pace(): number {
    return this.transport.pace.current;
  }

  /** The API root and token URL in use (no secret). */
  get endpoints(): { apiUrl: string; tokenUrl: string; scope: string } {
    const { apiUrl, tokenUrl, scope } = this.transport.settings;
    return { apiUrl: `${apiUrl}/useradmin`, tokenUrl, scope };
  }

  /** Gets a token now (the probe's first step); throws a VccError saying why not. */
  async checkToken(): Promise<void> {
    await this.transport.getToken();
  }

  /** Any GET under /useradmin, answered as parsed JSON (the probe reads raw answers). */
  async get(path: string, query?: Record<string, string>): Promise<unknown> {
    return this.transport.call('GET', `/useradmin${path}`, query);
  }

  /** Every page of GET /users?include=...: `onPage` sees each page's users, then they are let go. */
  async forEachUserPage(
    include: UserInclude,
    onPage: (users: VccUser[]) => void | Promise<void>
  ): Promise<number> {
    return this.readList<VccUser>('/users', ['users'], { include }, onPage);
  }

  /** The tenant's usernames and agent IDs (archived users included), keys only. */
  async readDirectory(): Promise<VccDirectory> {
    const directory = new VccDirectory();
    await this.forEachUserPage('All', (users) => users.forEach((user) => directory.addUser(user)));
    return directory;
  }

  /** Every user, whole. Prefer readDirectory or forEachUserPage: this holds every user object at once. */
  async listUsers(include: UserInclude = 'All'): Promise<VccUser[]> {
    const all: VccUser[] = [];
    await this.forEachUserPage(include, (users) => {
      all.push(...users);
    });
    return all;
  }

  async getUser(userId: string): Promise<VccUser> {
    return (await this.call('GET', `/users/${encodeURIComponent(userId)}`)) as VccUser;
  }

  /** GET /users/by/agentDisplayId/{id}: the user holding this agent ID, or null (a 404). */
  async findUserByAgentDisplayId(agentDisplayId: string): Promise<VccUser | null> {
    try {
      const path = `/users/by/agentDisplayId/${encodeURIComponent(agentDisplayId.trim())}`;
      const user = (await this.call('GET', path)) as VccUser | null;
      return user && typeof user === 'object' && typeof user.userId === 'string' ? user : null;
    } catch (error) {
      if (error instanceof VccError && error.status === 404) {
        return null;
      }
      throw error;
    }
  }

  /** The user with this username (case-insensitive), archived users included, from a fresh list read. */
  async findUserByUsername(username: string): Promise<VccUser | null> {
    const wanted = usernameKey(username);
    let found: VccUser | null = null;
    await this.forEachUserPage('All', (users) => {
      found ??= users.find((user) => usernameKey(user.username) === wanted) ?? null;
    });
    return found;
  }

  /** Every agentDisplayId held by a VCC user, archived users included. */
  async getAgentIdsInUse(): Promise<string[]> {
    return [...(await this.readDirectory()).agentIdsInUse()];
  }

  /**
   * POST /users?allowOverages=false (true only when asked, or set on the client). Throws a VccError;
   * `ambiguous` when it may have been applied.
   */
  async createUser(user: VccNewUser, options: { allowOverages?: boolean } = {}): Promise<VccUser> {
    const allow = options.allowOverages ?? this.transport.settings.allowOverages;
    return (await this.call('POST', '/users', { allowOverages: String(allow) }, user)) as VccUser;
  }

  /** The user's skills, every page, with numeric levels. */
  async getUserSkills(userId: string): Promise<VccAgentSkill[]> {
    const skills: VccAgentSkill[] = [];
    await this.readList<VccAgentSkill>(userPath(userId, 'skills'), ['agentSkills'], {}, (page) => {
      for (const skill of page) {
        skills.push({ ...skill, agentSkillLevel: levelOf(skill.agentSkillLevel) });
      }
    });
    return skills;
  }

  /** PUT replaces the user's whole skill list. */
  async putUserSkills(
    userId: string,
    skills: readonly Pick<VccAgentSkill, 'skillId' | 'agentSkillLevel'>[]
  ): Promise<void> {
    const agentSkills = skills.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }));
    await this.call('PUT', userPath(userId, 'skills'), undefined, { agentSkills });
  }

  /** The user's groups, every page. */
  async getUserGroups(userId: string): Promise<VccUserGroup[]> {
    const groups: VccUserGroup[] = [];
    await this.readList<VccUserGroup>(userPath(userId, 'groups'), ['agentGroups'], {}, (page) => {
      groups.push(...page);
    });
    return groups;
  }

  /** PUT replaces this user's groups (no other user is touched). */
  async putUserGroups(userId: string, groupIds: readonly string[]): Promise<void> {
    const agentGroups = [...new Set(groupIds)].map((groupId) => ({ groupId }));
    await this.call('PUT', userPath(userId, 'groups'), undefined, { agentGroups });
  }

  /** One of a Supervisor's or Admin's permission lists, every page. */
  async getUserPermissions(userId: string, kind: VccPermissionKind): Promise<VccPermissionEntry[]> {
    const entries: VccPermissionEntry[] = [];
    const path = userPath(userId, `permissions/${kind}`);
    await this.readList<VccPermissionEntry>(path, VCC_PERMISSION_ARRAYS[kind].read, {}, (page) => {
      entries.push(...page);
    });
    return entries;
  }

  /** PUT replaces that permission list of the user. */
  async putUserPermissions(
    userId: string,
    kind: VccPermissionKind,
    entries: readonly VccPermissionEntry[]
  ): Promise<void> {
    const path = userPath(userId, `permissions/${kind}`);
    await this.call('PUT', path, undefined, { [VCC_PERMISSION_ARRAYS[kind].write]: entries });
  }

  /** Every group of the tenant. */
  async listGroups(): Promise<VccGroup[]> {
    const groups: VccGroup[] = [];
    await this.readList<Record<string, unknown>>('/groups', ['groups'], {}, (page) => {
      for (const group of page) {
        const groupName = String(group.groupName ?? group.name ?? '');
        groups.push({ groupId: String(group.groupId), groupName, name: groupName });
      }
    });
    return groups;
  }

  /** The user IDs of a group's members, every page (read only: memberships are written per user). */
  async getGroupUsers(groupId: string): Promise<string[]> {
    const members: string[] = [];
    const path = `/groups/${encodeURIComponent(groupId)}/users`;
    await this.readList<{ userId: string }>(path, ['users'], {}, (page) => {
      members.push(...page.map((member) => member.userId));
    });
    return members;
  }

  private async call(
    method: Method,
    path: string,
    query?: Record<string, string>,
    body?: unknown
  ): Promise<unknown> {
    return this.transport.call(method, `/useradmin${path}`, query, body);
  }

  private async readList<T>(
    path: string,
    names: readonly string[],
    query: Record<string, string>,
    onPage: (items: T[]) => void | Promise<void>
  ): Promise<number> {
    const shape = await readWholeList<T>(this.transport, `/useradmin${path}`, names, query, onPage);
    this.lastListShape = shape;
    return shape.totalCount;
  }
}

function userPath(userId: string, rest: string): string {
  return `/users/${encodeURIComponent(userId)}/${rest}`;
}

/** A skill level as a number ("5" on one page, 5 on another). */
function levelOf(level: unknown): number {
  const number = typeof level === 'number' ? level : Number(String(level ?? '').trim());
  return Number.isFinite(number) ? number : (level as number);
}
