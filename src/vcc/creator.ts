/**
 * One Salesforce user made complete in VCC, in one call: `process(user)` creates the VCC user from the template
 * (a POST sent once: after a lost answer the user is looked for, and a second POST goes only after a list read
 * confirms it is not there), then gives it the template's skills, groups and (Supervisor/Admin templates)
 * permissions; a user already linked is brought up to the template, adding what it lacks and removing nothing.
 * Every call ends in exactly one result; nothing is left for the end of a job.
 */
import {
  agentIdKey,
  format,
  LABELS,
  resultMessage,
  resultStatus,
  trimToNull,
  usernameKey,
  type CreationResult,
  type ResultCode,
  type ResultDetails
} from '../core';
import { VccError } from './client';
import { buildCreateBody, toTelephony, type SalesforceUserForVcc } from './createBody';
import {
  convergeUser,
  joinAnd,
  writeTemplateLists,
  type CompletionClient,
  type CompletionOutcome
} from './completion';
import type { CreatorDirectory, DirectoryEntry, TemplateClient, VccTemplate } from './template';
import { agentDisplayIdOf, type VccNewUser, type VccUser } from './types';
import { sleep } from '../shared/sleep';

export { buildCreateBody, toTelephony, type SalesforceUserForVcc } from './createBody';
export {
  loadTemplate,
  TemplateError,
  type CreatorDirectory,
  type DirectoryEntry,
  type TemplateErrorCode,
  type VccTemplate
} from './template';

/** The VCC calls the creator makes (VccClient has them all). */
export interface CreatorClient extends TemplateClient, CompletionClient {
  createUser(body: VccNewUser, options: { allowOverages?: boolean }): Promise<VccUser>;
  findUserByAgentDisplayId(agentDisplayId: string): Promise<VccUser | null>;
  forEachUserPage(
    include: 'Active' | 'Archived' | 'All',
    onPage: (users: VccUser[]) => void | Promise<void>
  ): Promise<unknown>;
}

export interface CreatorOptions {
  /**
   * Create agents past the account's licence limit (`allowOverages=true`). Unset: the client's setting (off
   * unless the admin turns it on).
   */
  allowOverages?: boolean;
  /** POSTs of one user at most, each after a lookup and a list read have confirmed the user is not in VCC. */
  maxCreateAttempts?: number;
  /**
   * After this many users in a row end VCC_UNAVAILABLE or VCC_UNREACHABLE, VCC is taken to be down: the users
   * left are not sent and end VCC_UNAVAILABLE at once, instead of each waiting out its retries. 0 never stops.
   */
  stopAfterUnavailable?: number;
}

/** The message of users not sent because VCC stopped answering. */
export const NOT_SENT = LABELS.VCC_Op_Not_Sent_Vcc_Down;

/** The message of users not sent because VCC refused an earlier create for the licence limit. */
export const NOT_SENT_LICENCE = LABELS.VCC_Op_Not_Sent_Licence_Limit;

const DOWN: readonly ResultCode[] = ['VCC_UNAVAILABLE', 'VCC_UNREACHABLE'];

/** How one call ended before the result is written. */
interface Outcome {
  code: ResultCode;
  vccUserId?: string | null;
  details?: ResultDetails;
  /** Why a user that exists lacks something, e.g. VCC_UNAVAILABLE. */
  cause?: ResultCode;
}

/** A user found in VCC after a create whose answer was lost, or the reason it could not be looked for. */
type Lookup = { found: VccUser } | { none: true } | { failed: string };

export class VccUserCreator {
  private unavailableInARow = 0;
  private licenceRefused = false;

  constructor(
    private readonly client: CreatorClient,
    readonly template: VccTemplate,
    private readonly directory: CreatorDirectory,
    private readonly options: CreatorOptions = {}
  ) {}

  /** True once VCC has refused a create for the licence limit: later users are not sent (linked ones still converge). */
  get licenceLimitReached(): boolean {
    return this.licenceRefused;
  }

