/**
 * Making one VCC user complete: the template's skills, groups and (Supervisor/Admin templates) permissions, each
 * through the user's own endpoints (`PUT /users/{id}/skills`, `/groups`, `/permissions/{kind}`), so no other user
 * is ever touched. A new user gets the template's lists as they are; a user already linked gets the union of its
 * own lists and the template's, written only when something is missing: nothing an admin added is ever removed.
 */
import { VccError } from './client';
import { PERMISSION_KINDS, type VccTemplate } from './template';
import {
  VCC_PERMISSION_KEYS,
  type VccAgentSkill,
  type VccPermissionEntry,
  type VccPermissionKind,
  type VccUserGroup
} from './types';

/** The per-user VCC calls that complete a user (VccClient has them). */
export interface CompletionClient {
  getUserSkills(userId: string): Promise<VccAgentSkill[]>;
  putUserSkills(userId: string, skills: { skillId: string; agentSkillLevel: number }[]): Promise<void>;
  getUserGroups(userId: string): Promise<VccUserGroup[]>;
  putUserGroups(userId: string, groupIds: string[]): Promise<void>;
  getUserPermissions(userId: string, kind: VccPermissionKind): Promise<VccPermissionEntry[]>;
  putUserPermissions(userId: string, kind: VccPermissionKind, entries: VccPermissionEntry[]): Promise<void>;
}

/** What completing a user did. */
export interface CompletionOutcome {
  /** What was added to a user already linked, e.g. ["3 skills", "1 group"]. */
  added: string[];
  /** The parts that could not be read or written, e.g. ["skills", "queue permissions"]. */
  missing: string[];
  /** The first failure, when a part is missing. */
  error: VccError | null;
}

/** One list a complete user holds as the template does. */
interface Part<T> {
  /** Singular and plural, as a result names what was added; the plural names the part when it is missing. */
  noun: readonly [string, string];
  template: readonly T[];
  /** The field that identifies an entry (for a union without duplicates). */
  key: keyof T & string;
  read(): Promise<T[]>;
  write(entries: T[]): Promise<void>;
}

const PERMISSION_LABELS: Readonly<Record<VccPermissionKind, readonly [string, string]>> = {
  groups: ['group permission', 'group permissions'],
  queues: ['queue permission', 'queue permissions'],
  addresses: ['line permission', 'line permissions'],
  interactionPlans: ['interaction plan permission', 'interaction plan permissions']
};

/** A skill level as the PUT body takes it: a number (one GET example answers a string). */
function level(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(number) ? number : (value as number);
}

function parts(client: CompletionClient, userId: string, template: VccTemplate): Part<unknown>[] {
  const skills: Part<VccAgentSkill> = {
    noun: ['skill', 'skills'],
    template: template.skills,
    key: 'skillId',
    read: () => client.getUserSkills(userId),
    write: (entries) =>
      client.putUserSkills(
        userId,
        entries.map((skill) => ({ skillId: skill.skillId, agentSkillLevel: level(skill.agentSkillLevel) }))
      )
  };
  const groups: Part<VccUserGroup> = {
    noun: ['group', 'groups'],
    template: template.groups,
    key: 'groupId',
    read: () => client.getUserGroups(userId),
    write: (entries) =>
      client.putUserGroups(
        userId,
        entries.map((group) => group.groupId)
      )
  };
  const permissions = PERMISSION_KINDS.map((kind): Part<VccPermissionEntry> => ({
    noun: PERMISSION_LABELS[kind],
    template: template.permissions?.[kind] ?? [],
    key: VCC_PERMISSION_KEYS[kind],
    read: () => client.getUserPermissions(userId, kind),
    write: (entries) => client.putUserPermissions(userId, kind, entries)
  }));
  return [skills, groups, ...permissions] as Part<unknown>[];
}

/** Failures after which the next parts are not tried: VCC is not answering, or refuses this client. */
const STOPPING: readonly string[] = [
  'VCC_UNAVAILABLE',
  'VCC_UNREACHABLE',
  'RATE_LIMITED',
  'UNAUTHORIZED',
  'FORBIDDEN'
];

/**
 * Runs `step` on every part with template entries, in order (skills, groups, permissions). A part that fails is
 * missing; after a failure that says VCC is not answering, the parts left are missing too, without a call.
 */
async function eachPart(
  all: Part<unknown>[],
  step: (part: Part<unknown>) => Promise<string | null>
): Promise<CompletionOutcome> {
  const outcome: CompletionOutcome = { added: [], missing: [], error: null };
  for (const part of all.filter((candidate) => candidate.template.length > 0)) {
    if (outcome.error !== null && STOPPING.includes(outcome.error.code)) {
      outcome.missing.push(part.noun[1]);
      continue;
    }
    try {
      const added = await step(part);
      if (added !== null) {
        outcome.added.push(added);
      }
    } catch (error) {
      if (!(error instanceof VccError)) {
        throw error;
      }
      outcome.error ??= error;
      outcome.missing.push(part.noun[1]);
    }
  }
  return outcome;
}

/** Gives a user just created the template's skills, groups and permissions: one PUT per non-empty list. */
export async function writeTemplateLists(
  client: CompletionClient,
  userId: string,
  template: VccTemplate
): Promise<CompletionOutcome> {
  return eachPart(parts(client, userId, template), async (part) => {
    await part.write([...part.template]);
    return null;
  });
}

/**
 * Brings a user that already exists up to the template: reads each of its lists whole and, only when the
 * template has entries it lacks, writes its own entries plus those (never removing or changing one of its own).
 */
export async function convergeUser(
  client: CompletionClient,
  userId: string,
  template: VccTemplate
): Promise<CompletionOutcome> {
  return eachPart(parts(client, userId, template), async (part) => {
    const own = await part.read();
    const key = (entry: unknown): string => String((entry as Record<string, unknown>)[part.key]);
    const held = new Set(own.map(key));
    const lacking = part.template.filter((entry) => !held.has(key(entry)));
    if (lacking.length === 0) {
      return null;
    }
    await part.write([...own, ...lacking]);
    return `${lacking.length} ${part.noun[lacking.length === 1 ? 0 : 1]}`;
  });
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
