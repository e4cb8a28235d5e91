/**
 * The User Admin API's resources under /useradmin: users, a user's skills, groups and permissions, groups.
 * Each answer follows VCC-API.md in the tenant's reading of the contradictory points (tenant.ts).
 */
import {
  agentDisplayIdOf,
  VCC_PERMISSION_ARRAYS,
  VCC_PERMISSION_KINDS,
  type VccPermissionEntry,
  type VccPermissionKind,
  type VccUser
} from '../types';
import { SimulatorError } from './errors';
import type { VccStore } from './store';
import { paged, presentUser, type Tenant } from './tenant';
import { PERMISSION_FIELDS } from '../documented';
import { refuseProblems, strictEntryProblems, strictUserProblems } from './validate';

export type Answer = [number, unknown, Record<string, string>?];

export interface RouteContext {
  store: VccStore;
  tenant: Tenant;
  /** Called after a user is created. */
  created(): void;
}

/** One API request: its method, its path's parts after /useradmin, its query and its parsed body. */
interface ApiRequest {
  method: string;
  parts: string[];
  query: URLSearchParams;
  body: unknown;
}

/** Routes one API request (path without /useradmin) to its resource. */
export function route(
  ctx: RouteContext,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown
): Answer {
  const request: ApiRequest = {
    method,
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    query,
    body
  };
  const answer =
    request.parts[0] === 'users'
      ? usersRoute(ctx, request)
      : request.parts[0] === 'groups'
        ? groupsRoute(ctx, request)
        : null;
  if (answer === null) {
    throw new SimulatorError(method === 'GET' ? 404 : 405, `No route for ${method} /useradmin${path}.`);
  }
  return answer;
}

function usersRoute(ctx: RouteContext, request: ApiRequest): Answer | null {
  const { store, tenant } = ctx;
  const { method, parts, query } = request;
  if (parts.length === 1 && method === 'GET') {
    const users = store.listUsers(parseInclude(query.get('include')));
    return [200, paged(users, query, tenant, 'users', (user) => presentUser(user, tenant))];
  }
  if (parts.length === 1 && method === 'POST') {
    return createUser(ctx, query, request.body);
  }
  if (parts.length === 4 && parts[1] === 'by' && parts[2] === 'agentDisplayId' && method === 'GET') {
    const user = store.findByAgentId(parts[3]);
    if (!user) {
      throw new SimulatorError(404, `No user has the agent display ID '${parts[3]}'.`);
    }
    return [200, presentUser(user, tenant)];
  }
  if (parts.length === 2 && method === 'GET') {
    return [200, presentUser(store.getUser(parts[1]), tenant)];
  }
  const list = userList(ctx, parts);
  return list ? listRoute(ctx, request, list) : null;
}

function createUser(ctx: RouteContext, query: URLSearchParams, body: unknown): Answer {
  const allow = query.get('allowOverages');
  if (allow !== null && allow !== 'true' && allow !== 'false') {
    throw new SimulatorError(400, "allowOverages must be 'true' or 'false'.");
  }
  if (ctx.tenant.strict) {
    refuseProblems(strictUserProblems(body, ctx.tenant.capacityKey));
  }
  const user = ctx.store.createUser(body, allow === 'true');
  ctx.created();
  return [201, presentUser(user, ctx.tenant), { location: `/useradmin/users/${user.userId}` }];
}

/** The documented head of a user's list answers: { meta, userId, agentDisplayId, <array> }. */
function userHead(user: VccUser): Record<string, unknown> {
  return { userId: user.userId, agentDisplayId: agentDisplayIdOf(user) };
}