  /** True once VCC has stopped answering (see stopAfterUnavailable). */
  get stopped(): boolean {
    const limit = this.options.stopAfterUnavailable ?? 0;
    return limit > 0 && this.unavailableInARow >= limit;
  }

  /**
   * Makes one user complete and gives its one result. Never throws for anything VCC answers: already linked ->
   * converge ('Updated' or 'AlreadyLinked'); another VCC user holds the username or agent ID -> 'Failed'; else
   * create -> skills -> groups -> permissions -> 'Created', or 'PartiallyCreated' naming what is missing.
   */
  async process(user: SalesforceUserForVcc): Promise<CreationResult> {
    const outcome = this.stopped
      ? { code: 'VCC_UNAVAILABLE' as const, details: { vccMessage: NOT_SENT } }
      : await this.decide(user);
    const down = DOWN.includes(outcome.code) || (outcome.cause !== undefined && DOWN.includes(outcome.cause));
    this.unavailableInARow = down ? this.unavailableInARow + 1 : 0;
    return this.result(user, outcome);
  }

  /** The agent ID this user's create sends: none when the template does not take calls. */
  private agentIdToSend(user: SalesforceUserForVcc): string | null {
    return this.template.actsAsAgent ? trimToNull(user.agentId) : null;
  }

  /** Same username and, for a template that takes calls, the same agent ID (by number). */
  private isLinked(entry: Pick<DirectoryEntry, 'username' | 'agentId'>, user: SalesforceUserForVcc): boolean {
    return (
      usernameKey(entry.username) === usernameKey(user.username) &&
      (!this.template.actsAsAgent || agentIdKey(entry.agentId) === agentIdKey(user.agentId))
    );
  }

  private async decide(user: SalesforceUserForVcc): Promise<Outcome> {
    const known = this.directory.byUsername(user.username.trim());
    if (known) {
      return this.isLinked(known, user) ? this.converge(known.userId, 'linked') : { code: 'VCC_USER_EXISTS' };
    }
    const agentId = this.agentIdToSend(user);
    if (this.template.actsAsAgent) {
      if (agentId === null) {
        return { code: 'SKIPPED', details: { issueCodes: ['AGENT_ID_MISSING'] } };
      }
      if (this.directory.byAgentId(agentId)) {
        return { code: 'AGENT_ID_IN_USE' };
      }
      if (toTelephony(user.phone).telephoneAddress === null) {
        return { code: 'PHONE_MISSING' };
      }
    }
    if (this.licenceRefused) {
      return { code: 'LICENCE_LIMIT', details: { vccMessage: NOT_SENT_LICENCE } };
    }
    return this.create(user, agentId);
  }

