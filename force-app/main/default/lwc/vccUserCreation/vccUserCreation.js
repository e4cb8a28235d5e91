import { LightningElement } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import generateAgentIds from '@salesforce/apex/VccUserCreationController.generateAgentIds';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import { LABELS, format } from 'c/vccLabels';
import { JobFollower } from './jobFollower';
import { RECHECK_MS, errorPanels, retryPanel, withoutVccDown } from './causes';
import {
  firstQuery,
  viewQuery,
  actionTargets,
  selectionPlan,
  changeSelection,
  refreshSelection,
  gatherLinked,
  generatedToast
} from './viewPage';

export { POLL_MS } from './jobFollower';

/**
 * The User Creation tab: a template user, a list view of users with their potential issues, Generate Agent IDs,
 * then Create Vonage Contact Center users (or bring the linked ones up to the template) and a result per user. It
 * calls only the operations of the contract, and c/vccRules for instant feedback. The job runs on the server; the
 * tab follows it (./jobFollower), says when it ends, and shows the last job again when it opens.
 */
export default class VccUserCreation extends LightningElement {
  labels = LABELS;
  template = null;
  typedUsername = null;
  views = [];
  viewsLoaded = false;
  listViewId;
  /** The current page of the view (ViewPage): its rows and the whole view's counts and plan. */
  viewPage = null;
  query = firstQuery();
  /** The users the admin selected, across pages: userId -> { user, issues }. */
  selection = new Map();
  saveErrors = [];
  usersLoaded = false;
  loadingUsers = false;
  busy = false;
  job = null;
  errors = {};
  loadToken = 0;
  focusAfterRender = null;
  lastRecheck = 0;
  follower = new JobFollower(this);

  connectedCallback() {
    this.follower.connect();
    this.loadViews();
    this.follower.loadLatest();
  }

  disconnectedCallback() {
    this.follower.disconnect();
  }

  renderedCallback() {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    if (target === 'results' && this.refs.results) {
      this.refs.results.focusHeading();
    } else if (target === 'table' && this.refs.table) {
      this.refs.table.focusTable();
    }
  }

  setError(source, error) {
    this.errors = { ...this.errors, [source]: error };
  }

  /** One panel per cause, each with Try again when one of its operations can be tried again. */
  get errorPanels() {
    return errorPanels(this.errors, this.lostContactText);
  }

  handlePanelRetry(event) {
    retryPanel(
      this,
      this.errorPanels.find((item) => item.key === event.currentTarget.dataset.key)
    );
  }

  /** VCC answered again: its outage panels go, and a template that could not be checked is checked again. */
  vccAnswered() {
    const errors = withoutVccDown(this.errors);
    if (errors) {
      this.errors = errors;
    }
    // at most once in a while: a template whose check keeps failing is not asked for again and again
    if (this.errors.template && this.refs.picker && Date.now() - this.lastRecheck > RECHECK_MS) {
      this.lastRecheck = Date.now();
      this.refs.picker.recheck();
    }
  }

  async loadViews() {
    this.setError('views', undefined);
    try {
      this.views = await getUserListViews();
      this.viewsLoaded = true;
    } catch (error) {
      this.setError('views', error);
    }
  }

  /** The users stay on screen while they load again, so what the admin typed (Starting ID) is kept. */
  get showUsers() {
    return this.usersLoaded && !this.errors.users;
  }

  get hasUsers() {
    return Boolean(this.viewPage) && this.viewPage.total > 0;
  }

  /** The spinner shows while a view loads for the first time; another page loads under the current one. */
  get firstLoad() {
    return this.loadingUsers && (!this.viewPage || this.viewPage.listViewId !== this.listViewId);
  }

  get loadingText() {
    return this.loadingUsers ? 'true' : 'false';
  }

  /** What the actions apply to: the selected users, or the whole view. */
  get targets() {
    return actionTargets(this.selection, this.viewPage);
  }

