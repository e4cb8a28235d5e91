/**
 * Ready to take calls: each user's readiness (VCC permission set, Task field access, call center, phone, licence,
 * active), the bulk fixes (assign permission sets, set a call center: one result per user, users already fine
 * reported as such, nothing changed by a dry run) and the API user's health check. The org's facts are read in a
 * few bulk queries (readinessGateway.ts), the rules are src/core's.
 */
import {
  format,
  LABELS,
  checkApiUser,
  checkReadiness,
  DEFAULT_READINESS_SETTINGS,
  permissionSetMatches,
  trimToNull,
  type ApiUserHealth,
  type ReadinessCode,
  type ReadinessSettings,
  type UserReadiness,
  type ViewUser
} from '../core';
import { ServiceError } from './errors';
import type { OrgGateway } from './OrgGateway';
import type { NamedRecord, ReadinessGateway } from './readinessGateway';

/** One user's readiness, with who the user is. */
export interface ReadinessRow extends UserReadiness {
  name: string | null;
  username: string | null;
}

export interface ReadinessReport {
  total: number;
  ready: number;
  notReady: number;
  /** How many users have each issue code. */
  counts: Partial<Record<ReadinessCode, number>>;
  users: ReadinessRow[];
}

export type FixAction = 'assignPermissionSet' | 'setCallCenter';
export type FixOutcome =
  'assigned' | 'alreadyHad' | 'wouldAssign' | 'set' | 'alreadySet' | 'wouldSet' | 'failed';

/** The result of one fix for one user. */
export interface FixResult {
  userId: string;
  username: string | null;
  action: FixAction;
  /** The permission set's or call center's name. */
  target: string;
  outcome: FixOutcome;
  message: string;
}

export interface FixReport {
  dryRun: boolean;
  /** Per action and target: how many users each outcome. */
  counts: { action: FixAction; target: string; outcomes: Partial<Record<FixOutcome, number>> }[];
  results: FixResult[];
}

export interface FixRequest {
  listViewId?: string | null;
  userIds?: string[] | null;
  /** Permission sets to assign, by API name (with or without namespace) or label. */
  permissionSetNames?: string[] | null;
  /** The call center to set, by ID or name. */
  callCenterId?: string | null;
  dryRun?: boolean;
}

export class ReadinessService {
  constructor(
    private readonly org: OrgGateway,
    private readonly settings: ReadinessSettings = DEFAULT_READINESS_SETTINGS
  ) {}

  private gateway(): ReadinessGateway {
    const gateway = this.org.readiness?.();
    if (!gateway) {
      throw new ServiceError(LABELS.VCC_Op_No_Readiness, 400);
    }
    return gateway;
  }

  /** The readiness of every user of the view, in the view's order. */
  async checkReadiness({ listViewId }: { listViewId: string }): Promise<ReadinessReport> {
    const users = await this.org.getViewUsers(listViewId);
    return this.report(users, await this.readinessOf(users));
  }

  /** The readiness of these users, in order (a handful of queries whatever their number). */
  async readinessOf(users: readonly ViewUser[]): Promise<UserReadiness[]> {
    const facts = await this.gateway().readPermissionFacts(users.map((user) => user.id));
    return checkReadiness(
      {
        users: users.map((user) => ({
          id: user.id,
          name: user.name,
          username: user.username,
          isActive: user.isActive,
          licenseName: user.licenseName,
          callCenterId: user.callCenterId,
          phone: user.phone,
          permissionSetIds: facts.assignments.get(user.id) ?? []
        })),
        permissionSets: facts.permissionSets,
        unpermissionableFields: facts.unpermissionableFields
      },
      this.settings
    );
  }

  private report(users: readonly ViewUser[], readiness: UserReadiness[]): ReadinessReport {
    const counts: Partial<Record<ReadinessCode, number>> = {};
    readiness.forEach((one) =>
      new Set(one.issues.map((issue) => issue.code)).forEach(
        (code) => (counts[code] = (counts[code] ?? 0) + 1)
      )
    );
    const ready = readiness.filter((one) => one.ready).length;
    return {
      total: users.length,
      ready,
      notReady: users.length - ready,
      counts,
      users: readiness.map((one, index) => ({
        ...one,
        name: users[index].name,
        username: users[index].username
      }))
    };
  }

