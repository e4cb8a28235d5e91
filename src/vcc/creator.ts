/**
 * Creating VCC users from a template user: one result per Salesforce user, nobody created twice.
 *
 * Before each POST the creator looks in the user list it read at the start (and keeps up to date); after a POST
 * whose outcome is unknown it reads the list again and only tries again when the user is really not there.
 * Group memberships are gathered and written once per group (read, merge, write), after the users.
 */
import {
  agentIdKey,
  needsAgentId,
  resultMessage,
  resultStatus,
  trimToNull,
  type CreationResult,
  type ResultCode,
  type TemplateSummary
} from '../core';
import { VccError, type VccClient } from './client';
import { actsAsAgent, agentDisplayIdOf, type VccAgentSkill, type VccNewUser, type VccUser } from './types';
import { sleep } from '../shared/sleep';

/** What a new VCC user takes from its Salesforce user. */
export interface SalesforceUserForVcc {
  userId: string;
  username: string;
  name: string;
  email: string;
  phone: string | null;
  agentId: string | null;
}

export interface VccTemplate {
  user: VccUser;
  skills: VccAgentSkill[];
  groups: { groupId: string; name: string }[];
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

/** Reads the template user, its skills and its groups (the groups by looking into each group once). */
export async function loadTemplate(
  client: VccClient,
  username: string,
  users?: VccUser[]
): Promise<VccTemplate> {
  const wanted = trimToNull(username);
  if (wanted === null) {
    throw new TemplateError(
      'TEMPLATE_REQUIRED',
      'Type the username of an existing VCC user to use as the template.'
    );
  }
  const all = users ?? (await client.listUsers('All'));
  const user = all.find((candidate) => candidate.username.toLowerCase() === wanted.toLowerCase());
  if (!user) {
    throw new TemplateError(
      'TEMPLATE_NOT_FOUND',
      `No VCC user has the username '${wanted}'. Type the username of an existing VCC user, as it appears in ` +
        'User Admin in the VCC Admin Portal.'
    );
  }
  if (user.active === false) {
    throw new TemplateError(
      'TEMPLATE_ARCHIVED',
      `The VCC user '${user.username}' is archived and cannot be a template: choose an active user.`
    );
  }
  const [skills, groups] = await Promise.all([client.getUserSkills(user.userId), client.listGroups()]);
  const memberships = await Promise.all(
    groups.map(async (group) =>
      (await client.getGroupUsers(group.groupId)).includes(user.userId) ? group : null
    )
  );
  const templateGroups = memberships.filter((group): group is NonNullable<typeof group> => group !== null);
  const agent = actsAsAgent(user);
  return {
    user,
    skills,
    groups: templateGroups.map(({ groupId, name }) => ({ groupId, name })),
    summary: {
      username: user.username,
      vccUserId: user.userId,
      name: user.name,
      role: user.userAccountConfiguration.role,
      actsAsAgent: agent,
      needsAgentId: needsAgentId(user.userAccountConfiguration.role, agent),
      skillCount: skills.length,
      groupCount: templateGroups.length
    }
  };
}

const EXTENSION = /\s*(?:x|ext\.?|extension)\s*(\d+)\s*$/i;

/** A telephone number for VCC: digits with a leading + kept, and the extension apart. */
export function toTelephony(phone: string | null): {
  telephoneAddress: string | null;
  telephonyExtension: string | null;
} {
  const text = trimToNull(phone);
  if (text === null) {
    return { telephoneAddress: null, telephonyExtension: null };
  }
  const extension = EXTENSION.exec(text);
  const number = (extension ? text.slice(0, extension.index) : text).replace(/[\s\-.()]/g, '');
  return { telephoneAddress: number, telephonyExtension: extension ? extension[1] : null };
}

/** The POST /users body: the template's configuration with the Salesforce user's identity, phone and agent ID. */
export function newUserRequest(template: VccUser, user: SalesforceUserForVcc): VccNewUser {
  const configuration = structuredClone(template.userAccountConfiguration);
  const agent = configuration.actAsAgent?.agentConfiguration;
  if (agent) {
    agent.agentDisplayId = trimToNull(user.agentId);
    agent.telephonyAddress = { ...(agent.telephonyAddress ?? {}), ...toTelephony(user.phone) };
  }
  return {
    username: user.username.trim(),
    name: user.name,
    email: user.email.trim(),
    userAccountConfiguration: configuration
  };
}

export interface CreatorOptions {
  /** Users created at once. */
  concurrency?: number;
  /** Tries of one POST whose outcome stayed unknown, each after a fresh look at the user list. */
  maxCreateAttempts?: number;
  /** Called with each user's result as soon as it is known (before group memberships). */
  onResult?: (result: CreationResult) => void | Promise<void>;
  /**
   * After this many users in a row end VCC_UNAVAILABLE, VCC is taken to be down: the users left are not sent
   * and end VCC_UNAVAILABLE at once, instead of each waiting out its retries. 0 never stops.
   */
  stopAfterUnavailable?: number;
}

/** The message of users not sent because VCC stopped answering. */
export const NOT_SENT = 'not sent: VCC stopped answering during this run';

export class VccUserCreator {
  private readonly byUsername = new Map<string, VccUser>();
  private unavailableInARow = 0;
  private readonly byAgentId = new Map<string, VccUser>();

