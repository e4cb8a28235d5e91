import { LightningElement } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewUsers from '@salesforce/apex/VccUserCreationController.getViewUsers';
import checkUsers from '@salesforce/apex/VccUserCreationController.checkUsers';
import generateAgentIds from '@salesforce/apex/VccUserCreationController.generateAgentIds';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import { preflight } from 'c/vccRules';
import { groupByCause } from 'c/vccErrors';
import { LABELS, format } from 'c/vccLabels';
import { JobFollower } from './jobFollower';

export { POLL_MS } from './jobFollower';

/** The least time between two automatic checks of a template that VCC could not check. */
const RECHECK_MS = 10000;

/** The operations whose errors show in the cause panels, in the order of the page, with what Try again does. */
const SOURCES = ['views', 'template', 'users', 'generate', 'create', 'poll', 'cancel'];
const RETRY = {
  views: (tab) => tab.loadViews(),
  template: (tab) => tab.refs.picker && tab.refs.picker.recheck(),
  users: (tab) => tab.loadUsers(),
  poll: (tab) => tab.follower.resume()
};

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
  users = [];
  checks = [];
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
    const panels = groupByCause(SOURCES.map((source) => ({ source, error: this.errors[source] })));
    return panels.map((panel) => ({
      ...panel,
      className: `cause-panel ${panel.sources.map((source) => `${source}-error`).join(' ')}`,
      retryable: panel.sources.some((source) => RETRY[source]),
      friendlyMessage:
        panel.kind === 'other' && panel.sources[0] === 'poll' ? this.lostContactText : undefined
    }));
  }

  handlePanelRetry(event) {
    const panel = this.errorPanels.find((item) => item.key === event.currentTarget.dataset.key);
    for (const source of panel ? panel.sources : []) {
      if (RETRY[source]) {
        RETRY[source](this);
      }
    }
  }

  /** VCC answered again: its outage panels go, and a template that could not be checked is checked again. */
  vccAnswered() {
    const vccDown = (error) => groupByCause([{ source: 'x', error }]).some((p) => p.kind !== 'other');
    const errors = { ...this.errors };
    let changed = false;
    for (const source of SOURCES) {
      if (source !== 'template' && errors[source] && vccDown(errors[source])) {
        errors[source] = undefined;
        changed = true;
      }
    }
    if (changed) {
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

  get emptyView() {
    return this.users.length === 0;
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
    if (this.usersLoaded && this.emptyView) {
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

  /** The users of the view already linked to VCC (ALREADY_LINKED): "bring them up to the template". */
  get linkedIds() {
    const linked = new Set(
      this.checks
        .filter((check) => check.issues.some((issue) => issue.code === 'ALREADY_LINKED'))
        .map((check) => check.userId)
    );
    return this.users.filter((user) => linked.has(user.id)).map((user) => user.id);
  }

  get convergeDisabled() {
    return this.createDisabled || this.linkedIds.length === 0;
  }

  get convergeTitle() {
    return this.linkedIds.length === 0 ? LABELS.VCC_Converge_None : LABELS.VCC_Converge_Button;
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

  handleViewChange(event) {
    this.listViewId = event.detail.listViewId;
    this.saveErrors = [];
    this.loadUsers();
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
      const [users, checks] = await Promise.all([
        getViewUsers({ listViewId: this.listViewId }),
        checkUsers({ templateUsername, listViewId: this.listViewId })
      ]);
      if (token === this.loadToken) {
        this.users = users;
        this.checks = checks;
        this.usersLoaded = true;
        if (users.length > 0) {
          // checkUsers reads VCC for a view with users: VCC answers
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
        startingId: event.detail.startingId
      });
      this.saveErrors = result.errors;
      const saved = result.assignments;
      const text =
        saved.length === 0
          ? ''
          : format(LABELS.VCC_Generate_Done, saved.length, saved[0].agentId, saved[saved.length - 1].agentId);
      const errors =
        result.errors.length === 0 ? '' : format(LABELS.VCC_Generate_Errors, result.errors.length);
      Toast.show(
        {
          label: LABELS.VCC_Generate_Button,
          message: `${text} ${errors}`.trim(),
          variant: errors ? 'warning' : 'success'
        },
        this
      );
      await this.loadUsers();
      this.focusAfterRender = 'table';
    } catch (error) {
      this.setError('generate', error);
    } finally {
      this.busy = false;
    }
  }

  /** How many users will be created, will fail or be skipped, and are already linked, by the shared rules. */
  plan() {
    const checks = new Map(this.checks.map((check) => [check.userId, check.issues]));
    const counts = { create: 0, blocked: 0, linked: 0 };
    for (const user of this.users) {
      const before = preflight(checks.get(user.id) || []);
      if (!before) {
        counts.create++;
      } else if (before.status === 'AlreadyLinked') {
        counts.linked++;
      } else {
        counts.blocked++;
      }
    }
    return counts;
  }

  async handleCreate() {
    const counts = this.plan();
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Create_Button,
      message: format(LABELS.VCC_Create_Confirm, counts.create, counts.blocked, counts.linked),
      theme: 'default'
    });
    if (confirmed) {
      await this.startJob(this.users.map((user) => user.id));
    }
  }

  async handleConverge() {
    const userIds = this.linkedIds;
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Converge_Button,
      message: format(LABELS.VCC_Converge_Confirm, userIds.length),
      theme: 'default'
    });
    if (confirmed) {
      await this.startJob(userIds, null, null, LABELS.VCC_Converge_Started);
    }
  }

  /** Retry failed: the job's own template and view, so it works after the job is reopened. */
  handleRetryFailed(event) {
    const job = this.job || {};
    this.startJob(event.detail.userIds, event.detail.templateUsername, job.listViewId);
  }

  handleCancel() {
    this.follower.cancel();
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
    } catch (error) {
      this.setError('create', error);
    } finally {
      this.busy = false;
    }
  }

  /** The follower says a job ended: the users are read again, as their agent IDs and links may have changed. */
  jobEnded() {
    if (this.listViewId) {
      this.loadUsers();
    }
  }
}