  /**
   * Assigns each permission set and sets the call center on the users that need it; the others are reported as
   * already fine. Unknown names are refused before anything changes; a dry run changes nothing.
   */
  async fixReadiness(request: FixRequest): Promise<FixReport> {
    const gateway = this.gateway();
    const names = (request.permissionSetNames ?? []).map((name) => name.trim()).filter((name) => name !== '');
    const center = trimToNull(request.callCenterId);
    if (names.length === 0 && center === null) {
      throw new ServiceError(LABELS.VCC_Op_Fix_Nothing);
    }
    const sets = names.length === 0 ? [] : pickPermissionSets(names, await gateway.listPermissionSets());
    const callCenter = center === null ? null : pickCallCenter(center, await gateway.listCallCenters());
    const users = await this.usersOf(request);
    const dryRun = request.dryRun === true;
    const results: FixResult[] = [];
    if (sets.length > 0) {
      const facts = await gateway.readPermissionFacts(users.map((user) => user.id));
      for (const set of sets) {
        const has = (user: ViewUser): boolean => (facts.assignments.get(user.id) ?? []).includes(set.id);
        const holders = users.filter(has);
        const missing = users.filter((user) => !has(user));
        results.push(...holders.map((user) => result(user, 'assignPermissionSet', set.name, 'alreadyHad')));
        const changed = dryRun
          ? null
          : await gateway.assignPermissionSet(
              set.id,
              missing.map((user) => user.id)
            );
        results.push(
          ...outcomes(missing, changed, 'assignPermissionSet', set.name, 'assigned', 'wouldAssign')
        );
      }
    }
    if (callCenter !== null) {
      const holders = users.filter((user) => user.callCenterId === callCenter.id);
      const missing = users.filter((user) => user.callCenterId !== callCenter.id);
      results.push(...holders.map((user) => result(user, 'setCallCenter', callCenter.name, 'alreadySet')));
      const changed = dryRun
        ? null
        : await gateway.setCallCenter(
            callCenter.id,
            missing.map((user) => user.id)
          );
      results.push(...outcomes(missing, changed, 'setCallCenter', callCenter.name, 'set', 'wouldSet'));
    }
    return { dryRun, counts: countOutcomes(results), results };
  }

  private async usersOf(request: FixRequest): Promise<ViewUser[]> {
    const listViewId = trimToNull(request.listViewId);
    if (request.userIds && request.userIds.length > 0) {
      const users = await this.org.getUsersByIds([...new Set(request.userIds)]);
      const found = new Set(users.map((user) => user.id));
      const unknown = request.userIds.filter((id) => !found.has(id));
      if (unknown.length > 0) {
        throw new ServiceError(
          format(LABELS.VCC_Op_Fix_Unknown_Users, unknown.map((id) => `'${id}'`).join(', ')),
          404
        );
      }
      return users;
    }
    if (listViewId === null) {
      throw new ServiceError(LABELS.VCC_Op_Fix_Choose_Users);
    }
    return this.org.getViewUsers(listViewId);
  }

  /** The API user: the one active user holding an API user permission set of the settings. */
  private async findApiUser(): Promise<string> {
    return findApiUserIn(this.gateway(), this.settings.apiUserPermissionSets ?? []);
  }

  /**
   * The API user's health check, of `username` or else of the one user holding an API user permission set;
   * `dataConnectorInserts` is the admin's answer (null: not answered).
   */
  async checkApiUser({
    username,
    dataConnectorInserts = null
  }: {
    username?: string | null;
    dataConnectorInserts?: boolean | null;
  }): Promise<ApiUserHealth> {
    const name = trimToNull(username) ?? (await this.findApiUser());
    const facts = await this.gateway().readApiUserFacts(name);
    return checkApiUser({ ...facts, dataConnectorInserts });
  }
}