  private constructor(
    private readonly client: VccClient,
    readonly template: VccTemplate,
    users: VccUser[],
    private readonly options: CreatorOptions
  ) {
    users.forEach((user) => this.remember(user));
  }

  /**
   * Starts from the user list (read now unless given, e.g. the one the template was found in); the creator keeps
   * it up to date with what it creates.
   */
  static async start(
    client: VccClient,
    template: VccTemplate,
    options: CreatorOptions = {},
    users?: VccUser[]
  ): Promise<VccUserCreator> {
    return new VccUserCreator(client, template, users ?? (await client.listUsers('All')), options);
  }

  /** Creates every user (a bounded number at once), then writes the group memberships once per group. */
  async createAll(users: readonly SalesforceUserForVcc[]): Promise<CreationResult[]> {
    const results = await this.createEach(users);
    return this.addToGroups(results);
  }

  /** Creates every user, without groups: one result per user, in the given order. */
  async createEach(users: readonly SalesforceUserForVcc[]): Promise<CreationResult[]> {
    const results: CreationResult[] = new Array(users.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < users.length) {
        const index = next++;
        results[index] = await this.create(users[index]);
        this.unavailableInARow = results[index].code === 'VCC_UNAVAILABLE' ? this.unavailableInARow + 1 : 0;
        await this.options.onResult?.(results[index]);
      }
    };
    const workers = Math.max(1, Math.min(this.options.concurrency ?? 4, users.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
  }

  /** True once VCC has stopped answering (see stopAfterUnavailable). */
  get stopped(): boolean {
    const limit = this.options.stopAfterUnavailable ?? 0;
    return limit > 0 && this.unavailableInARow >= limit;
  }

  /** Creates one user. Never throws: every outcome is a result. */
  async create(user: SalesforceUserForVcc): Promise<CreationResult> {
    if (this.stopped) {
      return this.result(user, 'VCC_UNAVAILABLE', null, { vccMessage: NOT_SENT });
    }
    const agentId = trimToNull(user.agentId);
    const done = (
      code: ResultCode,
      vccUserId: string | null,
      details: { vccMessage?: string | null; missing?: string[] } = {}
    ): CreationResult => this.result(user, code, vccUserId, details);

    const known = this.byUsername.get(user.username.trim().toLowerCase());
    if (known) {
      return isSameUser(known, user) ? done('ALREADY_LINKED', known.userId) : done('VCC_USER_EXISTS', null);
    }
    const holder = agentId === null ? undefined : this.byAgentId.get(agentIdKey(agentId) as string);
    if (holder) {
      return done('AGENT_ID_IN_USE', null);
    }

    const request = newUserRequest(this.template.user, user);
    const attempts = this.options.maxCreateAttempts ?? 4;
    let uncertain = false;
    let created: VccUser | null = null;
    for (let attempt = 1; created === null; attempt++) {
      try {
        created = await this.client.createUser(request);
      } catch (error) {
        if (!(error instanceof VccError)) {
          throw error;
        }
        const conflict = error.code === 'VCC_USER_EXISTS' || error.code === 'AGENT_ID_IN_USE';
        if (!error.ambiguous && !(conflict && uncertain)) {
          return done(error.code, null, { vccMessage: error.vccMessage });
        }
        uncertain = true;
        // The POST may have been applied: look before anything else.
        let found: VccUser | null;
        try {
          found = await this.client.findUserByUsername(user.username);
        } catch (lookError) {
          const reason = lookError instanceof VccError ? lookError.vccMessage : String(lookError);
          return done('VCC_UNAVAILABLE', null, { vccMessage: `the outcome could not be checked: ${reason}` });
        }
        if (found) {
          if (!isSameUser(found, user)) {
            this.remember(found);
            return done('VCC_USER_EXISTS', null);
          }
          created = found;
        } else if (conflict) {
          return done(error.code, null, { vccMessage: error.vccMessage });
        } else if (attempt >= attempts) {
          return done(error.code, null, { vccMessage: error.vccMessage });
        }
        await sleep(250 * 2 ** (attempt - 1));
      }
    }
    this.remember(created);
    return this.finish(user, created);
  }

  /** Writes the template's skills on a user just created, and gives its result. */
  private async finish(user: SalesforceUserForVcc, created: VccUser): Promise<CreationResult> {
    const done = (
      code: ResultCode,
      details: { vccMessage?: string | null; missing?: string[] } = {}
    ): CreationResult => this.result(user, code, created.userId, details);
    if (this.template.skills.length > 0) {
      try {
        await this.client.putUserSkills(created.userId, this.template.skills);
      } catch (error) {
        if (!(error instanceof VccError)) {
          throw error;
        }
        return done('PARTIALLY_CREATED', { missing: ['skills'], vccMessage: error.vccMessage });
      }
    }
    return done('CREATED');
  }

  private result(
    user: SalesforceUserForVcc,
    code: ResultCode,
    vccUserId: string | null,
    details: { vccMessage?: string | null; missing?: string[] } = {}
  ): CreationResult {
    const agentId = trimToNull(user.agentId);
    return {
      userId: user.userId,
      username: user.username,
      status: resultStatus(code),
      code,
      message: resultMessage(code, { username: user.username, agentId, ...details }),
      agentId,
      vccUserId
    };
  }

  /** Finishes a user that VCC already has because this job sent it before it stopped: skills, then CREATED. */
  async adopt(user: SalesforceUserForVcc, vccUser: VccUser): Promise<CreationResult> {
    this.remember(vccUser);
    return this.finish(user, vccUser);
  }

  /**
   * Adds the users created in `results` to each of the template's groups: one read and one write per group.
   * A group that cannot be written turns its users' results into PARTIALLY_CREATED, naming the group.
   */
  async addToGroups(results: CreationResult[]): Promise<CreationResult[]> {
    const createdIds = results
      .filter(
        (result) => (result.code === 'CREATED' || result.code === 'PARTIALLY_CREATED') && result.vccUserId
      )
      .map((result) => result.vccUserId as string);
    if (createdIds.length === 0 || this.template.groups.length === 0) {
      return results;
    }
    const failed: { name: string; reason: string | null }[] = [];
    for (const group of this.template.groups) {
      try {
        await this.client.addToGroup(group.groupId, createdIds);
      } catch (error) {
        if (!(error instanceof VccError)) {
          throw error;
        }
        failed.push({ name: group.name, reason: error.vccMessage });
      }
    }
    if (failed.length === 0) {
      return results;
    }
    return results.map((result) => {
      if (!createdIds.includes(result.vccUserId ?? '')) {
        return result;
      }
      const missing = [
        ...(result.code === 'PARTIALLY_CREATED' ? ['skills'] : []),
        ...failed.map((group) => `group ${group.name}`)
      ];
      return {
        ...result,
        status: resultStatus('PARTIALLY_CREATED'),
        code: 'PARTIALLY_CREATED' as const,
        message: resultMessage('PARTIALLY_CREATED', { missing, vccMessage: failed[0].reason })
      };
    });
  }

  private remember(user: VccUser): void {
    this.byUsername.set(user.username.toLowerCase(), user);
    const key = agentIdKey(agentDisplayIdOf(user));
    if (key !== null) {
      this.byAgentId.set(key, user);
    }
  }
}

/** A VCC user is this Salesforce user's when the username and the agent ID (or the lack of one) agree. */
function isSameUser(vccUser: VccUser, user: SalesforceUserForVcc): boolean {
  return (
    vccUser.username.toLowerCase() === user.username.trim().toLowerCase() &&
    agentIdKey(agentDisplayIdOf(vccUser)) === agentIdKey(user.agentId)
  );
}