  /** The current page's issues as checks ({ userId, issues }): a created user keeps its warnings on its result. */
  get checks() {
    return this.viewPage
      ? this.viewPage.rows.map((row) => ({ userId: row.user.id, issues: row.issues }))
      : [];
  }

  get jobRunning() {
    return this.follower.running;
  }

  get templateNeedsAgentId() {
    return this.template ? this.template.needsAgentId : null;
  }

  get createBlockedReason() {
    if (!this.template) {
      return LABELS.VCC_Create_Need_Template;
    }
    if (!this.listViewId) {
      return LABELS.VCC_Create_Need_View;
    }
    if (this.usersLoaded && this.viewPage.total === 0) {
      return LABELS.VCC_Create_Empty_View;
    }
    if (this.jobRunning) {
      return LABELS.VCC_Create_Running;
    }
    return null;
  }

  get createDisabled() {
    return Boolean(this.createBlockedReason) || this.busy || this.loadingUsers || !this.usersLoaded;
  }

  get convergeDisabled() {
    return this.createDisabled || this.targets.linkedCount === 0;
  }

  get convergeTitle() {
    if (this.targets.linkedCount > 0) {
      return LABELS.VCC_Converge_Button;
    }
    return this.selection.size > 0 ? LABELS.VCC_Converge_None_Selected : LABELS.VCC_Converge_None;
  }

  get lostContactText() {
    return format(LABELS.VCC_Job_Lost_Contact, '');
  }

  handleTemplateChange(event) {
    this.template = event.detail.template;
    if (this.template) {
      this.vccAnswered();
    }
    if (this.listViewId) {
      this.loadUsers();
    }
  }

  /** The username typed, found or not: the connection test reads it, and helps most when the check failed. */
  handleUsernameCommit(event) {
    this.typedUsername = event.detail.username || null;
  }

  handleTemplateError(event) {
    this.setError('template', event.detail.error);
  }

  /** Another view: its first page, every user, and nothing selected. */
  handleViewChange(event) {
    this.listViewId = event.detail.listViewId;
    this.saveErrors = [];
    this.query = firstQuery();
    this.selection = new Map();
    this.loadUsers();
  }

  /** The table asks for another page: sorted, searched, filtered or moved on. */
  handleQueryChange(event) {
    this.query = { ...this.query, ...event.detail };
    this.loadUsers();
  }

  handleSelectionChange(event) {
    this.selection = changeSelection(this.selection, event.detail.rows, event.detail.selected);
  }

  handleClearSelection() {
    this.selection = new Map();
  }

  /** A readiness fix changed users of the view (call center, permission sets): they are read again. */
  handleReadinessFixed() {
    this.loadUsers();
  }

  async loadUsers() {
    const token = ++this.loadToken;
    this.loadingUsers = true;
    this.setError('users', undefined);
    try {
      const templateUsername = this.template ? this.template.username : null;
      const page = await getViewPage({
        listViewId: this.listViewId,
        templateUsername,
        query: viewQuery(this.query)
      });
      // an answer to an earlier question (another view, sort, search or page) is not shown
      if (token === this.loadToken) {
        this.viewPage = page;
        this.query = { ...this.query, offset: page.offset };
        this.selection = refreshSelection(this.selection, page.rows);
        this.usersLoaded = true;
        if (page.total > 0) {
          // the checks read VCC for a view with users: VCC answers
          this.vccAnswered();
        }
      }
    } catch (error) {
      if (token === this.loadToken) {
        this.setError('users', error);
        this.usersLoaded = false;
      }
    } finally {
      if (token === this.loadToken) {
        this.loadingUsers = false;
      }
    }
  }

