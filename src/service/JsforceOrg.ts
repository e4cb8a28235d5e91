/**
 * A real org through jsforce: User list views from ListView, a view's users through the REST
 * `/sobjects/User/listviews/{id}/describe` query, agent IDs saved with sObject collections (`allOrNone: false`,
 * one result per row), jobs and results in VCC_Creation_Job__c and VCC_Creation_Result__c.
 *
 * Nothing typed by a person reaches SOQL: IDs are checked to be Salesforce IDs, and the view's query comes from
 * Salesforce itself.
 */
import { execFile } from 'node:child_process';
import { Connection } from 'jsforce';
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
import { ServiceError } from './errors';
import { JsforceReadiness } from './jsforceReadiness';
import {
  listJobs,
  loadResults,
  loadResultsPage,
  summarizeResults,
  toJobRecord,
  type Row
} from './jsforceResults';
import {
  MAX_VIEW_USERS,
  type JobHeader,
  type JobRecord,
  type OrgGateway,
  type ResultSummary,
  type ResultsPageQuery
} from './OrgGateway';
import { AGENT_ID_FIELD, JOB, JOB_OBJECT, KIND_CREATE, PENDING, RESULT, RESULT_OBJECT } from './schema';

export const API_VERSION = '62.0';
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

interface SaveResult {
  id?: string;
  success: boolean;
  errors: { message?: string; statusCode?: string; errorCode?: string }[];
}

export class JsforceOrg implements OrgGateway {
  private readonly agentIdField: string;

  constructor(
    private readonly conn: Connection,
    options: { agentIdField?: string } = {}
  ) {
    this.agentIdField = options.agentIdField ?? AGENT_ID_FIELD;
    if (!FIELD.test(this.agentIdField)) {
      throw new ServiceError(format(LABELS.VCC_Op_Not_A_Field, this.agentIdField));
    }
  }

  static fromToken(instanceUrl: string, accessToken: string): JsforceOrg {
    return new JsforceOrg(new Connection({ instanceUrl, accessToken, version: API_VERSION }));
  }

