/**
 * The embedded demo org: users, call centers and User list views from a JSON file (format in data/README.md),
 * with every change (agent IDs, jobs, results) written to a state file so a restart loses nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  trimToNull,
  type AgentIdAssignment,
  type AgentIdSaveError,
  type CreationResult,
  type ListViewOption,
  type OrgAgentId,
  type ViewUser
} from '../core';
import { ServiceError } from './errors';
import { MAX_VIEW_USERS, type JobRecord, type OrgGateway } from './OrgGateway';
import { recordId } from './salesforceIds';

export interface DemoUser {
  id: string;
  name: string;
  username: string;
  email?: string | null;
  phone?: string | null;
  agentId?: string | null;
  callCenterId?: string | null;
  isActive?: boolean;
  licenseName?: string | null;
  profileName?: string | null;
  [field: string]: unknown;
}

export interface DemoListView extends ListViewOption {
  /** The view's users, in order. */
  userIds?: string[];
  /** Or: users whose fields equal these values (null matches a blank field)... */
  filter?: Record<string, string | number | boolean | null>;
  /** ...sorted by this field (default name). */
  orderBy?: string;
}

export interface DemoOrgData {
  users: DemoUser[];
  callCenters?: { id: string; name: string }[];
  listViews: DemoListView[];
  jobs?: JobRecord[];
  results?: Record<string, CreationResult[]>;
}

export class DemoOrg implements OrgGateway {
  private readonly users = new Map<string, DemoUser>();
  private readonly callCenters = new Map<string, string>();
  private readonly views: DemoListView[];
  private readonly jobs: JobRecord[];
  private readonly results: Record<string, CreationResult[]>;

  constructor(
    data: DemoOrgData,
    private readonly statePath?: string
  ) {
    for (const user of data.users) {
      this.users.set(user.id, { ...user });
    }
    for (const center of data.callCenters ?? []) {
      this.callCenters.set(center.id, center.name);
    }
    this.views = data.listViews.map((view) => ({ ...view }));
    this.jobs = (data.jobs ?? []).map((job) => ({ ...job }));
    this.results = { ...(data.results ?? {}) };
  }

  /** The state file when it exists, else the data file; a clear error names the file and the fault. */
  static load(dataPath: string, statePath?: string): DemoOrg {
    const source = statePath && existsSync(statePath) ? statePath : dataPath;
    let data: DemoOrgData;
    try {
      data = JSON.parse(readFileSync(source, 'utf8')) as DemoOrgData;
    } catch (error) {
      throw new Error(`cannot read org data from ${path.resolve(source)}: ${(error as Error).message}`);
    }
    if (!Array.isArray(data?.users) || !Array.isArray(data?.listViews)) {
      throw new Error(`${path.resolve(source)} is not org data: it needs "users" and "listViews" arrays`);
    }
    data.users.forEach((user, index) => {
      if (typeof user?.id !== 'string' || typeof user?.username !== 'string') {
        throw new Error(`${path.resolve(source)}: users[${index}] needs "id" and "username"`);
      }
    });
    return new DemoOrg(data, statePath);
  }

  toData(): DemoOrgData {
    return {
      users: [...this.users.values()],
      callCenters: [...this.callCenters].map(([id, name]) => ({ id, name })),
      listViews: this.views,
      jobs: this.jobs,
      results: this.results
    };
  }

