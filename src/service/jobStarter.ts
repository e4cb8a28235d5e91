/**
 * Starting a creation job (createUsers, retryJob): the checks before anything is saved (users, template, view, one
 * job at a time), then the job record and its run.
 */
import { format, LABELS, trimToNull, type JobInfo, type ListViewOption } from '../core';
import { required, ServiceError } from './errors';
import type { JobRunner } from './jobRunner';
import { MAX_VIEW_USERS, type JobRecord, type OrgGateway } from './OrgGateway';
import type { TemplateReader } from './templateReader';

export class JobStarter {
  constructor(
    private readonly org: OrgGateway,
    private readonly jobs: JobRunner,
    private readonly templates: TemplateReader,
    private readonly startedBy: string | null
  ) {}

  /**
   * Starts a job for these users with the template: `from` is the list view (ID or developer name, checked) or
   * the job retried (its view is taken as it was); `retryOf` the job retried.
   */
  async start(
    templateUsername: string,
    ids: string[],
    from: string | JobRecord | null,
    retryOf: string | null
  ): Promise<JobInfo> {
    if (ids.length === 0) {
      throw new ServiceError(LABELS.VCC_Op_Choose_Users_Create);
    }
    if (ids.length > MAX_VIEW_USERS) {
      throw new ServiceError(
        format(
          LABELS.VCC_Op_Job_Too_Big,
          MAX_VIEW_USERS.toLocaleString('en-US'),
          ids.length.toLocaleString('en-US')
        )
      );
    }
    this.jobs.assertIdle();
    const { template } = await this.templates.read(
      required(templateUsername, LABELS.VCC_Op_Template_Required),
      false
    );
    await this.assertUsersExist(ids);
    const view =
      typeof from === 'string' || from === null
        ? await this.viewOf(from)
        : { id: from.listViewId ?? '', label: from.listViewLabel ?? '', developerName: '' };
    this.jobs.reserve();
    try {
      const jobId = await this.newJob(template.user.username, ids, view, retryOf);
      this.jobs.start(jobId);
      return { jobId, total: ids.length };
    } catch (error) {
      this.jobs.unreserve();
      throw error;
    }
  }

  private async newJob(
    templateUsername: string,
    ids: string[],
    view: ListViewOption | null,
    retryOf: string | null
  ): Promise<string> {
    const now = new Date().toISOString();
    return this.org.createJob({
      status: 'Queued',
      templateUsername,
      userIds: ids,
      total: ids.length,
      createdAt: now,
      attempted: [],
      error: null,
      listViewId: trimToNull(view?.id),
      listViewLabel: trimToNull(view?.label),
      startedBy: this.startedBy,
      startedAt: now,
      finishedAt: null,
      notice: null,
      retryOf
    });
  }

  private async assertUsersExist(ids: string[]): Promise<void> {
    const known = new Set((await this.org.getUsersByIds(ids)).map((user) => user.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ServiceError(
        format(
          LABELS.VCC_Op_Users_Unknown,
          `${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '...' : ''}`
        )
      );
    }
  }

  private async viewOf(listViewId: string | null | undefined): Promise<ListViewOption | null> {
    const wanted = trimToNull(listViewId);
    if (wanted === null) {
      return null;
    }
    const view = (await this.org.listUserViews()).find(
      (candidate) => candidate.id === wanted || candidate.developerName === wanted
    );
    if (!view) {
      throw new ServiceError(format(LABELS.VCC_Op_View_Not_Found, wanted), 404);
    }
    return view;
  }
}