  /** The org the sf CLI has a login for (`sf org login web --alias NAME`). */
  static async fromSfCli(alias: string): Promise<JsforceOrg> {
    const output = await new Promise<string>((resolve, reject) => {
      execFile('sf', ['org', 'display', '--target-org', alias, '--json'], (error, stdout) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new ServiceError(LABELS.VCC_Op_Sf_Not_Installed));
        } else if (error && !stdout) {
          reject(new ServiceError(format(LABELS.VCC_Op_Sf_Display_Failed, alias, error.message)));
        } else {
          resolve(stdout);
        }
      });
    });
    const parsed = JSON.parse(output) as {
      status: number;
      message?: string;
      result?: { accessToken?: string; instanceUrl?: string };
    };
    if (parsed.status !== 0 || !parsed.result?.accessToken || !parsed.result.instanceUrl) {
      throw new ServiceError(
        format(LABELS.VCC_Op_Sf_No_Login, alias, parsed.message ? ` (${parsed.message})` : '')
      );
    }
    return JsforceOrg.fromToken(parsed.result.instanceUrl, parsed.result.accessToken);
  }

  async listUserViews(): Promise<ListViewOption[]> {
    const rows = await this.query(
      "SELECT Id, Name, DeveloperName FROM ListView WHERE SobjectType = 'User' ORDER BY Name"
    );
    return rows.map((row) => ({
      id: String(row.Id),
      label: String(row.Name),
      developerName: String(row.DeveloperName)
    }));
  }

  async getViewUsers(listViewId: string): Promise<ViewUser[]> {
    const id = checkId(listViewId, 'list view');
    const describe = await this.call(() =>
      this.conn.request<{ query?: string }>(
        `/services/data/v${API_VERSION}/sobjects/User/listviews/${id}/describe`
      )
    );
    const query = describe.query ?? '';
    const from = query.search(/\sFROM\s+User\b/i);
    if (from < 0) {
      throw new ServiceError(format(LABELS.VCC_Op_Not_User_View, id));
    }
    const rows = await this.query(`SELECT ${this.userFields()}${query.slice(from)}`, MAX_VIEW_USERS + 1);
    if (rows.length > MAX_VIEW_USERS) {
      throw new ServiceError(
        format(
          LABELS.VCC_Op_View_Too_Big,
          (MAX_VIEW_USERS + 1).toLocaleString('en-US'),
          MAX_VIEW_USERS.toLocaleString('en-US')
        )
      );
    }
    return rows.map((row) => this.toViewUser(row));
  }

  async getUsersByIds(userIds: readonly string[]): Promise<ViewUser[]> {
    const byId = new Map<string, ViewUser>();
    for (let start = 0; start < userIds.length; start += 200) {
      const ids = userIds.slice(start, start + 200).map((id) => `'${checkId(id, 'user')}'`);
      const rows = await this.query(`SELECT ${this.userFields()} FROM User WHERE Id IN (${ids.join(',')})`);
      rows.forEach((row) => {
        const user = this.toViewUser(row);
        byId.set(user.id, user);
        byId.set(user.id.slice(0, 15), user);
      });
    }
    return userIds
      .map((id) => byId.get(id) ?? byId.get(id.slice(0, 15)))
      .filter((user): user is ViewUser => !!user);
  }

  async getOrgAgentIds(): Promise<OrgAgentId[]> {
    const rows = await this.query(
      `SELECT Id, ${this.agentIdField} FROM User WHERE ${this.agentIdField} != null`
    );
    return rows.map((row) => ({ userId: String(row.Id), agentId: trimToNull(row[this.agentIdField]) }));
  }

  async saveAgentIds(assignments: readonly AgentIdAssignment[]): Promise<AgentIdSaveError[]> {
    const records = assignments.map(({ userId, agentId }) => ({
      Id: checkId(userId, 'user'),
      [this.agentIdField]: agentId
    }));
    const results = (await this.call(() =>
      this.conn.sobject('User').update(records, { allOrNone: false, allowRecursive: true })
    )) as unknown as SaveResult[];
    return rowErrors(
      assignments.map((row) => row.userId),
      results
    );
  }

  async createJob(job: Omit<JobRecord, 'jobId'>): Promise<string> {
    const [saved] = (await this.call(() =>
      this.conn.sobject(JOB_OBJECT).create([this.jobFields(job)], { allOrNone: true })
    )) as unknown as SaveResult[];
    if (!saved?.success || !saved.id) {
      throw new ServiceError(
        format(LABELS.VCC_Op_Job_Not_Saved, saved?.errors?.[0]?.message ?? LABELS.VCC_Op_No_Reason),
        502
      );
    }
    const jobId = saved.id;
    const rows = job.userIds.map((userId, index) => ({
      [RESULT.key]: `${jobId}:${userId}`,
      [RESULT.job]: jobId,
      [RESULT.user]: userId,
      [RESULT.sequence]: index,
      [RESULT.status]: PENDING
    }));
    await this.upsertResults(rows);
    return jobId;
  }

  async loadJob(jobId: string): Promise<JobRecord | null> {
    const id = checkId(jobId, 'job');
    const [row] = await this.query(
      `SELECT Id, ${Object.values(JOB).join(', ')}, CreatedDate FROM ${JOB_OBJECT} WHERE Id = '${id}'`
    );
    if (!row) {
      return null;
    }
    const users = await this.query(
      `SELECT ${RESULT.user} FROM ${RESULT_OBJECT} WHERE ${RESULT.job} = '${id}' ORDER BY ${RESULT.sequence}`
    );
    return toJobRecord(
      row,
      users.map((user) => String(user[RESULT.user]))
    );
  }

  async saveJob(job: JobRecord): Promise<void> {
    const records = [{ Id: checkId(job.jobId, 'job'), ...this.jobFields(job) }];
    const results = (await this.call(() =>
      this.conn.sobject(JOB_OBJECT).update(records, { allOrNone: true })
    )) as unknown as SaveResult[];
    const [error] = rowErrors([job.jobId], results);
    if (error) {
      throw new ServiceError(format(LABELS.VCC_Op_Job_Not_Saved, error.message), 502);
    }
  }

  async saveResults(jobId: string, results: readonly CreationResult[]): Promise<void> {
    const id = checkId(jobId, 'job');
    await this.upsertResults(
      results.map((result) => ({
        [RESULT.key]: `${id}:${result.userId}`,
        [RESULT.job]: id,
        [RESULT.username]: result.username,
        [RESULT.status]: result.status,
        [RESULT.code]: result.code,
        [RESULT.message]: result.message,
        [RESULT.agentId]: result.agentId,
        [RESULT.vccUserId]: result.vccUserId
      }))
    );
  }

  async loadResults(jobId: string): Promise<CreationResult[]> {
    return loadResults((soql, max) => this.query(soql, max), checkId(jobId, 'job'));
  }

  async loadResultsPage(jobId: string, query: ResultsPageQuery): Promise<JobResultRow[]> {
    return loadResultsPage((soql, max) => this.query(soql, max), checkId(jobId, 'job'), query);
  }

  async summarizeResults(jobIds: readonly string[]): Promise<Map<string, ResultSummary>> {
    const ids = jobIds.map((jobId) => checkId(jobId, 'job'));
    return summarizeResults((soql, max) => this.query(soql, max), ids);
  }

  async listJobs(limit: number): Promise<JobHeader[]> {
    return listJobs((soql, max) => this.query(soql, max), limit);
  }

  async latestJobId(): Promise<string | null> {
    const [row] = await this.query(`SELECT Id FROM ${JOB_OBJECT} ORDER BY CreatedDate DESC LIMIT 1`);
    return row ? String(row.Id) : null;
  }

  /** Permission sets, call centers and the API user, in bulk queries (jsforceReadiness.ts). */
  readiness(): JsforceReadiness {
    return new JsforceReadiness(this.conn, {
      query: (soql) => this.query(soql, 1_000_000),
      call: (work) => this.call(work)
    });
  }

  async unfinishedJobIds(): Promise<string[]> {
    const rows = await this.query(
      `SELECT Id FROM ${JOB_OBJECT} WHERE ${JOB.status} IN ('Queued', 'Running')`
    );
    return rows.map((row) => String(row.Id));
  }

  private async upsertResults(rows: Record<string, unknown>[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const results = (await this.call(() =>
      this.conn
        .sobject(RESULT_OBJECT)
        .upsert(rows as Row[], RESULT.key, { allOrNone: false, allowRecursive: true })
    )) as unknown as SaveResult[];
    const errors = rowErrors(
      rows.map((row) => String(row[RESULT.key])),
      results
    );
    if (errors.length > 0) {
      throw new ServiceError(format(LABELS.VCC_Op_Results_Not_Saved, errors.length, errors[0].message), 502);
    }
  }

  private jobFields(job: Omit<JobRecord, 'jobId'>): Record<string, unknown> {
    return {
      [JOB.status]: job.status,
      [JOB.templateUsername]: job.templateUsername,
      [JOB.total]: job.total,
      [JOB.attempted]: JSON.stringify(job.attempted),
      [JOB.error]: job.error === null ? null : job.error.slice(0, 32_000),
      [JOB.listViewId]: job.listViewId ?? null,
      [JOB.listViewLabel]: job.listViewLabel?.slice(0, 255) ?? null,
      [JOB.startedAt]: job.startedAt ?? null,
      [JOB.finishedAt]: job.finishedAt ?? null,
      [JOB.notice]: job.notice?.slice(0, 255) ?? null,
      [JOB.cancelRequested]: job.cancelRequested === true,
      [JOB.retryOf]: job.retryOf ?? null,
      [JOB.kind]: KIND_CREATE
    };
  }

  private userFields(): string {
    return `Id, Name, Username, Email, Phone, ${this.agentIdField}, CallCenterId, CallCenter.Name, IsActive, Profile.UserLicense.Name`;
  }

  private toViewUser(row: Row): ViewUser {
    const callCenter = row.CallCenter as { Name?: string } | null | undefined;
    const profile = row.Profile as { UserLicense?: { Name?: string } | null } | null | undefined;
    return {
      id: String(row.Id),
      name: trimToNull(row.Name),
      username: trimToNull(row.Username),
      email: trimToNull(row.Email),
      phone: trimToNull(row.Phone),
      agentId: trimToNull(row[this.agentIdField]),
      callCenterId: trimToNull(row.CallCenterId),
      callCenterName: trimToNull(callCenter?.Name),
      isActive: row.IsActive !== false,
      licenseName: trimToNull(profile?.UserLicense?.Name)
    };
  }

  /** Every record of a query, page after page, up to `max`. */
  private async query(soql: string, max = 50_000): Promise<Row[]> {
    const rows: Row[] = [];
    type Page = { records: Row[]; done: boolean; nextRecordsUrl?: string };
    let page: Page = await this.call(async () => (await this.conn.query<Row>(soql)) as Page);
    rows.push(...page.records);
    while (!page.done && page.nextRecordsUrl && rows.length < max) {
      const next = page.nextRecordsUrl;
      page = await this.call(async () => (await this.conn.queryMore<Row>(next)) as Page);
      rows.push(...page.records);
    }
    return rows.slice(0, max);
  }

  /** Turns jsforce's errors into what an admin can act on. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode;
      const message = (error as Error).message;
      if (code === 'INVALID_SESSION_ID') {
        throw new ServiceError(LABELS.VCC_Op_Session_Expired, 401);
      }
      if (error instanceof ServiceError) {
        throw error;
      }
      throw new ServiceError(
        format(LABELS.VCC_Op_Salesforce_Refused, code ? ` (${code})` : '', message),
        502
      );
    }
  }
}

function checkId(value: string, what: string): string {
  const id = String(value ?? '').trim();
  if (!ID.test(id)) {
    throw new ServiceError(format(LABELS.VCC_Op_Not_An_Id_Of, value, what));
  }
  return id;
}

function rowErrors(keys: readonly string[], results: SaveResult[]): AgentIdSaveError[] {
  const errors: AgentIdSaveError[] = [];
  results.forEach((result, index) => {
    if (!result.success) {
      const first = result.errors?.[0];
      errors.push({
        userId: keys[index],
        message: first?.message ?? first?.statusCode ?? first?.errorCode ?? LABELS.VCC_Op_Fix_Not_Saved
      });
    }
  });
  return errors;
}
