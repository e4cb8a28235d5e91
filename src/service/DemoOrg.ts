/**
 * The embedded demo org: users, call centers and User list views from a JSON file (format in data/README.md),
 * with every change (agent IDs, jobs, results) kept in the state directory (demoOrgState.ts) so a restart loses
 * nothing, and an edit to the data file is never silently ignored.
 */
import path from 'node:path';
import {
  format,
  LABELS,
  trimToNull,
  type AgentIdAssignment,
  type AgentIdSaveError,
  type CreationResult,
  type JobResultRow,
  type ListViewOption,
  type OrgAgentId,
  type ViewUser
} from '../core';
import { DemoOrgState, sha256 } from './demoOrgState';
import { DemoReadiness, type DemoReadinessData } from './demoReadiness';
import { ServiceError } from './errors';
import { parseOrgData, readDataFile } from './demoOrgData';
import {
  jobHeader,
  MAX_VIEW_USERS,
  type JobHeader,
  type JobRecord,
  type OrgGateway,
  type ResultSummary,
  type ResultsPageQuery
} from './OrgGateway';
import { pageOfRows, summaryOfRows } from './resultPages';
import type { ReadinessGateway } from './readinessGateway';
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
  /** Permission sets, profiles, assignments...: what the readiness checks read (demoReadiness.ts). */
  readiness?: DemoReadinessData;
}

export class DemoOrg implements OrgGateway {
  private readonly users = new Map<string, DemoUser>();
  private readonly callCenters = new Map<string, string>();
  private views: DemoListView[] = [];
  private jobs: JobRecord[] = [];
  private results: Record<string, CreationResult[]> = {};
  private readinessData: DemoReadinessData | null = null;

  constructor(
    data: DemoOrgData,
    private readonly state?: DemoOrgState
  ) {
    this.assign(data);
  }

  /** Takes the org of `data`: users, call centers, views, jobs (and the results given with them). */
  private assign(data: DemoOrgData): void {
    this.users.clear();
    this.callCenters.clear();
    for (const user of data.users) {
      this.users.set(user.id, { ...user });
    }
    for (const center of data.callCenters ?? []) {
      this.callCenters.set(center.id, center.name);
    }
    this.views = data.listViews.map((view) => ({ ...view }));
    this.jobs = (data.jobs ?? []).map((job) => ({ ...job }));
    this.results = { ...(data.results ?? {}) };
    this.readinessData = data.readiness ? structuredClone(data.readiness) : null;
  }

  /**
   * The demo org of a data file, with the changes kept in `stateDir` when given: the saved org when it was made
   * from the file as it is now; else the file (keeping the jobs), and `warn` says so when the file changed since.
   * A file that cannot be read, is not JSON or is not org data is bad input (a ServiceError naming the file).
   */
  static load(
    dataPath: string,
    stateDir?: string,
    warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
  ): DemoOrg {
    const file = path.resolve(dataPath);
    const text = readDataFile(file);
    const data = parseOrgData(file, text);
    if (stateDir === undefined) {
      return new DemoOrg(data);
    }
    const state = new DemoOrgState(stateDir, file, sha256(text));
    const saved = state.read<DemoOrgData>();
    if (saved.org !== null) {
      return new DemoOrg(saved.org, state);
    }
    if (saved.stale) {
      warn(format(LABELS.VCC_Op_Demo_State_Stale, file, state.statePath, saved.jobs.length));
    }
    return new DemoOrg({ ...data, jobs: saved.jobs }, state);
  }

  /** Where the org's changes are kept, or null. */
  get statePath(): string | null {
    return this.state?.statePath ?? null;
  }

  toData(): DemoOrgData {
    return {
      users: [...this.users.values()],
      callCenters: [...this.callCenters].map(([id, name]) => ({ id, name })),
      listViews: this.views,
      ...(this.readinessData ? { readiness: this.readinessData } : {}),
      jobs: this.jobs,
      results: this.results
    };
  }

