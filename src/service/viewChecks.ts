/**
 * The view side of the service: the checks of a view's users (checkUsers), a page of the view with the counts of
 * the whole view (getViewPage), and the choice of some users of a view (row selection). The checks of a view are
 * kept for a short while per (view, template) so that paging, sorting and searching a 10,000-user view does not
 * read VCC and check every user again; any write of the service drops them (`forget`).
 */
import {
  checkUsers,
  format,
  LABELS,
  pageView,
  trimToNull,
  usernameKey,
  type UserCheck,
  type VccUserRef,
  type ViewPage,
  type ViewQuery,
  type ViewUser
} from '../core';
import type { VccClient } from '../vcc/client';
import type { VccDirectory } from '../vcc/directory';
import { forChecks } from './creationJob';
import { ServiceError } from './errors';
import type { OrgGateway } from './OrgGateway';
import { vccFailure, type TemplateReader } from './templateReader';

/** How long the checked users of a view are reused by getViewPage, in milliseconds. */
export const VIEW_CACHE_MS = 15_000;

/** A view's users and their issues, in the view's order. */
export interface CheckedView {
  users: ViewUser[];
  checks: UserCheck[];
}

export class ViewChecks {
  private readonly cache = new Map<string, { at: number; value: Promise<CheckedView> }>();

  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    private readonly templates: TemplateReader
  ) {}

  /** The users of a view (a ServiceError when none is chosen or it is unknown). */
  async viewUsers(listViewId: string): Promise<ViewUser[]> {
    const id = trimToNull(listViewId);
    if (id === null) {
      throw new ServiceError(LABELS.VCC_Op_Choose_View);
    }
    return this.org.getViewUsers(id);
  }

  /** The view's users and their issues against the template (none: no agent ID needed), read now. */
  async check(listViewId: string, templateUsername?: string | null): Promise<CheckedView> {
    const users = await this.viewUsers(listViewId);
    if (users.length === 0) {
      return { users, checks: [] };
    }
    const [vcc, orgAgentIds] = await Promise.all([
      trimToNull(templateUsername) === null
        ? this.readDirectory().then((directory) => ({ directory, template: null }))
        : this.templates.read(trimToNull(templateUsername) as string, true),
      this.org.getOrgAgentIds()
    ]);
    const needsAgentId = vcc.template?.summary.needsAgentId ?? true;
    const checks = checkUsers(
      users.map((user) => forChecks(user, needsAgentId)),
      {
        needsAgentId: vcc.template?.summary.needsAgentId ?? false,
        orgAgentIds,
        vccUsers: vccUserRefs(vcc.directory)
      }
    );
    return { users, checks };
  }

  /** One page of the view: the checks over the whole view (reused for VIEW_CACHE_MS), then pageView. */
  async getViewPage({
    listViewId,
    templateUsername,
    query
  }: {
    listViewId: string;
    templateUsername?: string | null;
    query?: ViewQuery | null;
  }): Promise<ViewPage> {
    const { users, checks } = await this.checked(listViewId, templateUsername);
    return { listViewId: String(listViewId).trim(), ...pageView(users, checks, query) };
  }

  /** Drops the reused checks: the org or VCC changed (agent IDs saved, a job ended, readiness fixed). */
  forget(): void {
    this.cache.clear();
  }

  private async checked(listViewId: string, templateUsername?: string | null): Promise<CheckedView> {
    const key = `${String(listViewId ?? '').trim()}\n${usernameKey(templateUsername) ?? ''}`;
    const now = Date.now();
    for (const [stale, entry] of this.cache) {
      if (now - entry.at >= VIEW_CACHE_MS) {
        this.cache.delete(stale);
      }
    }
    const known = this.cache.get(key);
    if (known !== undefined) {
      return known.value;
    }
    const value = this.check(listViewId, templateUsername);
    this.cache.set(key, { at: now, value });
    value.catch(() => {
      if (this.cache.get(key)?.value === value) {
        this.cache.delete(key);
      }
    });
    return value;
  }

  private async readDirectory(): Promise<VccDirectory> {
    try {
      return await this.vcc.readDirectory();
    } catch (error) {
      throw vccFailure(LABELS.VCC_Op_Read_Vcc_Users_Failed, error);
    }
  }
}

/**
 * The chosen users of a view, in the view's order: every user when `userIds` is null or absent. An empty choice,
 * or users not in the view, are refused (a ServiceError saying how many).
 */
export function chosenUsers(
  users: readonly ViewUser[],
  userIds: readonly string[] | null | undefined
): ViewUser[] {
  if (userIds === null || userIds === undefined) {
    return [...users];
  }
  if (!Array.isArray(userIds)) {
    throw new ServiceError(LABELS.VCC_Op_Choose_Users_Of_View);
  }
  const wanted = new Set(userIds.map((id) => trimToNull(id)).filter((id): id is string => id !== null));
  if (wanted.size === 0) {
    throw new ServiceError(LABELS.VCC_Op_Choose_View_Users);
  }
  const chosen = users.filter((user) => wanted.delete(user.id));
  if (wanted.size > 0) {
    throw new ServiceError(
      wanted.size === 1
        ? LABELS.VCC_Op_Chosen_Not_In_View_One
        : format(LABELS.VCC_Op_Chosen_Not_In_View, wanted.size.toLocaleString('en-US'))
    );
  }
  return chosen;
}

/** VCC users as the checks see them: every key of the tenant. */
function vccUserRefs(directory: VccDirectory): VccUserRef[] {
  const refs: VccUserRef[] = [];
  for (const entry of directory.entries()) {
    refs.push({ username: entry.username, agentId: entry.agentId });
  }
  return refs;
}