  async handleGenerate(event) {
    this.busy = true;
    this.setError('generate', undefined);
    try {
      const result = await generateAgentIds({
        listViewId: this.listViewId,
        startingId: event.detail.startingId,
        userIds: this.targets.userIds
      });
      this.saveErrors = result.errors;
      Toast.show(generatedToast(result), this);
      await this.loadUsers();
      if (this.refs.generator) {
        this.refs.generator.refresh();
      }
      this.focusAfterRender = 'table';
    } catch (error) {
      this.setError('generate', error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Create for the selected users, or for the whole view (the server reads its users), after a confirmation with
   * the server's plan for the whole view, or the shared rules over the selected users' issues.
   */
  async handleCreate() {
    const counts = this.selection.size > 0 ? selectionPlan(this.selection) : this.viewPage.plan;
    const { userIds, createLabel } = this.targets;
    const confirmed = await LightningConfirm.open({
      label: createLabel,
      message: format(LABELS.VCC_Create_Confirm, counts.create, counts.blocked, counts.linked),
      theme: 'default'
    });
    if (confirmed) {
      await this.startJob(userIds, null, this.listViewId);
    }
  }

  /** Bring the linked users up to the template: the selected ones, or every linked user of the view. */
  async handleConverge() {
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Converge_Button,
      message: format(LABELS.VCC_Converge_Confirm, this.targets.linkedCount),
      theme: 'default'
    });
    if (!confirmed) {
      return;
    }
    this.busy = this.selection.size === 0;
    try {
      const userIds = this.busy
        ? await gatherLinked(this.listViewId, this.template ? this.template.username : null)
        : this.targets.linkedIds;
      this.busy = false;
      await this.startJob(userIds, null, null, LABELS.VCC_Converge_Started);
    } catch (error) {
      this.busy = false;
      this.setError('create', error);
    }
  }

  /** Retry failed (the results or the Jobs list): the server retries that job with its own template and view. */
  async handleRetryFailed(event) {
    const jobId = (event.detail && event.detail.jobId) || (this.job ? this.job.jobId : null);
    this.busy = true;
    this.setError('create', undefined);
    try {
      await this.follower.retry(jobId);
      this.focusAfterRender = 'results';
      this.refreshJobs();
    } catch (error) {
      this.setError('create', error);
    } finally {
      this.busy = false;
    }
  }

  async handleCancel(event) {
    await this.follower.cancel(event && event.detail ? event.detail.jobId : undefined);
    this.refreshJobs();
  }

  /** Open (the Jobs list, or the job a retry comes from): that job in the results. */
  handleOpenJob(event) {
    this.focusAfterRender = 'results';
    return this.follower.open(event.detail.jobId);
  }

  handleResultFilter(event) {
    this.follower.setFilter(event.detail.status);
  }

  handleMoreResults() {
    this.follower.showMore();
  }

  /** The Jobs list reads the jobs again: a job started, ended or was cancelled. */
  refreshJobs() {
    if (this.refs.jobs) {
      this.refs.jobs.refresh();
    }
  }

  async startJob(userIds, templateUsername, listViewId, startedLabel = LABELS.VCC_Create_Started) {
    this.busy = true;
    this.setError('create', undefined);
    const template = templateUsername || (this.template ? this.template.username : null);
    const view = listViewId || this.listViewId || null;
    try {
      const info = await createUsers({ templateUsername: template, userIds, listViewId: view });
      Toast.show(
        {
          label: LABELS.VCC_Create_Button,
          message: format(startedLabel, info.total),
          variant: 'info'
        },
        this
      );
      const viewOption = this.views.find((option) => option.id === view);
      this.follower.show(this.follower.newJob(info, template, view, viewOption ? viewOption.label : null));
      this.focusAfterRender = 'results';
      this.refreshJobs();
    } catch (error) {
      this.setError('create', error);
    } finally {
      this.busy = false;
    }
  }

  /** The follower says a job ended: the users are read again, as their agent IDs and links may have changed. */
  jobEnded() {
    this.refreshJobs();
    if (this.listViewId) {
      this.loadUsers();
    }
  }
}