  async listUserViews(): Promise<ListViewOption[]> {
    this.sync();
    return this.views
      .map(({ id, label, developerName }) => ({ id, label, developerName }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  async getViewUsers(listViewId: string): Promise<ViewUser[]> {
    this.sync();
    const view = this.views.find(
      (candidate) => candidate.id === listViewId || candidate.developerName === listViewId
    );
    if (!view) {
      throw new ServiceError(format(LABELS.VCC_Op_View_Not_Found, listViewId), 404);
    }
    const users = view.userIds
      ? view.userIds.map((id) => this.users.get(id)).filter((user): user is DemoUser => user !== undefined)
      : this.filtered(view);
    if (users.length > MAX_VIEW_USERS) {
      throw new ServiceError(
        format(
          LABELS.VCC_Op_View_Too_Big,
          (MAX_VIEW_USERS + 1).toLocaleString('en-US'),
          MAX_VIEW_USERS.toLocaleString('en-US')
        )
      );
    }
    return users.map((user) => this.toViewUser(user));
  }

  async getUsersByIds(userIds: readonly string[]): Promise<ViewUser[]> {
    this.sync();
    return userIds
      .map((id) => this.users.get(id))
      .filter((user): user is DemoUser => user !== undefined)
      .map((user) => this.toViewUser(user));
  }

  async getOrgAgentIds(): Promise<OrgAgentId[]> {
    this.sync();
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
    this.sync();
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
          message: format(LABELS.VCC_Op_Agent_Id_Kept, user.agentId)
        });
      } else if (holder !== undefined) {
        errors.push({
          userId,
          message: format(LABELS.VCC_Op_Demo_Duplicate_Agent_Id, holder)
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
    this.sync();
    const jobId = recordId('a01', this.jobs.length + 1);
    this.jobs.push({ ...job, jobId });
    this.results[jobId] = [];
    this.save();
    return jobId;
  }

  async loadJob(jobId: string): Promise<JobRecord | null> {
    this.sync();
    const job = this.jobs.find((candidate) => candidate.jobId === jobId);
    return job ? structuredClone(job) : null;
  }

  async saveJob(job: JobRecord): Promise<void> {
    this.sync();
    const index = this.jobs.findIndex((candidate) => candidate.jobId === job.jobId);
    if (index < 0) {
      throw new ServiceError(format(LABELS.VCC_Op_Job_Not_Found, job.jobId), 404);
    }
    this.jobs[index] = structuredClone(job);
    this.save();
  }

  async saveResults(jobId: string, results: readonly CreationResult[]): Promise<void> {
    this.sync();
    if (this.state) {
      this.state.appendResults(jobId, results);
      return;
    }
    const list = this.resultList(jobId);
    for (const result of results) {
      const index = list.findIndex((existing) => existing.userId === result.userId);
      if (index >= 0) {
        list[index] = { ...result };
      } else {
        list.push({ ...result });
      }
    }
  }

  async loadResults(jobId: string): Promise<CreationResult[]> {
    this.sync();
    return this.resultList(jobId).map((result) => ({ ...result }));
  }

  async loadResultsPage(jobId: string, query: ResultsPageQuery): Promise<JobResultRow[]> {
    this.sync();
    return pageOfRows(this.resultRows(jobId), query);
  }

  async summarizeResults(jobIds: readonly string[]): Promise<Map<string, ResultSummary>> {
    this.sync();
    return new Map(jobIds.map((jobId) => [jobId, summaryOfRows(this.resultRows(jobId))]));
  }

  async listJobs(limit: number): Promise<JobHeader[]> {
    this.sync();
    const started = (job: JobRecord): string => job.startedAt ?? job.createdAt ?? '';
    return [...this.jobs]
      .sort(
        (a, b) => started(b).localeCompare(started(a)) || (a.jobId < b.jobId ? 1 : a.jobId > b.jobId ? -1 : 0)
      )
      .slice(0, Math.max(0, limit))
      .map((job) => jobHeader(structuredClone(job)));
  }

  /** A job's results: from the state directory when there is one (another process may be adding to them). */
  private resultList(jobId: string): CreationResult[] {
    return this.state ? this.state.readResults(jobId) : (this.results[jobId] ??= []);
  }

  /** A job's results in sequence order, not copied: only read them. */
  private resultRows(jobId: string): readonly CreationResult[] {
    return this.state ? this.state.resultIndex(jobId).rows : (this.results[jobId] ?? []);
  }

  /** Reads the org again when another process (npm start, vcc-users) changed the state since this one. */
  private sync(): void {
    if (this.state?.changedSinceSeen()) {
      const saved = this.state.read<DemoOrgData>();
      if (saved.org !== null) {
        this.assign(saved.org);
      }
    }
  }

  async latestJobId(): Promise<string | null> {
    this.sync();
    return this.jobs.length === 0 ? null : this.jobs[this.jobs.length - 1].jobId;
  }

  /** The readiness side of the org: permission sets, call centers, the API user (readinessGateway.ts). */
  readiness(): ReadinessGateway {
    this.sync();
    if (this.readinessData === null) {
      throw new ServiceError(LABELS.VCC_Op_Demo_No_Readiness);
    }
    return new DemoReadiness({
      users: this.users,
      callCenters: this.callCenters,
      data: this.readinessData,
      save: () => this.save()
    });
  }

  async unfinishedJobIds(): Promise<string[]> {
    this.sync();
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
    this.state?.write({
      users: [...this.users.values()],
      callCenters: [...this.callCenters].map(([id, name]) => ({ id, name })),
      listViews: this.views,
      ...(this.readinessData ? { readiness: this.readinessData } : {}),
      jobs: this.jobs
    });
  }
}
