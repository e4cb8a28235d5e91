/**
 * The template user of a creation job, read whole once per job: the user, its skills (with levels), its groups
 * and, for a Supervisor or Admin template, its group, queue, address and interaction-plan permissions
 * (VCC-API.md, "What create from a template means").
 */
import { format, LABELS, needsAgentId, trimToNull, usernameKey, type TemplateSummary } from '../core';
import { templateActsAsAgent } from './createBody';
import {
  VCC_PERMISSION_KINDS,
  type VccAgentSkill,
  type VccPermissionEntry,
  type VccPermissionKind,
  type VccUser,
  type VccUserGroup
} from './types';

/** One VCC user as the tenant's directory knows it (the key set read once per job). */
export interface DirectoryEntry {
  userId: string;
  username: string;
  agentId: string | null;
  active: boolean;
}

/** The lookups the creator needs in the tenant's directory (src/vcc/directory.ts). */
export interface CreatorDirectory {
  byUsername(username: string): DirectoryEntry | null;
  byAgentId(agentId: string): DirectoryEntry | null;
  add(entry: DirectoryEntry): void;
}

/** The VCC calls that read a template (VccClient has them). */
export interface TemplateClient {
  readDirectory(): Promise<CreatorDirectory>;
  getUser(userId: string): Promise<VccUser>;
  getUserSkills(userId: string): Promise<VccAgentSkill[]>;
  getUserGroups(userId: string): Promise<VccUserGroup[]>;
  getUserPermissions(userId: string, kind: VccPermissionKind): Promise<VccPermissionEntry[]>;
}

/** A Supervisor's or Admin's permission lists, each read whole. */
export type TemplatePermissions = Record<VccPermissionKind, VccPermissionEntry[]>;

export interface VccTemplate {
  user: VccUser;
  /** Every skill of the template, with its level. */
  skills: VccAgentSkill[];
  /** Every group the template is in. */
  groups: VccUserGroup[];
  /** Supervisor and Admin templates only; null for the others. */
  permissions: TemplatePermissions | null;
  /** True when users made from it take calls (an Agent, or actAsAgent true): they need a phone and an agent ID. */
  actsAsAgent: boolean;
  summary: TemplateSummary;
}

export type TemplateErrorCode = 'TEMPLATE_REQUIRED' | 'TEMPLATE_NOT_FOUND' | 'TEMPLATE_ARCHIVED';

/** The template username is blank, unknown or archived. */
export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Roles whose users hold supervisor permissions. */
const PERMISSION_ROLES: readonly string[] = ['Supervisor', 'Admin'];

/** The permission kinds that can hold entries, in the order they are written. */
export const PERMISSION_KINDS: readonly VccPermissionKind[] = VCC_PERMISSION_KINDS;

async function readPermissions(client: TemplateClient, userId: string): Promise<TemplatePermissions> {
  const lists = await Promise.all(PERMISSION_KINDS.map((kind) => client.getUserPermissions(userId, kind)));
  return Object.fromEntries(PERMISSION_KINDS.map((kind, i) => [kind, lists[i]])) as TemplatePermissions;
}

/** The trimmed template username; a TemplateError when it is blank. */
function requireUsername(username: string): string {
  const wanted = trimToNull(username);
  if (wanted === null) {
    throw new TemplateError('TEMPLATE_REQUIRED', LABELS.VCC_Op_Template_Required);
  }
  return wanted;
}

/** The template's directory entry; a TemplateError when no VCC user has the username or it is archived. */
function findTemplate(directory: CreatorDirectory, wanted: string): DirectoryEntry {
  const entry = directory.byUsername(wanted);
  if (entry === null || usernameKey(entry.username) !== usernameKey(wanted)) {
    throw new TemplateError('TEMPLATE_NOT_FOUND', format(LABELS.VCC_Op_Template_Not_Found, wanted));
  }
  if (entry.active === false) {
    throw new TemplateError('TEMPLATE_ARCHIVED', format(LABELS.VCC_Op_Template_Archived, entry.username));
  }
  return entry;
}

/**
 * Reads the template user whole, once: found by username in the directory (read now unless given), then
 * `GET /users/{id}`, its skills and groups (every page), and its four permission lists when it is a Supervisor or
 * an Admin. Throws a TemplateError when the username is blank, unknown or archived, a VccError when VCC fails.
 */
export async function loadTemplate(
  client: TemplateClient,
  username: string,
  directory?: CreatorDirectory
): Promise<VccTemplate> {
  const wanted = requireUsername(username);
  const entry = findTemplate(directory ?? (await client.readDirectory()), wanted);
  const user = await client.getUser(entry.userId);
  if (user.active === false) {
    throw new TemplateError('TEMPLATE_ARCHIVED', format(LABELS.VCC_Op_Template_Archived, user.username));
  }
  const role = user.userAccountConfiguration?.role;
  const [skills, groups, permissions] = await Promise.all([
    client.getUserSkills(user.userId),
    client.getUserGroups(user.userId),
    PERMISSION_ROLES.includes(role) ? readPermissions(client, user.userId) : Promise.resolve(null)
  ]);
  const actsAsAgent = templateActsAsAgent(user);
  return {
    user,
    skills,
    groups,
    permissions,
    actsAsAgent,
    summary: {
      username: user.username,
      vccUserId: user.userId,
      name: user.name,
      role,
      actsAsAgent,
      needsAgentId: needsAgentId(role, actsAsAgent),
      skillCount: skills.length,
      groupCount: groups.length
    }
  };
}