/** The one active user holding an API user permission set of the settings; else a clear error. */
async function findApiUserIn(gateway: ReadinessGateway, names: readonly string[]): Promise<string> {
  const sets = (await gateway.listPermissionSets()).filter((set) => permissionSetMatches(set, names));
  const usernames = [
    ...new Set((await Promise.all(sets.map((set) => gateway.usersWithPermissionSet(set.id)))).flat())
  ];
  if (usernames.length === 1) {
    return usernames[0];
  }
  throw new ServiceError(
    usernames.length === 0
      ? format(LABELS.VCC_Op_Api_User_None, names.join(', '))
      : format(LABELS.VCC_Op_Api_User_Many, usernames.length, usernames.join(', '))
  );
}

function pickPermissionSets(names: readonly string[], sets: readonly NamedRecord[]): NamedRecord[] {
  return names.map((wanted) => {
    const matches = sets.filter((set) => permissionSetMatches(set, [wanted]));
    if (matches.length === 1) {
      return matches[0];
    }
    const exact = matches.filter((set) => set.name === wanted);
    if (exact.length === 1) {
      return exact[0];
    }
    throw new ServiceError(
      matches.length === 0
        ? format(LABELS.VCC_Op_Fix_No_Permission_Set, wanted)
        : format(
            LABELS.VCC_Op_Fix_Permission_Set_Ambiguous,
            wanted,
            matches.length,
            matches.map((set) => set.name).join(', ')
          )
    );
  });
}

function pickCallCenter(wanted: string, centers: readonly NamedRecord[]): NamedRecord {
  const key = wanted.toLowerCase();
  const match =
    centers.find((center) => center.id === wanted) ??
    centers.find((center) => center.name.toLowerCase() === key || (center.label ?? '').toLowerCase() === key);
  if (!match) {
    throw new ServiceError(
      format(
        LABELS.VCC_Op_Fix_No_Call_Center,
        wanted,
        centers.map((center) => center.name).join(', ') || LABELS.VCC_Op_Fix_None
      )
    );
  }
  return match;
}

const MESSAGES: Record<FixOutcome, (target: string) => string> = {
  assigned: (target) => format(LABELS.VCC_Op_Fix_Assigned, target),
  alreadyHad: (target) => format(LABELS.VCC_Op_Fix_Already_Had, target),
  wouldAssign: (target) => format(LABELS.VCC_Op_Fix_Would_Assign, target),
  set: (target) => format(LABELS.VCC_Op_Fix_Set, target),
  alreadySet: (target) => format(LABELS.VCC_Op_Fix_Already_Set, target),
  wouldSet: (target) => format(LABELS.VCC_Op_Fix_Would_Set, target),
  failed: (target) => format(LABELS.VCC_Op_Fix_Failed, target)
};

function result(
  user: ViewUser,
  action: FixAction,
  target: string,
  outcome: FixOutcome,
  why?: string
): FixResult {
  const message = why === undefined ? MESSAGES[outcome](target) : `${MESSAGES[outcome](target)} ${why}`;
  return { userId: user.id, username: user.username, action, target, outcome, message };
}

function outcomes(
  users: readonly ViewUser[],
  changed: { userId: string; error: string | null }[] | null,
  action: FixAction,
  target: string,
  done: FixOutcome,
  dry: FixOutcome
): FixResult[] {
  if (changed === null) {
    return users.map((user) => result(user, action, target, dry));
  }
  const errors = new Map(changed.map((change) => [change.userId, change.error]));
  return users.map((user) => {
    const error = errors.has(user.id) ? errors.get(user.id) : LABELS.VCC_Op_Fix_No_Answer;
    return error === null || error === undefined
      ? result(user, action, target, done)
      : result(user, action, target, 'failed', error);
  });
}

function countOutcomes(results: readonly FixResult[]): FixReport['counts'] {
  const counts: FixReport['counts'] = [];
  for (const one of results) {
    let entry = counts.find(
      (candidate) => candidate.action === one.action && candidate.target === one.target
    );
    if (!entry) {
      entry = { action: one.action, target: one.target, outcomes: {} };
      counts.push(entry);
    }
    entry.outcomes[one.outcome] = (entry.outcomes[one.outcome] ?? 0) + 1;
  }
  return counts;
}