function listOf(
  body: unknown,
  name: string,
  ctx: RouteContext,
  fields: readonly string[]
): Record<string, unknown>[] {
  const list = (body as Record<string, unknown> | null)?.[name];
  if (!Array.isArray(list)) {
    throw new SimulatorError(400, `${name} must be an array.`);
  }
  if (ctx.tenant.strict) {
    refuseProblems(strictEntryProblems(list, name, fields));
  }
  return list.map(
    (entry) => (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
  );
}

/**
 * A list resource: GET answers it paged under `name` after `head`; PUT checks and stores the body
 * (`replace`), then answers the list as stored.
 */
interface ListResource<T> {
  name: string;
  head?: Record<string, unknown>;
  read(): readonly T[];
  present(item: T): unknown;
  replace(body: unknown): void;
}

function listRoute<T>(ctx: RouteContext, request: ApiRequest, list: ListResource<T>): Answer | null {
  if (request.method !== 'GET' && request.method !== 'PUT') {
    return null;
  }
  if (request.method === 'PUT') {
    list.replace(request.body);
  }
  return [200, paged(list.read(), request.query, ctx.tenant, list.name, list.present, list.head)];
}

/** The list of /users/{id}/skills, /groups or /permissions/{kind} (the user read only then), or null. */
function userList(ctx: RouteContext, parts: string[]): ListResource<unknown> | null {
  if (parts.length === 3 && parts[2] === 'skills') {
    return skillsList(ctx, ctx.store.getUser(parts[1])) as ListResource<unknown>;
  }
  if (parts.length === 3 && parts[2] === 'groups') {
    return userGroupsList(ctx, ctx.store.getUser(parts[1]));
  }
  if (parts.length === 4 && parts[2] === 'permissions') {
    const kind = VCC_PERMISSION_KINDS.find((candidate) => candidate === parts[3]);
    return kind ? permissionsList(ctx, ctx.store.getUser(parts[1]), kind) : null;
  }
  return null;
}

function userGroupsList(ctx: RouteContext, user: VccUser): ListResource<unknown> {
  return {
    name: 'agentGroups',
    head: userHead(user),
    read: () => ctx.store.getUserGroups(user.userId),
    present: (group) => group,
    replace: (body) =>
      ctx.store.putUserGroups(
        user.userId,
        listOf(body, 'agentGroups', ctx, ['groupId']).map((item) => String(item.groupId ?? ''))
      )
  };
}

function skillsList(
  ctx: RouteContext,
  user: VccUser
): ListResource<{ skillId: string; agentSkillLevel: number }> {
  const level = (value: number): number | string =>
    ctx.tenant.skillLevelType === 'string' ? String(value) : value;
  return {
    name: 'agentSkills',
    head: userHead(user),
    read: () => ctx.store.getSkills(user.userId),
    present: (skill) => ({ ...skill, agentSkillLevel: level(skill.agentSkillLevel) }),
    replace: (body) => {
      const skills = listOf(body, 'agentSkills', ctx, ['skillId', 'agentSkillLevel']).map((item) => {
        const skillId = String(item.skillId ?? '');
        const value = Number(item.agentSkillLevel);
        if (!Number.isInteger(value) || value < 1 || value > 10) {
          throw new SimulatorError(
            400,
            `agentSkillLevel of skill '${skillId}' must be a whole number from 1 to 10.`
          );
        }
        return { skillId, agentSkillLevel: value };
      });
      ctx.store.putSkills(user.userId, skills);
    }
  };
}

function permissionsList(ctx: RouteContext, user: VccUser, kind: VccPermissionKind): ListResource<unknown> {
  const names = VCC_PERMISSION_ARRAYS[kind];
  return {
    name: names.read[0],
    head: userHead(user),
    read: () => ctx.store.getPermissions(user.userId, kind),
    present: (entry) => entry,
    replace: (body) => {
      if (!['Admin', 'Supervisor'].includes(user.userAccountConfiguration.role)) {
        throw new SimulatorError(400, `Only a Supervisor or an Admin has ${kind} permissions.`);
      }
      const entries = listOf(body, names.write, ctx, PERMISSION_FIELDS[kind]) as VccPermissionEntry[];
      ctx.store.putPermissions(user.userId, kind, entries);
    }
  };
}

function groupsRoute(ctx: RouteContext, request: ApiRequest): Answer | null {
  const { store, tenant } = ctx;
  const { method, parts, query } = request;
  if (parts.length === 1 && method === 'GET') {
    return [
      200,
      paged(store.listGroups(), query, tenant, 'groups', ({ groupId, groupName }) => ({ groupId, groupName }))
    ];
  }
  if (parts.length !== 3 || parts[2] !== 'users') {
    return null;
  }
  return listRoute(ctx, request, {
    name: 'users',
    read: () => store.getGroupUsers(parts[1]),
    present: (member) => member,
    replace: (body) =>
      store.putGroupUsers(
        parts[1],
        listOf(body, 'users', ctx, ['userId']).map((item) => String(item.userId ?? ''))
      )
  });
}

function parseInclude(value: string | null): 'Active' | 'Archived' | 'All' {
  if (value === null || value === '') {
    return 'Active';
  }
  const match = ['Active', 'Archived', 'All'].find((option) => option.toLowerCase() === value.toLowerCase());
  if (!match) {
    throw new SimulatorError(400, `include must be Active, Archived or All, not '${value}'.`);
  }
  return match as 'Active' | 'Archived' | 'All';
}