  async listUserViews(): Promise<ListViewOption[]> {
    return this.views
      .map(({ id, label, developerName }) => ({ id, label, developerName }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  async getViewUsers(listViewId: string): Promise<ViewUser[]> {
    const view = this.views.find(
      (candidate) => candidate.id === listViewId || candidate.developerName === listViewId
    );
    if (!view) {
      throw new ServiceError(
        `No User list view has the ID '${listViewId}'. Choose a view from the list.`,
        404
      );
    }
    const users = view.userIds
      ? view.userIds.map((id) => this.users.get(id)).filter((user): user is DemoUser => user !== undefined)
      : this.filtered(view);
    if (users.length > MAX_VIEW_USERS) {
      throw new ServiceError(
        `The view '${view.label}' has ${users.length} users; at most ${MAX_VIEW_USERS} can be read at once. ` +
          'Narrow the view with a filter and try again.'
      );
    }
    return users.map((user) => this.toViewUser(user));
  }

  async getUsersByIds(userIds: readonly string[]): Promise<ViewUser[]> {
    return userIds
      .map((id) => this.users.get(id))
      .filter((user): user is DemoUser => user !== undefined)
      .map((user) => this.toViewUser(user));
  }

  async getOrgAgentIds(): Promise<OrgAgentId[]> {
    const out: OrgAgentId[] = [];
    for (const user of this.users.values()) {
      const agentId = trimToNull(user.agentId);
      if (agentId !== null) {
        out.push({ userId: user.id, agentId });
      }
    }
    return out;
  }

  /** As the unique, case-insensitive NVM_Agent_Id__c field would: each row saved or refused on its own. */
  async saveAgentIds(assignments: readonly AgentIdAssignment[]): Promise<AgentIdSaveError[]> {
    const holders = new Map<string, string>();
    for (const user of this.users.values()) {
      const agentId = trimToNull(user.agentId);
      if (agentId !== null) {
        holders.set(agentId.toLowerCase(), user.id);
      }
    }
    const errors: AgentIdSaveError[] = [];
    for (const { userId, agentId } of assignments) {
      const user = this.users.get(userId);
      const holder = holders.get(agentId.trim().toLowerCase());
      if (!user) {
        errors.push({ userId, message: `User '${userId}' was not found.` });
      } else if (trimToNull(user.agentId) !== null) {
        errors.push({
          userId,
          message: `The user already has NVM Agent Id '${user.agentId}': it was not overwritten.`
        });
      } else if (holder !== undefined) {
        errors.push({
          userId,
          message: `duplicate value found: NVM_Agent_Id__c duplicates value on record with id: ${holder}`
        });
      } else {
        user.agentId = agentId;
        holders.set(agentId.trim().toLowerCase(), userId);
      }
    }
    this.save();
    return errors;
  }

  async createJob(job: Omit<JobRecord, 'jobId'>): Promise<string> {
    const jobId = recordId('a01', this.jobs.length + 1);
    this.jobs.push({ ...job, jobId });
    this.results[jobId] = [];
    this.save();
    return jobId;
  }

  async loadJob(jobId: string): Promise<JobRecord | null> {
    const job = this.jobs.find((candidate) => candidate.jobId === jobId);
    return job ? structuredClone(job) : null;
  }

  async saveJob(job: JobRecord): Promise<void> {
    const index = this.jobs.findIndex((candidate) => candidate.jobId === job.jobId);
    if (index < 0) {
      throw new ServiceError(`No job has the ID '${job.jobId}'.`, 404);
    }
    this.jobs[index] = structuredClone(job);
    this.save();
  }

  async saveResults(jobId: string, results: readonly CreationResult[]): Promise<void> {
    const list = (this.results[jobId] ??= []);
    for (const result of results) {
      const index = list.findIndex((existing) => existing.userId === result.userId);
      if (index >= 0) {
        list[index] = { ...result };
      } else {
        list.push({ ...result });
      }
    }
    this.save();
  }

  async loadResults(jobId: string): Promise<CreationResult[]> {
    return (this.results[jobId] ?? []).map((result) => ({ ...result }));
  }

  async latestJobId(): Promise<string | null> {
    return this.jobs.length === 0 ? null : this.jobs[this.jobs.length - 1].jobId;
  }

  async unfinishedJobIds(): Promise<string[]> {
    return this.jobs
      .filter((job) => job.status === 'Queued' || job.status === 'Running')
      .map((job) => job.jobId);
  }

  private filtered(view: DemoListView): DemoUser[] {
    const filter = view.filter ?? {};
    const orderBy = view.orderBy ?? 'name';
    return [...this.users.values()]
      .filter((user) =>
        Object.entries(filter).every(([field, value]) =>
          value === null ? trimToNull(user[field]) === null : user[field] === value
        )
      )
      .sort((a, b) => String(a[orderBy] ?? '').localeCompare(String(b[orderBy] ?? '')));
  }

  private toViewUser(user: DemoUser): ViewUser {
    const callCenterId = trimToNull(user.callCenterId);
    return {
      id: user.id,
      name: user.name,
      username: user.username,
      email: trimToNull(user.email),
      phone: trimToNull(user.phone),
      agentId: trimToNull(user.agentId),
      callCenterId,
      callCenterName: callCenterId === null ? null : (this.callCenters.get(callCenterId) ?? null),
      isActive: user.isActive !== false,
      licenseName: trimToNull(user.licenseName)
    };
  }

  private save(): void {
    if (!this.statePath) {
      return;
    }
    mkdirSync(path.dirname(this.statePath), { recursive: true });
    const temporary = `${this.statePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.toData()));
    renameSync(temporary, this.statePath);
  }
}