  /** POSTs the user once; after a lost answer, looks before anything else and POSTs again only on a confirmed none. */
  private async create(user: SalesforceUserForVcc, agentId: string | null): Promise<Outcome> {
    const body = buildCreateBody(this.template.user, user, { sendAgentId: agentId !== null });
    const attempts = Math.max(1, this.options.maxCreateAttempts ?? 3);
    let uncertain = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await this.client.createUser(body, { allowOverages: this.options.allowOverages });
        this.remember(created.userId, user, agentId);
        return this.complete(created.userId);
      } catch (error) {
        if (!(error instanceof VccError)) {
          throw error;
        }
        const conflict = error.code === 'VCC_USER_EXISTS' || error.code === 'AGENT_ID_IN_USE';
        if (!error.ambiguous && !(conflict && uncertain)) {
          return this.refused(error);
        }
        // The POST may have been applied: look before anything else.
        uncertain = true;
        const lookup = await this.lookUp(user, agentId);
        if ('failed' in lookup) {
          return {
            code: 'VCC_UNAVAILABLE',
            details: { vccMessage: format(LABELS.VCC_Op_Outcome_Unchecked, lookup.failed) }
          };
        }
        if ('found' in lookup) {
          return this.adoptFound(lookup.found, user, agentId);
        }
        if (conflict || attempt >= attempts) {
          return this.refused(error);
        }
        await sleep(250 * 2 ** (attempt - 1));
      }
    }
  }

  /** A create VCC refused for good. The licence limit stops every later create of this creator. */
  private refused(error: VccError): Outcome {
    if (error.code === 'LICENCE_LIMIT') {
      this.licenceRefused = true;
    }
    const host = (error as { host?: string | null }).host ?? null;
    return { code: error.code, details: { vccMessage: error.vccMessage, host } };
  }

  /** The user found after a lost answer: ours when the username (and agent ID) match, else a conflict. */
  private adoptFound(
    found: VccUser,
    user: SalesforceUserForVcc,
    agentId: string | null
  ): Promise<Outcome> | Outcome {
    const entry = { username: found.username, agentId: agentDisplayIdOf(found) };
    if (!this.isLinked(entry, user)) {
      this.directory.add({ userId: found.userId, active: found.active !== false, ...entry });
      return {
        code:
          usernameKey(found.username) === usernameKey(user.username) ? 'VCC_USER_EXISTS' : 'AGENT_ID_IN_USE'
      };
    }
    this.remember(found.userId, user, agentId);
    // Found, not answered: its lists may be partly written by an earlier run, so read before writing.
    return this.converge(found.userId, 'created');
  }

  /**
   * Looks for a user whose create may have landed: by agent ID when it has one, then (for a "none", or without an
   * agent ID) in one fresh read of the user list, archived users included.
   */
  private async lookUp(user: SalesforceUserForVcc, agentId: string | null): Promise<Lookup> {
    try {
      if (agentId !== null) {
        const byId = await this.client.findUserByAgentDisplayId(agentId);
        if (byId) {
          return { found: byId };
        }
      }
      const wanted = usernameKey(user.username);
      let found: VccUser | null = null;
      await this.client.forEachUserPage('All', (users) => {
        found ??= users.find((candidate) => usernameKey(candidate.username) === wanted) ?? null;
      });
      return found ? { found } : { none: true };
    } catch (error) {
      if (!(error instanceof VccError)) {
        throw error;
      }
      return { failed: error.vccMessage ?? error.message };
    }
  }

  /** A user just created gets the template's lists as they are: one PUT per non-empty list. */
  private async complete(userId: string): Promise<Outcome> {
    return this.finished(userId, 'created', await writeTemplateLists(this.client, userId, this.template));
  }

  /** An existing user is brought up to the template: read its lists, add only what is missing. */
  private async converge(userId: string, mode: 'created' | 'linked'): Promise<Outcome> {
    return this.finished(userId, mode, await convergeUser(this.client, userId, this.template));
  }

  private finished(userId: string, mode: 'created' | 'linked', outcome: CompletionOutcome): Outcome {
    if (outcome.missing.length > 0) {
      return {
        code: 'PARTIALLY_CREATED',
        vccUserId: userId,
        details: { missing: [joinAnd(outcome.missing)], vccMessage: outcome.error?.vccMessage ?? null },
        cause: outcome.error?.code
      };
    }
    if (mode === 'created') {
      return { code: 'CREATED', vccUserId: userId };
    }
    return outcome.added.length > 0
      ? { code: 'UPDATED', vccUserId: userId, details: { added: [joinAnd(outcome.added)] } }
      : { code: 'ALREADY_LINKED', vccUserId: userId };
  }

  /** Keeps the directory up to date with a user this creator created or found. */
  private remember(userId: string, user: SalesforceUserForVcc, agentId: string | null): void {
    this.directory.add({ userId, username: user.username.trim(), agentId, active: true });
  }

  private result(user: SalesforceUserForVcc, outcome: Outcome): CreationResult {
    const typed = trimToNull(user.agentId);
    const notSent = !this.template.actsAsAgent && typed !== null;
    const details: ResultDetails = {
      username: user.username,
      agentId: typed,
      agentIdNotSent: notSent,
      ...outcome.details
    };
    return {
      userId: user.userId,
      username: user.username,
      status: resultStatus(outcome.code),
      code: outcome.code,
      message: resultMessage(outcome.code, details),
      agentId: this.agentIdToSend(user),
      vccUserId: outcome.vccUserId ?? null
    };
  }
}
